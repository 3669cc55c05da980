import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cspHash,
  headersFile,
  inlineTexts,
  mergePolicies,
  ownHashesOnly,
  parsePolicy,
} from '../../src/build/csp';

describe('cspHash', () => {
  it('is the base64 SHA-256 of the exact text, as browsers compute it', () => {
    const text = 'console.log("hi")';
    expect(cspHash(text)).toBe(`sha256-${createHash('sha256').update(text).digest('base64')}`);
  });

  it('changes when a single character of the script changes', () => {
    expect(cspHash('a()')).not.toBe(cspHash('a() '));
  });
});

describe('mergePolicies', () => {
  it('unions the sources of each directive across pages without duplicates', () => {
    const merged = mergePolicies([
      "default-src 'self'; script-src 'self' 'sha256-A'",
      "default-src 'self';script-src 'self' 'sha256-B'; style-src 'self'",
    ]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self'");
  });

  it('keeps every directive of a single policy', () => {
    const policy = "default-src 'self'; object-src 'none'; base-uri 'self'";
    expect(mergePolicies([policy])).toBe(policy);
  });

  it('treats directive names case-insensitively and ignores empty parts', () => {
    expect([...parsePolicy("Script-Src 'self';; ").keys()]).toEqual(['script-src']);
  });
});

describe('headersFile', () => {
  const file = headersFile("default-src 'self'");
  it('applies the policy, with frame-ancestors, to every path', () => {
    expect(file).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'; frame-ancestors 'none'$/m);
  });

  it.each(['X-Content-Type-Options: nosniff', 'Referrer-Policy: no-referrer', 'X-Frame-Options: DENY'])(
    'sends %s',
    (line) => {
      expect(file).toContain(`  ${line}\n`);
    },
  );

  it('caches only the hashed assets for a year', () => {
    expect(file).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  });
});

describe('ownHashesOnly', () => {
  const page = '<style>a{}</style><script>go()</script><script src="/x.js"></script>';
  const policy = (...hashes: string[]) =>
    `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}; style-src 'self' 'sha256-other'`;

  it('keeps the hashes of the inline scripts and styles the page has, and drops the others', () => {
    const result = parsePolicy(
      ownHashesOnly(
        policy(`'${cspHash('go()')}'`, "'sha256-elsewhere'", `'${cspHash('a{}')}'`),
        inlineTexts(page),
      ),
    );
    expect(result.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", `'${cspHash('go()')}'`]);
    expect(result.get('style-src')).toEqual(["'self'"]);
  });

  it('keeps every directive and every source that is not a hash', () => {
    const result = parsePolicy(ownHashesOnly(policy(), { scripts: [], styles: [] }));
    expect([...result.keys()]).toEqual(['default-src', 'script-src', 'style-src']);
    expect(result.get('default-src')).toEqual(["'self'"]);
  });

  it('reads the text of inline scripts and styles, not of script files', () => {
    expect(inlineTexts(page)).toEqual({ scripts: ['go()'], styles: ['a{}'] });
  });
});
