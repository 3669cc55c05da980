import { existsSync } from 'node:fs';
import puppeteer, { type ElementHandle, type KeyInput } from 'puppeteer-core';
import { type EngineAdapter, LOCATE_ONE_SOURCE, type WireTarget } from './driver.ts';

/** Debian's Firefox ESR, or $FIREFOX_PATH. */
export const firefoxPath = (): string => process.env['FIREFOX_PATH'] || '/usr/bin/firefox-esr';

/** Why Firefox cannot run here, or undefined. */
export function firefoxMissing(): string | undefined {
  return existsSync(firefoxPath())
    ? undefined
    : `No Firefox at ${firefoxPath()}: install Debian's package (sudo apt-get install firefox-esr) or set FIREFOX_PATH to a Firefox 128 or newer.`;
}

/**
 * Finds the element and scrolls it into view instantly: puppeteer scrolls, then reads the point to click at,
 * while the page's `scroll-behavior: smooth` is still moving it, and the click lands beside the element.
 */
const locate = new Function(
  `const el = (${LOCATE_ONE_SOURCE})(arguments[0]);
   el?.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
   return el;`,
) as (t: WireTarget) => Element;

/**
 * Firefox through WebDriver BiDi with puppeteer-core (Playwright 1.65's own Firefox needs a newer one than
 * Debian's ESR). A fresh profile each launch; puppeteer's defaults already keep Firefox off the network
 * (no updates, telemetry, safe browsing or captive portal checks).
 */
export async function launchFirefox(): Promise<EngineAdapter> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // No first-run pages, no remote settings or search suggestions: nothing but the site under test.
      'browser.search.suggest.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  const element = async (target: WireTarget): Promise<ElementHandle<Element>> => {
    const handle = (await page.evaluateHandle(locate, target)).asElement();
    if (!handle) throw new Error(`no element for ${JSON.stringify(target)}`);
    return handle as ElementHandle<Element>;
  };
  return {
    engine: 'firefox',
    version: (await browser.version()).replace('/', ' '),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    click: async (t) => (await element(t)).click(),
    type: async (t, text) => {
      const el = await element(t);
      await el.focus();
      await el.type(text);
    },
    press: async (t, key) => (await element(t)).press(key as KeyInput),
    upload: async (t, path) => ((await element(t)) as ElementHandle<HTMLInputElement>).uploadFile(path),
    close: () => browser.close(),
  };
}
