import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Builder, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { freePort } from '../support/ports.ts';
import { type EngineAdapter, type Key as JourneyKey, LOCATE_ONE_SOURCE, type WireTarget } from './driver.ts';

/** Debian's WebKitGTK WebDriver and its MiniBrowser (packages webkit2gtk-driver and libwebkit2gtk-4.1-0). */
export const WEBKIT_DRIVER = process.env['WEBKIT_DRIVER_PATH'] || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER =
  process.env['MINIBROWSER_PATH'] ||
  [
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  ].find((p) => existsSync(p)) ||
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = '/usr/bin/Xvfb';

/** Why WebKit cannot run here, or undefined. MiniBrowser has no headless mode: it needs a display or Xvfb. */
export function webkitMissing(): string | undefined {
  const missing = [
    !existsSync(WEBKIT_DRIVER) && `WebKitWebDriver (${WEBKIT_DRIVER})`,
    !existsSync(MINIBROWSER) && `MiniBrowser (${MINIBROWSER})`,
    !process.env['DISPLAY'] && !existsSync(XVFB) && `a display: no $DISPLAY and no Xvfb (${XVFB})`,
  ].filter(Boolean);
  return missing.length
    ? `No ${missing.join(', ')}: install Debian's packages (sudo apt-get install webkit2gtk-driver xvfb).`
    : undefined;
}

const KEYS: Record<JourneyKey, string> = {
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
  ArrowDown: Key.ARROW_DOWN,
  Tab: Key.TAB,
};

async function waitUntil(what: string, ok: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await ok().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A virtual display of its own, when there is none: its number, once Xvfb is ready. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn(XVFB, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    xvfb.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display`)));
    setTimeout(() => reject(new Error('Xvfb gave no display within 10 s')), 10_000);
  });
  return { display, process: xvfb };
}

/**
 * WebKit (Safari's engine) as WebKitGTK's MiniBrowser, driven by WebKitWebDriver through selenium-webdriver,
 * on the display in $DISPLAY or on an Xvfb of its own.
 */
export async function launchWebKit(): Promise<EngineAdapter> {
  const children: ChildProcess[] = [];
  const env = { ...process.env };
  if (!env['DISPLAY']) {
    const xvfb = await startXvfb();
    children.push(xvfb.process);
    env['DISPLAY'] = xvfb.display;
  }
  const port = freePort();
  const wd = spawn(WEBKIT_DRIVER, ['--host=127.0.0.1', `--port=${port}`], { stdio: 'ignore', env });
  children.push(wd);
  const stopAll = () => {
    for (const child of children.reverse()) child.kill();
    children.length = 0;
  };
  // Never leave the driver, MiniBrowser or Xvfb behind, even when the runner ends abruptly.
  process.once('exit', stopAll);
  let driver: WebDriver;
  try {
    await waitUntil('WebKitWebDriver', async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok);
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
  } catch (e) {
    stopAll();
    throw e;
  }
  await driver
    .manage()
    .window()
    .setRect({ width: 1280, height: 900 })
    .catch(() => undefined);
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
  const caps = await driver.getCapabilities();
  const element = async (target: WireTarget): Promise<WebElement> => {
    // Scrolled into view here, instantly: WebKitWebDriver scrolls with the page's `scroll-behavior: smooth`
    // and then finds the element still outside the viewport ("element not interactable").
    const el = (await driver.executeScript(
      `const el = (${LOCATE_ONE_SOURCE})(arguments[0]);
       el?.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
       return el;`,
      target,
    )) as WebElement | null;
    if (!el) throw new Error(`no element for ${JSON.stringify(target)}`);
    return el;
  };
  return {
    engine: 'webkit',
    version: `WebKitGTK ${String(caps.get('browserVersion'))} (MiniBrowser)`,
    goto: (url) => driver.get(url),
    reload: () => driver.navigate().refresh(),
    evaluate: (fn, arg) => driver.executeScript(fn as (a: unknown) => never, arg),
    click: async (t) => (await element(t)).click(),
    type: async (t, text) => (await element(t)).sendKeys(text),
    press: async (t, key) => (await element(t)).sendKeys(KEYS[key]),
    upload: async (t, path) => (await element(t)).sendKeys(path),
    close: async () => {
      try {
        await driver.quit();
      } finally {
        stopAll();
      }
    },
  };
}
