import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../budgets';
import { DIST, builtPages } from '../support/dist';
import { measurePage } from '../support/page-weight';
import { manifestUrls, precacheEntries } from '../support/precache';

const entries = precacheEntries();
const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
const precached = new Set(manifestUrls(worker));
const pagesFile = /self\.FUK_OFFLINE_PAGES="([^"]+)"/.exec(worker)?.[1] ?? '';
const readAsset = (path: string) => readFileSync(join(DIST, decodeURIComponent(path)), 'utf8');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('what the service worker downloads after a first visit (tests/budgets.ts)', () => {
  it('is within the offline budget, brotli', () => {
    const total = entries.reduce((sum, e) => sum + e.brotli, 0);
    const largest = [...entries].sort((a, b) => b.brotli - a.brotli).slice(0, 5);
    expect(
      total,
      `${kb(total)}; largest: ${largest.map((e) => `${e.url} ${kb(e.brotli)}`).join(', ')}`,
    ).toBeLessThanOrEqual(BUDGETS.offline.precacheBrotli);
  });

  it('holds every page in its pages file, as built', () => {
    const { pages } = JSON.parse(readAsset(pagesFile)) as { pages: Record<string, string> };
    const built = builtPages().filter((p) => p.path.endsWith('/'));
    expect(Object.keys(pages).sort()).toEqual(built.map((p) => p.path).sort());
    for (const page of built) expect(pages[page.path], page.path).toBe(page.html);
  });

  it('precaches every script a page runs at load, so each tool starts offline', () => {
    const atLoad = new Set(builtPages().flatMap((p) => measurePage(p.html, readAsset).jsFiles));
    expect([...atLoad].filter((url) => !precached.has(url))).toEqual([]);
  });

  it('precaches the search code and the whole search index, so search works offline', () => {
    expect([...precached].some((url) => /^\/_astro\/search-ui-[\w-]+\.js$/.test(url))).toBe(true);
    for (const url of [
      '/pagefind/pagefind.js',
      '/pagefind/wasm.en.pagefind',
      '/pagefind/pagefind-entry.json',
    ])
      expect(precached, url).toContain(url);
    for (const dir of ['index', 'fragment']) {
      const files = readdirSync(join(DIST, 'pagefind', dir)).map((f) => `/pagefind/${dir}/${f}`);
      expect(files.length, dir).toBeGreaterThan(0);
      expect(files.filter((url) => !precached.has(url))).toEqual([]);
    }
  });

  it('leaves out images the browser fetches itself and the invite and transfer libraries', () => {
    expect([...precached].filter((url) => /\.(png|xml|txt)$/.test(url))).toEqual([]);
    expect([...precached].filter((url) => /\/_astro\/(invite|transfer)[.-]/.test(url))).toEqual([]);
  });
});
