import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspHash, parsePolicy } from '../../src/build/csp';
import { DIST, builtPages } from '../support/dist';

const headers = readFileSync(join(DIST, '_headers'), 'utf8');
const headerPolicy = parsePolicy(/Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '');
const pages = builtPages();

const metaPolicy = (html: string) =>
  /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");

describe('Content-Security-Policy', () => {
  it.each(pages.map((p) => [p.path, p.html] as const))(
    '%s carries a policy with no unsafe-inline script',
    (_p, html) => {
      const policy = metaPolicy(html);
      expect(policy).toBeDefined();
      const scripts = parsePolicy(policy!).get('script-src') ?? [];
      expect(scripts).toContain("'self'");
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(parsePolicy(policy!).get('default-src')).toEqual(["'self'"]);
    },
  );

  it.each(pages.map((p) => [p.path, p.html] as const))(
    '%s allows each of its inline scripts by the hash of its exact text',
    (_p, html) => {
      const scripts = parsePolicy(metaPolicy(html)!).get('script-src') ?? [];
      const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
        (m) => m[1]!,
      );
      expect(inline.length).toBeGreaterThan(0);
      for (const text of inline) expect(scripts).toContain(`'${cspHash(text)}'`);
    },
  );

  it("the hosts' headers file allows exactly what the pages' own policies allow, no more", () => {
    // The union of every page's policy, directive by directive, plus what only a header can say.
    const union = new Map<string, Set<string>>();
    for (const page of pages) {
      for (const [directive, sources] of parsePolicy(metaPolicy(page.html)!)) {
        const into = union.get(directive) ?? new Set<string>();
        for (const source of sources) into.add(source);
        union.set(directive, into);
      }
    }
    union.set('frame-ancestors', new Set(["'none'"]));
    const asSorted = (policy: Map<string, Iterable<string>>) =>
      Object.fromEntries([...policy].map(([d, sources]) => [d, [...sources].sort()]));
    expect(asSorted(headerPolicy)).toEqual(asSorted(union));
    expect(headerPolicy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('the headers file sends exactly these headers for each path', () => {
    /** `_headers` as path → header lines (`Name: value`), in the order written. */
    const blocks = new Map<string, string[]>();
    let path = '';
    for (const line of headers.split('\n')) {
      if (!line.trim()) continue;
      if (!line.startsWith(' ')) blocks.set((path = line.trim()), []);
      else blocks.get(path)!.push(line.trim());
    }
    expect([...blocks.keys()]).toEqual(['/*', '/_astro/*', '/sw.js']);
    const all = blocks.get('/*')!;
    expect(all.filter((h) => !h.startsWith('Content-Security-Policy: ')).sort()).toEqual(
      [
        'X-Content-Type-Options: nosniff',
        'Referrer-Policy: no-referrer',
        'X-Frame-Options: DENY',
        'Cross-Origin-Opener-Policy: same-origin',
        'Cross-Origin-Resource-Policy: same-origin',
        'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
        'Strict-Transport-Security: max-age=31536000; includeSubDomains',
      ].sort(),
    );
    expect(all.filter((h) => h.startsWith('Content-Security-Policy: '))).toHaveLength(1);
    expect(blocks.get('/_astro/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
    expect(blocks.get('/sw.js')).toEqual(['Cache-Control: no-cache']);
  });
});
