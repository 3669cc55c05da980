import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { DIST } from './dist.ts';

/** One file the service worker downloads in the background after a first visit. */
export interface PrecacheEntry {
  /** Its URL path. */
  url: string;
  /** Its size, raw. */
  raw: number;
  /** Its size compressed with brotli at its default (quality 11), as a host sends it. */
  brotli: number;
}

/** The URL paths of Workbox's precache manifest, read from the built worker (`{url:"…",revision:…}`). */
export function manifestUrls(worker: string): string[] {
  return [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => `/${m[1]!.replace(/^\//, '')}`);
}

/** The scripts the worker imports (`importScripts("/a.js","/b.js")`). */
export function importedScripts(worker: string): string[] {
  const call = /importScripts\(([^)]*)\)/.exec(worker)?.[1] ?? '';
  return [...call.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
}

/**
 * Everything the built service worker downloads once installed, with brotli sizes: the worker itself and the
 * scripts it imports, its pages file (`self.FUK_OFFLINE_PAGES`) and its precache manifest.
 */
export function precacheEntries(dist = DIST): PrecacheEntry[] {
  const swPath = join(dist, 'sw.js');
  if (!existsSync(swPath)) throw new Error('dist/sw.js is missing: run `npm run build` first.');
  const worker = readFileSync(swPath, 'utf8');
  const pages = /self\.FUK_OFFLINE_PAGES="([^"]+)"/.exec(worker)?.[1];
  const urls = ['/sw.js', ...importedScripts(worker), ...(pages ? [pages] : []), ...manifestUrls(worker)];
  return urls.map((url) => {
    const body = readFileSync(join(dist, decodeURIComponent(url)));
    return { url, raw: body.length, brotli: brotliCompressSync(body).length };
  });
}
