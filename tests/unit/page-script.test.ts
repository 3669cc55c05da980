import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPageScript } from '../../src/build/page-script';
import { BUDGETS } from '../budgets';
import { gzipSize } from '../support/page-weight';

const script = buildPageScript(join(import.meta.dirname, '..', '..', 'src', 'build', 'inline', 'page.ts'));

describe('the inline page script, compiled from src/inline', () => {
  it('is one self-contained function expression: no imports, no exports, no source maps', () => {
    expect(script).toMatch(/^\(\(\)=>\{[\s\S]*\}\)\(\);$/);
    expect(script).not.toMatch(/^import |\bexport\b|sourceMappingURL/m);
  });

  it('is the same text on every build, so its hash in the policy stays valid', () => {
    expect(buildPageScript(join(import.meta.dirname, '..', '..', 'src', 'build', 'inline', 'page.ts'))).toBe(
      script,
    );
  });

  it('carries the three parts: colour scheme, search loader, offline', () => {
    for (const part of ['fuk:theme', '[data-search-src]', '/sw.js']) expect(script).toContain(part);
  });

  // The hand-minified script it replaced was 1,075 bytes gzip; the update prompt's "Updating…" and its
  // fallback reload (src/build/inline/offline.ts) added 29 since. A ceiling close to its size, so growth is a choice.
  it('stays within 1,110 bytes gzip, and within the inline budget', () => {
    expect(gzipSize(script)).toBeLessThanOrEqual(1110);
    expect(gzipSize(script)).toBeLessThanOrEqual(BUDGETS.pages.content.inlineScriptGzip);
  });
});
