import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';

/** Chromium flags for a closed network: nothing but the site under test may be reached. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Which Chromium to drive: $CHROMIUM_PATH if set, else the system's Chromium (Debian's package),
 * else undefined for Playwright's own download (`npx playwright install chromium`).
 */
export function chromiumPath(): string | undefined {
  return [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p): p is string => !!p && existsSync(p),
  );
}

/**
 * The tools' stored text (`fuk:data`), or null, with the page's last change saved: the tools save once typing
 * pauses, and at once when the page is left (`pagehide`), which this says to the page first.
 */
export const savedData = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    dispatchEvent(new PageTransitionEvent('pagehide'));
    return localStorage.getItem('fuk:data');
  });

/** Stores `doc` as the tools' data before the first page of a context or page loads (once, not on reloads). */
export async function seedStorage(target: Page | BrowserContext, doc: unknown): Promise<void> {
  await target.addInitScript((raw) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('fuk:data', raw);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(doc));
}
