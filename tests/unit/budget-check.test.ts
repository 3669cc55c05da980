import { describe, expect, it } from 'vitest';
import { BUDGETS, pageClass } from '../budgets';
import { checkBudgets, checkPage, type PageFigures } from '../support/budget-check';

/** A guide page as built: the shared page file and the inline colour scheme. */
const lean: PageFigures = {
  path: '/guide/x/',
  jsGzip: 820,
  jsFiles: 1,
  inlineScriptGzip: 170,
  firstRenderGzip: 9_000,
  lighthouse: { performance: 100, accessibility: 100, bestPractices: 100, seo: 100 },
};

const failed = (v: ReturnType<typeof checkPage>) => v.filter((x) => !x.ok).map((x) => x.metric);

describe('checkPage', () => {
  it('passes a page under every budget', () => {
    expect(failed(checkPage(lean))).toEqual([]);
  });

  it.each([
    [
      'a content page that loads a script file of its own',
      { jsFiles: 2, jsGzip: 1_400 },
      ['JS files at load', 'JS gzip bytes, files and inline'],
    ],
    [
      'a first render one byte over its budget',
      { firstRenderGzip: BUDGETS.pages.content.firstRenderGzip + 1 },
      ['first render gzip bytes'],
    ],
    [
      'too much inline script, which is JavaScript too',
      { inlineScriptGzip: 800 },
      ['JS gzip bytes, files and inline', 'inline script gzip bytes'],
    ],
    [
      'a Lighthouse score of 99',
      { lighthouse: { performance: 99, accessibility: 100, bestPractices: 100, seo: 100 } },
      ['Lighthouse performance'],
    ],
  ])('fails %s', (_name, patch, metrics) => {
    expect(failed(checkPage({ ...lean, ...patch }))).toEqual(metrics);
  });

  it.each([
    ['/checklist/', 25],
    ['/data/', 25],
    ['/people/', 25],
    ['/notes/', 25],
  ] as const)('holds %s to its JavaScript budget (%s KB), its inline script included', (path, kb) => {
    const tool = { ...lean, path, jsFiles: 3, inlineScriptGzip: 2_000, jsGzip: kb * 1024 - 2_000 };
    expect(failed(checkPage(tool))).toEqual([]);
    expect(failed(checkPage({ ...tool, inlineScriptGzip: 2_001 }))).toEqual([
      'JS gzip bytes, files and inline',
    ]);
    expect(failed(checkPage({ ...tool, jsGzip: tool.jsGzip + 1 }))).toEqual([
      'JS gzip bytes, files and inline',
    ]);
  });

  it('is exactly at the limit still a pass', () => {
    expect(failed(checkPage({ ...lean, firstRenderGzip: BUDGETS.pages.content.firstRenderGzip }))).toEqual(
      [],
    );
  });
});

describe('checkBudgets', () => {
  it('reports a page from the sitemap that was not measured as an error, not a pass', () => {
    const verdicts = checkBudgets({ expectedPaths: ['/guide/x/', '/guide/y/'], pages: [lean] });
    expect(verdicts.filter((v) => !v.ok)).toEqual([
      { subject: '/guide/y/', metric: 'measured', value: 'missing', limit: 'measured', ok: false },
    ]);
  });

  it('checks search and build figures when present', () => {
    const verdicts = checkBudgets({
      expectedPaths: [],
      pages: [],
      search: { beforeUseBytes: 0, firstQueryBytes: 130 * 1024, resultsMs: 120 },
      precacheBrotli: 301 * 1024,
      buildMs: 31_000,
    });
    expect(verdicts.filter((v) => !v.ok).map((v) => `${v.subject} ${v.metric}`)).toEqual([
      'search first query gzip bytes',
      'offline precache download brotli bytes',
      'build build ms',
    ]);
  });
});

describe('keystroke budgets', () => {
  const verdicts = (oneP95Ms: number, fullP95Ms: number) =>
    checkBudgets({ expectedPaths: [], pages: [], typing: [{ page: 'checklist', oneP95Ms, fullP95Ms }] })
      .filter((v) => !v.ok)
      .map((v) => v.metric);

  it.each([
    ['as cheap with a full history as with one interview', 16, 16, []],
    [
      'over 24 ms with a full history, which is slower than with one interview too',
      24,
      32,
      ['keystroke ms p95, 200 interviews and 600 people', 'keystroke p95, full history over one interview'],
    ],
    [
      'within 24 ms but half again as slow as with one interview',
      16,
      24,
      ['keystroke p95, full history over one interview'],
    ],
  ])('judges typing %s', (_name, one, full, expected) => {
    expect(verdicts(one, full)).toEqual(expected);
    expect(BUDGETS.typing).toEqual({ p95Ms: 24, fullToOne: 1.25 });
  });
});

describe('pageClass', () => {
  it.each([
    ['/', 'content'],
    ['/guide/thank-you-note/', 'content'],
    ['/checklist/', 'checklist'],
    ['/notes/', 'notes'],
    ['/search/', 'search'],
    ['/data/', 'data'],
  ] as const)('%s is a %s page', (path, cls) => {
    expect(pageClass(path)).toBe(cls);
  });
});
