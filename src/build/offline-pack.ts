import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Every page of the site in one file, which the service worker splits into its cache (public/offline-pages.js). */
export interface OfflinePack {
  /** Headers the host sends with every page (from dist/_headers), given to the pages served offline too. */
  headers: Record<string, string>;
  /** The HTML of each page by the path it is served at ("/", "/guide/thank-you-note/"). */
  pages: Record<string, string>;
}

/** Headers a response made by the service worker cannot or need not carry: the pages' own <meta> has the policy. */
const LEFT_OUT = new Set(['content-security-policy', 'strict-transport-security']);

/** The headers of the `/*` block of a `_headers` file (Netlify and Cloudflare Pages format). */
export function pageHeaders(headersFile: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of headersFile.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    if (inAll && colon > 0 && !LEFT_OUT.has(name.toLowerCase())) headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}

/**
 * Reads the built pages of `root` into one pack. The pages share their styles, header and footer, so the pack
 * compresses to about a quarter of the pages compressed one by one: the first visit's background download is
 * that much lighter. Error pages (404.html) are left out: nothing links to them.
 */
export function offlinePack(root: string): OfflinePack {
  const pages: Record<string, string> = {};
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('index.html'),
  );
  for (const file of files.sort()) {
    const dir = file.split(sep).slice(0, -1).join('/');
    pages[dir ? `/${dir}/` : '/'] = readFileSync(join(root, file), 'utf8');
  }
  const headersPath = join(root, '_headers');
  const headers = existsSync(headersPath) ? pageHeaders(readFileSync(headersPath, 'utf8')) : {};
  return { headers, pages };
}

/** The pack as the file the worker fetches, named by its content so a new version is a new file. */
export function packFile(pack: OfflinePack): { name: string; text: string } {
  const text = JSON.stringify(pack);
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
  return { name: `offline-pages.${hash}.json`, text };
}
