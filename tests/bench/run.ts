/**
 * `npm run bench`: builds the site, serves it, and measures every page in the sitemap (bytes by kind, raw,
 * gzip and brotli; first-render bytes; requests; Lighthouse mobile, median of several runs), search (bytes
 * before use, bytes of a first query, time to results), the service worker's download after a first visit
 * (brotli) and the build time. Writes reports/bench.md and reports/bench.json, prints a table, and exits 1
 * when any budget in tests/budgets.ts is exceeded.
 *
 * Options: --runs=N (Lighthouse runs per page, default 3), --no-lighthouse, --no-build, --only=/path/,/other/;
 * `typing` measures only the keystrokes in the tool pages' fields (tests/bench/typing.ts), into
 * reports/bench-typing.md and .json, and checks only their budgets.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { BUDGETS, pageClass } from '../budgets.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../support/browser.ts';
import { type Figures, type PageFigures, checkBudgets } from '../support/budget-check.ts';
import { portFromEnv } from '../support/ports.ts';
import { precacheEntries } from '../support/precache.ts';
import { type LighthouseFigures, lighthouseMedians } from './lighthouse.ts';
import { manyInterviews, manyPeople } from '../fixtures/stored.ts';
import {
  type LoadFigures,
  measureBackup,
  measureChecklist,
  measureLoad,
  measurePeople,
  measureSearch,
} from './measure.ts';
import { measureCompose } from './compose.ts';
import { measureTyping } from './typing.ts';
import { runTypingOnly, typingFigures } from './typing-report.ts';
import { renderMarkdown } from './report.ts';
import { sitemapPaths, startPreview } from './serve.ts';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k!, v ?? 'true'] as const;
  }),
);
const runs = Number(args.get('runs') ?? 3);
const chromePath = chromiumPath();
const SEARCH_QUERIES = [
  'thank you',
  'references',
  'snail mail',
  'rejected',
  'linkedin',
  'spell names',
  'no reply',
];

let buildMs: number | undefined;
if (!args.has('no-build')) {
  console.log('Building…');
  const start = performance.now();
  const build = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  buildMs = Math.round(performance.now() - start);
}

const precache = precacheEntries();
const offline = {
  precacheBrotli: precache.reduce((sum, e) => sum + e.brotli, 0),
  files: precache.length,
  largest: [...precache].sort((a, b) => b.brotli - a.brotli).slice(0, 5),
};

// BENCH_PORT pins the preview server's port; by default a free one is chosen.
const server = await startPreview(portFromEnv('BENCH_PORT'));
const browser = await chromium.launch({
  ...(chromePath ? { executablePath: chromePath } : {}),
  args: CHROMIUM_ARGS,
});
if (args.has('typing')) {
  try {
    await runTypingOnly(browser, server.url, buildMs);
  } finally {
    await browser.close();
    server.stop();
  }
  process.exit();
}
try {
  const all = await sitemapPaths(server.url);
  const only = args.get('only')?.split(',');
  const paths = only ? all.filter((p) => only.includes(p)) : all;

  const loads = new Map<string, LoadFigures>();
  for (const path of paths) {
    console.log(`Measuring ${path}`);
    loads.set(path, await measureLoad(browser, server.url + path));
  }

  console.log('Measuring search…');
  const search = await measureSearch(browser, server.url, SEARCH_QUERIES);
  const sortedMs = [...search.resultsMs].sort((a, b) => a - b);
  const resultsMs = sortedMs[Math.floor(sortedMs.length / 2)] ?? NaN;

  console.log('Measuring the checklist with 200 interviews…');
  const checklist = await measureChecklist(browser, server.url, manyInterviews(200), 5);
  // The People page and the due list, which now carries the people to get in touch with, with a heavy
  // user's people: each person once across interviews, some met twice, some on a rhythm, check-ins due.
  const heavy = manyPeople(200, 600);
  console.log('Measuring the people page with 200 interviews and 600 people…');
  const people = await measurePeople(browser, server.url, heavy, 5);
  console.log('Measuring the checklist with 200 interviews and 600 people…');
  const checklistWithPeople = await measureChecklist(browser, server.url, heavy, 5);
  console.log('Measuring backup and restore with 200 interviews…');
  const backup = await measureBackup(browser, server.url, manyInterviews(200), 5);
  console.log('Measuring note composing per keystroke with 200 interviews…');
  const notes = await measureCompose(manyInterviews(200));
  console.log('Measuring keystrokes in the tool pages, one interview and a full history…');
  const typing = await measureTyping(browser, server.url, { one: manyPeople(1, 3), full: heavy });

  let lighthouse = new Map<string, LighthouseFigures>();
  if (!args.has('no-lighthouse')) {
    lighthouse = await lighthouseMedians(
      paths.map((p) => server.url + p),
      runs,
      chromePath,
      (url) => console.log(`Lighthouse ×${runs} ${new URL(url).pathname}`),
    );
  }

  const pages: PageFigures[] = paths.map((path) => {
    const load = loads.get(path)!;
    const lh = lighthouse.get(server.url + path);
    return {
      path,
      jsFiles: load.jsFiles,
      jsGzip: load.js.gzip,
      inlineScriptGzip: load.inlineScriptGzip,
      firstRenderGzip: load.firstRenderGzip,
      ...(lh ? { lighthouse: lh } : {}),
    };
  });
  const figures: Figures = {
    expectedPaths: paths,
    pages,
    search: { beforeUseBytes: search.beforeUseBytes, firstQueryBytes: search.firstQueryBytes, resultsMs },
    checklist: { loadMs: checklist.loadMs, dueTickMs: checklist.dueTickMs, tickMs: checklist.tickMs },
    checklistWithPeople: { loadMs: checklistWithPeople.loadMs },
    people: { loadMs: people.loadMs, openMs: people.openMs },
    backup,
    notes,
    precacheBrotli: offline.precacheBrotli,
    typing: typingFigures(typing),
    ...(buildMs !== undefined ? { buildMs } : {}),
  };
  const verdicts = checkBudgets(figures);
  const failures = verdicts.filter((v) => !v.ok);

  const report = {
    date: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    budgetsFile: 'tests/budgets.ts',
    budgets: BUDGETS,
    buildMs,
    offline,
    pages: paths.map((path) => ({
      path,
      class: pageClass(path),
      load: loads.get(path),
      lighthouse: lighthouse.get(server.url + path),
    })),
    search: { ...search, resultsMsMedian: resultsMs, queries: SEARCH_QUERIES },
    checklist,
    checklistWithPeople,
    people,
    backup,
    notes,
    typing,
    verdicts,
    passed: failures.length === 0,
  };
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  const md = renderMarkdown(report);
  writeFileSync('reports/bench.md', md);
  console.log(`\n${md}`);
  console.log(failures.length ? `\n${failures.length} budget(s) exceeded.` : '\nAll budgets met.');
  process.exitCode = failures.length ? 1 : 0;
} finally {
  await browser.close();
  server.stop();
}
