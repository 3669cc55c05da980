import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../budgets';
import { DIST, builtPages } from '../support/dist';
import { measurePage } from '../support/page-weight';

const pages = builtPages();
const readAsset = (href: string) => readFileSync(join(DIST, href), 'utf8');

describe('byte budgets of the built pages', () => {
  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
    const weight = measurePage(page.html, readAsset);

    it('loads no script file at first paint', () => {
      expect(weight.externalScripts).toHaveLength(BUDGETS.contentExternalScripts);
    });

    it(`needs at most ${BUDGETS.contentFirstRenderGzip} gzip bytes of HTML and CSS for first render`, () => {
      expect(weight.firstRenderGzip).toBeLessThanOrEqual(BUDGETS.contentFirstRenderGzip);
    });

    it(`carries at most ${BUDGETS.inlineScriptGzip} gzip bytes of inline script`, () => {
      expect(weight.inlineScriptGzip).toBeLessThanOrEqual(BUDGETS.inlineScriptGzip);
    });

    it('links no stylesheet or script from another origin', () => {
      const foreign = [...weight.externalScripts, ...weight.stylesheets].filter((u) =>
        /^(https?:)?\/\//.test(u),
      );
      expect(foreign).toEqual([]);
    });
  });
});
