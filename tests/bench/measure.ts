import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { seedStorage } from '../support/browser.ts';
import type { BenchReport } from './report.ts';

/** Bytes of one kind of resource, raw and compressed. */
export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** What one page load fetched, by kind. */
export interface LoadFigures {
  requests: number;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  other: Bytes;
  jsFiles: number;
  inlineScriptGzip: number;
  firstRenderGzip: number;
}

const zero = (): Bytes => ({ raw: 0, gzip: 0, brotli: 0 });
const add = (into: Bytes, body: Buffer) => {
  into.raw += body.length;
  into.gzip += gzipSync(body, { level: 9 }).length;
  into.brotli += brotliCompressSync(body).length;
};

/** Loads a page in a fresh context and sizes everything it fetched until the network was idle. */
export async function measureLoad(browser: Browser, url: string): Promise<LoadFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<[string, Buffer, string] | undefined>[] = [];
  page.on('response', (r) => {
    bodies.push(
      r.body().then(
        (b) => [r.request().resourceType(), b, new URL(r.url()).pathname] as [string, Buffer, string],
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // A stylesheet linked for print only is fetched without holding the first paint: it is not first render.
  const printOnly = new Set(
    await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet][media=print]')].map(
        (l) => new URL(l.href).pathname,
      ),
    ),
  );
  const figures: LoadFigures = {
    requests: 0,
    html: zero(),
    css: zero(),
    js: zero(),
    other: zero(),
    jsFiles: 0,
    inlineScriptGzip: 0,
    firstRenderGzip: 0,
  };
  for (const entry of await Promise.all(bodies)) {
    if (!entry) continue;
    const [type, body, path] = entry;
    figures.requests++;
    if (type === 'document') add(figures.html, body);
    else if (type === 'stylesheet' && !printOnly.has(path)) add(figures.css, body);
    else if (type === 'script') {
      add(figures.js, body);
      figures.jsFiles++;
    } else add(figures.other, body);
  }
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
  );
  figures.inlineScriptGzip = inline ? gzipSync(Buffer.from(inline), { level: 9 }).length : 0;
  figures.firstRenderGzip = figures.html.gzip + figures.css.gzip;
  await context.close();
  return figures;
}

/** Search figures: bytes before use, bytes of a first query, and time to results for later queries. */
export async function measureSearch(
  browser: Browser,
  base: string,
  queries: readonly string[],
): Promise<{ beforeUseBytes: number; firstQueryBytes: number; firstQueryMs: number; resultsMs: number[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let searchBytes = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pagefind/') || path.startsWith('/_astro/search')) {
      pending.push(
        r.body().then(
          (b) => void (searchBytes += gzipSync(b).length),
          () => undefined,
        ),
      );
    }
  });
  await page.goto(`${base}/guide/`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const beforeUseBytes = searchBytes;

  const field = page.locator('#site-search-input');
  const status = page.locator('.site-search [role=status]');
  const timeQuery = async (query: string) => {
    await field.fill('');
    const start = Date.now();
    await field.fill(query);
    await status.filter({ hasText: `for “${query}”` }).waitFor();
    return Date.now() - start;
  };
  await field.focus();
  const firstQueryMs = await timeQuery(queries[0]!);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const firstQueryBytes = searchBytes - beforeUseBytes;
  const resultsMs: number[] = [];
  for (const q of queries.slice(1)) resultsMs.push(await timeQuery(q));
  await context.close();
  return { beforeUseBytes, firstQueryBytes, firstQueryMs, resultsMs };
}

/**
 * The checklist with `doc` stored: how long loading takes (reading and validating the saved data, then
 * working out and drawing what is due and the list), how long marking the first due task done takes until it
 * is saved and the list redrawn, and how long ticking one item of an interview takes. Medians of `runs` loads
 * and ticks. The reading (`checklist:decode`) runs when the store's module is first run, before the mount
 * (`checklist:mount`) starts: a load is the two together, and the reading is also given apart (`decodeMs`).
 */
export async function measureChecklist(
  browser: Browser,
  base: string,
  doc: unknown,
  runs: number,
): Promise<BenchReport['checklist']> {
  const context = await browser.newContext();
  await seedStorage(context, doc);
  const page = await context.newPage();
  const loads: number[] = [];
  const decodes: number[] = [];
  const ticks: number[] = [];
  const dueTicks: number[] = [];
  const clickTime = (el: HTMLElement) => {
    const start = performance.now();
    el.click();
    return performance.now() - start;
  };
  // One load first, not counted: the browser compiles the page's code on a first visit and caches it, as it
  // does for anyone who comes back. The figures are the loads after it.
  await page.goto(`${base}/checklist/`);
  await page.waitForLoadState('networkidle');
  for (let i = 0; i < runs; i++) {
    await page.goto(`${base}/checklist/`);
    await page.locator('.interview-card').first().waitFor();
    const [load, decode] = await page.evaluate(() => [
      performance.getEntriesByName('checklist:mount')[0]?.duration ?? NaN,
      performance.getEntriesByName('checklist:decode')[0]?.duration ?? NaN,
    ]);
    // A load is reading the saved data and drawing: the two measures together.
    loads.push(load! + decode!);
    decodes.push(decode!);
    const markDone = page.locator('.due-item button').first();
    await markDone.waitFor();
    dueTicks.push(await markDone.evaluate(clickTime));
    await page.locator('.interview-card h3 a').first().click();
    const box = page.locator('.task input[type=checkbox]').first();
    await box.waitFor();
    ticks.push(await box.evaluate(clickTime));
  }
  await context.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  return {
    loadMs: Math.round(median(loads) * 10) / 10,
    decodeMs: Math.round(median(decodes) * 10) / 10,
    dueTickMs: Math.round(median(dueTicks) * 10) / 10,
    tickMs: Math.round(median(ticks) * 10) / 10,
    loads,
    decodes,
    dueTicks,
    ticks,
  };
}

/**
 * Backup and restore on the /data/ page with `doc` stored, as the page measures its own work: making the
 * backup file, checking a chosen file then replacing the data with it, and one write of the automatic backup
 * file (its main-thread part). Medians of `runs`.
 */
export async function measureBackup(
  browser: Browser,
  base: string,
  doc: unknown,
  runs: number,
): Promise<BenchReport['backup']> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await seedStorage(context, doc);
  // The automatic backup file: a real file in the origin's private file system stands in for the picker.
  await context.addInitScript(() => {
    (window as unknown as Record<string, unknown>)['showSaveFilePicker'] = async () =>
      (await navigator.storage.getDirectory()).getFileHandle('bench-backup.json', { create: true });
  });
  const page = await context.newPage();
  await page.goto(`${base}/data/`);
  const backups: number[] = [];
  const restores: number[] = [];
  const writes: number[] = [];
  const file = {
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(doc)),
  };
  const last = (name: string) =>
    page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);
  for (let i = 0; i < runs; i++) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a backup' }).click();
    await download;
    backups.push(await last('data:backup'));
    await page.getByLabel('Backup file').setInputFiles(file);
    await page.getByRole('button', { name: 'Replace everything' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    restores.push((await last('data:read')) + (await last('data:apply')));
    // The undo toast sits at the bottom of the window: the button is brought to the middle, clear of it.
    const keep = page.getByRole('button', { name: 'Keep a backup file up to date' });
    await keep.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await keep.click();
    await page.getByTestId('auto-backup-state').filter({ hasText: 'Last written: ' }).waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('data:auto-backup').length > 0);
    writes.push(await last('data:auto-backup'));
    await page.getByRole('button', { name: 'Turn off' }).click();
    // Off once the page says so (the handle is forgotten); reloading before that would find it still on.
    await keep.waitFor();
    await page.reload();
  }
  await context.close();
  const median = (xs: number[]) =>
    Math.round(([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN) * 10) / 10;
  return { backupMs: median(backups), restoreMs: median(restores), autoWriteMs: median(writes) };
}

/**
 * The People page with `doc` stored: how long mounting takes (grouping the records into people, working out
 * each person's next touch and the same-person suggestions, drawing the list), and how long opening the
 * first person in the list takes, from the click until their page's heading is laid out, tapped half a second
 * after the list is drawn (the finger's touch fetches the person's code; the click comes as it lifts). Medians
 * of `runs` loads and opens. As on the checklist, a load counts reading and validating the saved data, which
 * runs before the mount, and drawing; the reading is also given apart (`decodeMs`).
 */
export async function measurePeople(
  browser: Browser,
  base: string,
  doc: unknown,
  runs: number,
): Promise<BenchReport['people']> {
  const context = await browser.newContext();
  await seedStorage(context, doc);
  const page = await context.newPage();
  const loads: number[] = [];
  const decodes: number[] = [];
  const opens: number[] = [];
  // Resolves once the person's heading is in the page and laid out (checkVisibility() forces the layout).
  const openTime = (link: HTMLElement) =>
    new Promise<number>((resolve) => {
      const start = performance.now();
      const shown = () => {
        const heading = document.getElementById('person-title');
        if (!heading?.checkVisibility()) return;
        observer.disconnect();
        resolve(performance.now() - start);
      };
      const observer = new MutationObserver(shown);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      link.click();
      shown();
    });
  // One load first, not counted: the browser compiles the page's code on a first visit and caches it, as it
  // does for anyone who comes back. The figures are the loads after it.
  await page.goto(`${base}/people/`);
  await page.waitForLoadState('networkidle');
  for (let i = 0; i < runs; i++) {
    await page.goto(`${base}/people/`);
    const first = page.locator('.person-row h3 a').first();
    await first.waitFor();
    const [load, decode] = await page.evaluate(() => [
      performance.getEntriesByName('people:mount')[0]?.duration ?? NaN,
      performance.getEntriesByName('checklist:decode')[0]?.duration ?? NaN,
    ]);
    loads.push(load! + decode!);
    decodes.push(decode!);
    await page.waitForTimeout(500);
    // As a tap does: the finger lands on the link (touchstart, which the list answers by fetching a person's
    // page), and the click follows when it lifts, about 100 ms later. Timed from the click.
    await first.dispatchEvent('touchstart');
    await page.waitForTimeout(100);
    opens.push(await first.evaluate(openTime));
  }
  await context.close();
  const median = (xs: number[]) =>
    Math.round(([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN) * 10) / 10;
  return {
    loadMs: median(loads),
    decodeMs: median(decodes),
    openMs: median(opens),
    loads,
    decodes,
    opens,
  };
}
