import { BUDGETS, type PageBudget, pageClass } from '../budgets.ts';

/** What the benchmark measured for one page. */
export interface PageFigures {
  path: string;
  /** Script files fetched at load, gzip bytes in all (the inline script is `inlineScriptGzip`). */
  jsGzip: number;
  jsFiles: number;
  inlineScriptGzip: number;
  firstRenderGzip: number;
  /** Median Lighthouse scores (0-100), when Lighthouse ran. */
  lighthouse?: { performance: number; accessibility: number; bestPractices: number; seo: number };
}

/** What the benchmark measured for search. */
export interface SearchFigures {
  beforeUseBytes: number;
  firstQueryBytes: number;
  /** Median time to results after the first load, ms. */
  resultsMs: number;
}

/** Keystroke cost per tool page, 95th percentile (Event Timing), with one interview and with the full history, ms. */
export type TypingFigures = { page: string; oneP95Ms: number; fullP95Ms: number }[];

/** All the figures a budget check reads. */
export interface Figures {
  /** Paths every run must measure (from the sitemap); a page missing from `pages` is an error. */
  expectedPaths: string[];
  pages: PageFigures[];
  search?: SearchFigures;
  /** Checklist timings with 200 interviews stored (medians), ms. */
  checklist?: { loadMs: number; dueTickMs: number; tickMs: number };
  /** Checklist load with 200 interviews and 600 people stored, touches due included (median), ms. */
  checklistWithPeople?: { loadMs: number };
  /** People page timings with 200 interviews and 600 people stored (medians), ms. */
  people?: { loadMs: number; openMs: number };
  /** Backup and restore timings with 200 interviews stored (medians), ms. */
  backup?: { backupMs: number; restoreMs: number; autoWriteMs?: number };
  /** Composing a note per keystroke with 200 interviews stored, ms (tests/bench/compose.ts). */
  notes?: { medianMs: number; p95Ms: number; withChecksMedianMs: number };
  /** What the service worker downloads after a first visit, brotli bytes (tests/support/precache.ts). */
  precacheBrotli?: number;
  /** Keystrokes in each tool page's field (tests/bench/typing.ts). */
  typing?: TypingFigures;
  buildMs?: number;
}

/** One line of the verdict: the figure, its limit and whether it passed. */
export interface Verdict {
  subject: string;
  metric: string;
  value: number | string;
  limit: string;
  ok: boolean;
}

const atMost = (subject: string, metric: string, value: number, limit: number): Verdict => ({
  subject,
  metric,
  value,
  limit: `≤ ${limit}`,
  ok: value <= limit,
});
const atLeast = (subject: string, metric: string, value: number, limit: number): Verdict => ({
  subject,
  metric,
  value,
  limit: `≥ ${limit}`,
  ok: value >= limit,
});

/** Checks one page against the budget of its kind. */
export function checkPage(
  page: PageFigures,
  budget: PageBudget = BUDGETS.pages[pageClass(page.path)],
): Verdict[] {
  const v = [
    atMost(page.path, 'JS files at load', page.jsFiles, budget.jsFiles),
    // The inline script is JavaScript the page runs too: the budget covers files and inline together.
    atMost(page.path, 'JS gzip bytes, files and inline', page.jsGzip + page.inlineScriptGzip, budget.jsGzip),
    atMost(page.path, 'inline script gzip bytes', page.inlineScriptGzip, budget.inlineScriptGzip),
    atMost(page.path, 'first render gzip bytes', page.firstRenderGzip, budget.firstRenderGzip),
  ];
  if (page.lighthouse) {
    for (const key of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) {
      v.push(atLeast(page.path, `Lighthouse ${key}`, page.lighthouse[key], budget.lighthouse[key]));
    }
  }
  return v;
}

/** Checks every figure; a page that should have been measured but was not is a failure, never a pass. */
export function checkBudgets(figures: Figures): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const path of figures.expectedPaths) {
    const page = figures.pages.find((p) => p.path === path);
    if (!page)
      verdicts.push({ subject: path, metric: 'measured', value: 'missing', limit: 'measured', ok: false });
    else verdicts.push(...checkPage(page));
  }
  if (figures.search) {
    const s = figures.search;
    verdicts.push(atMost('search', 'bytes before use', s.beforeUseBytes, BUDGETS.search.beforeUseBytes));
    verdicts.push(
      atMost('search', 'first query gzip bytes', s.firstQueryBytes, BUDGETS.search.firstQueryBytes),
    );
    verdicts.push(atMost('search', 'results ms (median)', s.resultsMs, BUDGETS.search.resultsMs));
  }
  if (figures.checklist) {
    verdicts.push(
      atMost('checklist', 'load ms, 200 interviews', figures.checklist.loadMs, BUDGETS.checklist.loadMs),
    );
    verdicts.push(
      atMost(
        'checklist',
        'mark a due task done ms, 200 interviews',
        figures.checklist.dueTickMs,
        BUDGETS.checklist.dueTickMs,
      ),
      atMost('checklist', 'tick ms, 200 interviews', figures.checklist.tickMs, BUDGETS.checklist.tickMs),
    );
  }
  if (figures.checklistWithPeople) {
    verdicts.push(
      atMost(
        'checklist',
        'load ms, 200 interviews and 600 people',
        figures.checklistWithPeople.loadMs,
        BUDGETS.checklist.loadWithPeopleMs,
      ),
    );
  }
  if (figures.people) {
    verdicts.push(
      atMost(
        'people',
        'load ms, 200 interviews and 600 people',
        figures.people.loadMs,
        BUDGETS.people.loadMs,
      ),
      atMost(
        'people',
        'open a person ms, 200 interviews and 600 people',
        figures.people.openMs,
        BUDGETS.people.openMs,
      ),
    );
  }
  if (figures.backup) {
    verdicts.push(
      atMost('backup', 'backup ms, 200 interviews', figures.backup.backupMs, BUDGETS.backup.backupMs),
    );
    verdicts.push(
      atMost('backup', 'restore ms, 200 interviews', figures.backup.restoreMs, BUDGETS.backup.restoreMs),
    );
    if (figures.backup.autoWriteMs !== undefined)
      verdicts.push(
        atMost(
          'backup',
          'backup file write ms, 200 interviews',
          figures.backup.autoWriteMs,
          BUDGETS.backup.autoWriteMs,
        ),
      );
  }
  if (figures.notes)
    verdicts.push(
      atMost(
        'notes',
        'compose ms per keystroke, 200 interviews',
        figures.notes.medianMs,
        BUDGETS.notes.composeMs,
      ),
    );
  if (figures.precacheBrotli !== undefined)
    verdicts.push(
      atMost(
        'offline',
        'precache download brotli bytes',
        figures.precacheBrotli,
        BUDGETS.offline.precacheBrotli,
      ),
    );
  for (const t of figures.typing ?? []) {
    verdicts.push(
      atMost(t.page, 'keystroke ms p95, 200 interviews and 600 people', t.fullP95Ms, BUDGETS.typing.p95Ms),
      atMost(
        t.page,
        'keystroke p95, full history over one interview',
        Math.round((t.fullP95Ms / t.oneP95Ms) * 100) / 100,
        BUDGETS.typing.fullToOne,
      ),
    );
  }
  if (figures.buildMs !== undefined)
    verdicts.push(atMost('build', 'build ms', figures.buildMs, BUDGETS.buildMs));
  return verdicts;
}
