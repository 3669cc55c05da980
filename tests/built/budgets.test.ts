import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageClass } from '../budgets';
import { checkPage } from '../support/budget-check';
import { DIST, builtPages } from '../support/dist';
import { measurePage } from '../support/page-weight';

const pages = builtPages();
const readAsset = (path: string) => readFileSync(join(DIST, decodeURIComponent(path)), 'utf8');

describe('exact byte budgets of the built pages (tests/budgets.ts)', () => {
  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages.map((p) => [p.path, pageClass(p.path), p] as const))(
    '%s is within the %s budget',
    (path, _cls, page) => {
      const weight = measurePage(page.html, readAsset);
      const verdicts = checkPage({
        path,
        jsFiles: weight.jsFiles.length,
        jsGzip: weight.jsGzip,
        inlineScriptGzip: weight.inlineScriptGzip,
        firstRenderGzip: weight.firstRenderGzip,
      });
      expect(verdicts.filter((v) => !v.ok)).toEqual([]);
    },
  );

  it.each(pages.map((p) => [p.path, p.html] as const))(
    '%s links no script or stylesheet from another origin',
    (_p, html) => {
      const weight = measurePage(html, readAsset);
      const foreign = [...weight.jsFiles, ...weight.stylesheets].filter((u) => /^(https?:)?\/\//.test(u));
      expect(foreign).toEqual([]);
    },
  );
});
