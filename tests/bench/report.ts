import type { Verdict } from '../support/budget-check.ts';
import type { LighthouseFigures } from './lighthouse.ts';
import type { LoadFigures } from './measure.ts';
import { typingMarkdown } from './typing-report.ts';
import type { TypingRun } from './typing.ts';

/** The report as run.ts writes it to reports/bench.json. */
export interface BenchReport {
  date: string;
  machine: { cpus: number; node: string };
  budgetsFile: string;
  buildMs: number | undefined;
  /** What the service worker downloads after a first visit (tests/support/precache.ts). */
  offline: { precacheBrotli: number; files: number; largest: { url: string; brotli: number }[] };
  pages: {
    path: string;
    class: string;
    load: LoadFigures | undefined;
    lighthouse: LighthouseFigures | undefined;
  }[];
  search: {
    beforeUseBytes: number;
    firstQueryBytes: number;
    firstQueryMs: number;
    resultsMsMedian: number;
    resultsMs: number[];
    queries: string[];
  };
  checklist: {
    loadMs: number;
    decodeMs: number;
    dueTickMs: number;
    tickMs: number;
    loads: number[];
    decodes: number[];
    dueTicks: number[];
    ticks: number[];
  };
  /** The checklist again, with 200 interviews and 600 people stored: touches join what is due. */
  checklistWithPeople: BenchReport['checklist'];
  people: {
    loadMs: number;
    decodeMs: number;
    openMs: number;
    loads: number[];
    decodes: number[];
    opens: number[];
  };
  backup: { backupMs: number; restoreMs: number; autoWriteMs: number };
  notes: { medianMs: number; p95Ms: number; withChecksMedianMs: number };
  /** Keystrokes in each tool page's field, one interview and the full history. */
  typing: TypingRun[];
  verdicts: Verdict[];
  passed: boolean;
}

const ms = (n: number) => n.toFixed(1);
const kb = (n: number | undefined) => (n === undefined ? '–' : (n / 1024).toFixed(1));
const lh = (l: LighthouseFigures | undefined) =>
  l ? `${l.performance} / ${l.accessibility} / ${l.bestPractices} / ${l.seo}` : 'not run';

/** The Markdown report: pages, search, build, and every budget that failed. */
export function renderMarkdown(r: BenchReport): string {
  const lines = [
    `# Benchmark report`,
    '',
    `${r.date}, ${r.machine.cpus} cores, Node ${r.machine.node}. Budgets: \`${r.budgetsFile}\`. ` +
      `Bytes in KB (1,024 bytes); gzip at level 9, brotli at its default. Lighthouse: mobile, simulated throttling, median of runs.`,
    '',
    '## Pages',
    '',
    '| Page | Requests | HTML gz | CSS gz | JS files | JS files gz | JS br | First render gz | Inline script gz | JS gz with inline (budgeted) | Lighthouse P / A / BP / SEO | LCP ms | TBT ms | CLS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  ];
  for (const p of r.pages) {
    const l = p.load;
    lines.push(
      `| ${p.path} | ${l?.requests ?? '–'} | ${kb(l?.html.gzip)} | ${kb(l?.css.gzip)} | ${l?.jsFiles ?? '–'} | ${kb(l?.js.gzip)} | ${kb(l?.js.brotli)} | ${kb(l?.firstRenderGzip)} | ${kb(l?.inlineScriptGzip)} | ${kb(l ? l.js.gzip + l.inlineScriptGzip : undefined)} | ${lh(p.lighthouse)} | ${p.lighthouse?.lcpMs ?? '–'} | ${p.lighthouse?.tbtMs ?? '–'} | ${p.lighthouse?.cls ?? '–'} |`,
    );
  }
  const s = r.search;
  lines.push(
    '',
    '## Search',
    '',
    `- Fetched before the reader touches search: ${s.beforeUseBytes} bytes`,
    `- First query (“${s.queries[0]}”), everything it downloads: ${kb(s.firstQueryBytes)} KB gzip, results in ${s.firstQueryMs} ms`,
    `- Later queries, last keystroke to results (median of ${s.resultsMs.length}): ${s.resultsMsMedian} ms (${s.resultsMs.join(', ')})`,
    '',
    '## Offline',
    '',
    `- The service worker's download after a first visit: ${kb(r.offline.precacheBrotli)} KB brotli in ${r.offline.files} files (the worker, the pages' file and the precache); largest: ${r.offline.largest.map((e) => `${e.url} ${kb(e.brotli)} KB`).join(', ')}`,
    '',
    '## Build',
    '',
    r.buildMs === undefined
      ? '- Not built in this run (--no-build).'
      : `- \`npm run build\` (Astro and Pagefind): ${(r.buildMs / 1000).toFixed(1)} s`,
    '',
    '## Tools',
    '',
    `- Checklist with 200 interviews stored: load (read and validate the saved data, then work out and draw what is due and the list) ${r.checklist.loadMs} ms, of which reading ${r.checklist.decodeMs} ms, mark the first due task done ${r.checklist.dueTickMs} ms, tick one item ${r.checklist.tickMs} ms (medians of ${r.checklist.loads.length}, after one load not counted)`,
    `- Checklist with 200 interviews and 600 people stored (people to get in touch with join what is due): load ${r.checklistWithPeople.loadMs} ms (${r.checklistWithPeople.loads.map(ms).join(', ')}), of which reading ${r.checklistWithPeople.decodeMs} ms, mark the first due task done ${r.checklistWithPeople.dueTickMs} ms, tick one item ${r.checklistWithPeople.tickMs} ms (medians of ${r.checklistWithPeople.loads.length}, after one load not counted)`,
    `- People page with 200 interviews and 600 people stored: load (read the saved data, group the records into people, work out when to get in touch with each, draw the list) ${r.people.loadMs} ms (${r.people.loads.map(ms).join(', ')}), of which reading ${r.people.decodeMs} ms, open the first person (tapped half a second after the list is drawn) from the click until their heading is drawn ${r.people.openMs} ms (${r.people.opens.map(ms).join(', ')}) (medians of ${r.people.loads.length}, after one load not counted)`,
    `- Backup and restore with 200 interviews stored: backup file ${r.backup.backupMs} ms, restore ${r.backup.restoreMs} ms, automatic backup file write ${r.backup.autoWriteMs} ms of main thread (the page's own work, medians of 5)`,
    `- Note builder with 200 interviews stored: composing the note after a keystroke ${r.notes.medianMs} ms (95th percentile ${r.notes.p95Ms} ms), with the checks beside it ${r.notes.withChecksMedianMs} ms (medians of 280 keystrokes, tests/bench/compose.ts)`,
    '',
    ...typingMarkdown(r.typing),
    '',
    '## Budgets',
    '',
  );
  const failed = r.verdicts.filter((v) => !v.ok);
  lines.push(
    failed.length
      ? `${failed.length} of ${r.verdicts.length} checks exceeded their budget:`
      : `All ${r.verdicts.length} checks are within budget.`,
  );
  if (failed.length) {
    lines.push('', '| Subject | Figure | Value | Budget |', '| --- | --- | ---: | --- |');
    for (const v of failed) lines.push(`| ${v.subject} | ${v.metric} | ${v.value} | ${v.limit} |`);
  }
  return `${lines.join('\n')}\n`;
}
