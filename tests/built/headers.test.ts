import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/lib/csp';
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

  it("the hosts' headers file allows exactly what each page's own policy allows", () => {
    for (const page of pages) {
      for (const [directive, sources] of parsePolicy(metaPolicy(page.html)!)) {
        expect(headerPolicy.get(directive), `${page.path} ${directive}`).toEqual(
          expect.arrayContaining(sources),
        );
      }
    }
    expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headerPolicy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('the headers file adds the usual hardening headers', () => {
    for (const h of [
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: no-referrer',
      'X-Frame-Options: DENY',
    ]) {
      expect(headers).toContain(h);
    }
  });
});
