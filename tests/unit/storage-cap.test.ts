import { afterEach, describe, expect, it, vi } from 'vitest';
import { runsStandalone, sevenDayCap } from '../../src/core/store/storage-cap';

/** A browser as the cap reads it: which objects it has, and whether the site runs as an installed app. */
function browser(kind: 'ios-safari' | 'mac-safari' | 'chromium', options: { homeScreen?: boolean } = {}) {
  const nav: Record<string, unknown> = {};
  if (kind === 'ios-safari') nav['standalone'] = options.homeScreen === true;
  const win: Record<string, unknown> = {};
  if (kind !== 'chromium') win['GestureEvent'] = function GestureEvent() {};
  vi.stubGlobal('navigator', nav);
  vi.stubGlobal('window', win);
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(display-mode: standalone)' && kind !== 'ios-safari' && options.homeScreen === true,
  }));
}

afterEach(() => vi.unstubAllGlobals());

describe('Safari told the truth: the seven-day cap, from the browser’s own signals', () => {
  it.each<[string, Parameters<typeof browser>, boolean, boolean]>([
    ['Safari on an iPhone, in a tab', ['ios-safari'], false, true],
    ['Safari on an iPhone, from the Home Screen', ['ios-safari', { homeScreen: true }], true, false],
    ['Safari on a Mac', ['mac-safari'], false, true],
    ['a Mac web app added to the Dock', ['mac-safari', { homeScreen: true }], true, false],
    ['Chromium or Firefox', ['chromium'], false, false],
    ['an installed Chromium app', ['chromium', { homeScreen: true }], true, false],
  ])('%s', (_name, args, standalone, capped) => {
    browser(...args);
    expect(runsStandalone()).toBe(standalone);
    expect(sevenDayCap()).toBe(capped);
  });

  it('storage the browser agreed to keep is exempt', () => {
    browser('ios-safari');
    expect(sevenDayCap(true)).toBe(false);
  });
});
