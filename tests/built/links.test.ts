import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath, idsIn } from '../support/dist';

const pages = builtPages();

/** Same-site links of a page, resolved against its path: `/guide/x/#part`. */
function internalLinks(path: string, html: string): string[] {
  const hrefs = [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
  return hrefs
    .filter((h) => !/^[a-z][a-z0-9+.-]*:/i.test(h) && !h.startsWith('//'))
    .map((h) => {
      const url = new URL(h, `http://site${path}`);
      return url.pathname + url.hash;
    });
}

describe('links in the built site', () => {
  it.each(pages.map((p) => [p.path, p.html] as const))(
    'every link on %s reaches a page and section that exist',
    (path, html) => {
      const broken: string[] = [];
      for (const link of internalLinks(path, html)) {
        const [target = '/', fragment] = link.split('#');
        const file = fileForPath(target);
        if (!file) broken.push(`${link} (no page)`);
        else if (fragment && !idsIn(readFileSync(file, 'utf8')).has(decodeURIComponent(fragment))) {
          broken.push(`${link} (no section #${fragment})`);
        }
      }
      expect(broken).toEqual([]);
    },
  );

  it('links every checklist item on the checklist page to the guide section that teaches it', () => {
    const checklist = pages.find((p) => p.path === '/checklist/');
    expect(
      internalLinks('/checklist/', checklist!.html).filter((l) => l.startsWith('/guide/') && l.includes('#'))
        .length,
    ).toBeGreaterThanOrEqual(9);
  });
});
