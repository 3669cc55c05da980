import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built site. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** One built HTML page: its URL path and its source. */
export interface BuiltPage {
  path: string;
  file: string;
  html: string;
}

/** Every HTML page in dist/, with the URL path it is served at (`/guide/x/`, `/404.html`). */
export function builtPages(): BuiltPage[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first.');
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return files.map((f) => {
    const file = join(DIST, f);
    const rel = relative(DIST, file).split(sep).join('/');
    const path =
      rel === 'index.html'
        ? '/'
        : rel.endsWith('/index.html')
          ? `/${rel.slice(0, -'index.html'.length)}`
          : `/${rel}`;
    return { path, file, html: readFileSync(file, 'utf8') };
  });
}

/** The built file a site path is served from, or undefined when there is none. */
export function fileForPath(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/')
    ? [join(DIST, clean, 'index.html')]
    : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c));
}

/** The ids of all elements in a page. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}
