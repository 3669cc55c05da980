import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPageScript } from '../../src/build/page-script';
import { BUDGETS } from '../budgets';
import { gzipSize } from '../support/page-weight';

const script = buildPageScript(join(import.meta.dirname, '..', '..', 'src', 'build', 'inline', 'page.ts'));

describe('the inline page script, compiled from src/build/inline', () => {
  it('is one self-contained function expression: no imports, no exports, no source maps', () => {
    expect(script).toMatch(/^\(\(\)=>\{[\s\S]*\}\)\(\);$/);
    expect(script).not.toMatch(/^import |\bexport\b|sourceMappingURL/m);
  });

  it('is the same text on every build, so its hash in the policy stays valid', () => {
    expect(buildPageScript(join(import.meta.dirname, '..', '..', 'src', 'build', 'inline', 'page.ts'))).toBe(
      script,
    );
  });

  it('does only what must happen before the first paint: the remembered colour scheme', () => {
    expect(script).toContain('fuk:theme');
    // The toggle, the search loader and offline run from the page module (src/site/page.ts), a cached file.
    for (const later of ['[data-search-src]', '/sw.js', 'theme-toggle']) expect(script).not.toContain(later);
  });

  // The whole page script was 1,104 bytes gzip inline until session 21; what stays inline is a tenth of that.
  it('stays within 200 bytes gzip, and within the inline budget', () => {
    expect(gzipSize(script)).toBeLessThanOrEqual(200);
    expect(gzipSize(script)).toBeLessThanOrEqual(BUDGETS.pages.content.inlineScriptGzip);
  });
});
