import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../support/browser.ts';
import { type EngineAdapter, type Key, LOCATE_ONE_SOURCE, type WireTarget } from './driver.ts';

/** What Chromium needs, or why it cannot run here. */
export function chromiumMissing(): string | undefined {
  return chromiumPath() || chromium.executablePath()
    ? undefined
    : "No Chromium: install Debian's `chromium` (apt-get install chromium), set CHROMIUM_PATH, or run `npx playwright install chromium`.";
}

const locate = new Function(`return (${LOCATE_ONE_SOURCE})(arguments[0]);`) as (t: WireTarget) => Element;

/** Chromium through Playwright, with the same flags as the e2e tests (no network but the site). */
export async function launchChromium(): Promise<EngineAdapter> {
  const executablePath = chromiumPath();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const element = async (target: WireTarget) => {
    const handle = (await page.evaluateHandle(locate, target)).asElement();
    if (!handle) throw new Error(`no element for ${JSON.stringify(target)}`);
    return handle;
  };
  return {
    engine: 'chromium',
    version: `Chromium ${browser.version()}`,
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    click: async (t) => (await element(t)).click(),
    type: async (t, text) => {
      const el = await element(t);
      await el.focus();
      await el.type(text);
    },
    press: async (t, key: Key) => (await element(t)).press(key),
    upload: async (t, path) => (await element(t)).setInputFiles(path),
    close: () => browser.close(),
  };
}
