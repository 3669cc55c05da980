/** `npm run bench -- typing`: the keystroke figures alone, their budgets checked, in reports/bench-typing.*. */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { BUDGETS } from '../budgets.ts';
import { type TypingFigures, checkBudgets } from '../support/budget-check.ts';
import { manyPeople } from '../fixtures/stored.ts';
import { type TypingRun, measureTyping } from './typing.ts';

/** Each tool page's 95th percentile with one interview and with the full history, for the budget check. */
export function typingFigures(runs: readonly TypingRun[]): TypingFigures {
  const pages = [...new Set(runs.map((r) => r.page))];
  return pages.map((page) => {
    const of = (history: TypingRun['history']) => runs.find((r) => r.page === page && r.history === history);
    return { page, oneP95Ms: of('one')?.p95Ms ?? NaN, fullP95Ms: of('full')?.p95Ms ?? NaN };
  });
}

/** The Markdown lines of the keystroke figures. */
export function typingMarkdown(runs: readonly TypingRun[]): string[] {
  const lines = [
    '## Typing',
    '',
    `Event Timing, keydown to the next paint, ${runs[0]?.keys.length ?? 0} keys 120 ms apart; under 16 ms counts as 16. ` +
      `Budget: 95th percentile ≤ ${BUDGETS.typing.p95Ms} ms with the full history, within ${BUDGETS.typing.fullToOne}× of one interview.`,
    '',
    '| Page | Field | One interview p50 / p95 ms | 200 interviews, 600 people p50 / p95 ms | Ratio (p95) |',
    '| --- | --- | ---: | ---: | ---: |',
  ];
  for (const f of typingFigures(runs)) {
    const one = runs.find((r) => r.page === f.page && r.history === 'one');
    const full = runs.find((r) => r.page === f.page && r.history === 'full');
    lines.push(
      `| ${f.page} | ${one?.field ?? ''} | ${one?.p50Ms} / ${one?.p95Ms} | ${full?.p50Ms} / ${full?.p95Ms} | ${(f.fullP95Ms / f.oneP95Ms).toFixed(2)} |`,
    );
  }
  return lines;
}

/** Measures the keystrokes, writes their report, and sets the exit code from their budgets. */
export async function runTypingOnly(browser: Browser, base: string, buildMs?: number): Promise<void> {
  console.log('Measuring keystrokes in the tool pages, one interview and a full history…');
  const runs = await measureTyping(browser, base, { one: manyPeople(1, 3), full: manyPeople(200, 600) });
  const verdicts = checkBudgets({ expectedPaths: [], pages: [], typing: typingFigures(runs) });
  const failed = verdicts.filter((v) => !v.ok);
  const report = { date: new Date().toISOString(), buildMs, typing: runs, verdicts, passed: !failed.length };
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench-typing.json', `${JSON.stringify(report, null, 2)}\n`);
  const md = [
    `# Typing benchmark`,
    '',
    `${report.date}. Budgets: \`tests/budgets.ts\`.`,
    '',
    ...typingMarkdown(runs),
    '',
    failed.length
      ? `${failed.length} of ${verdicts.length} checks exceeded their budget: ${failed.map((v) => `${v.subject} ${v.metric} ${v.value} (${v.limit})`).join('; ')}`
      : `All ${verdicts.length} checks are within budget.`,
  ].join('\n');
  writeFileSync('reports/bench-typing.md', `${md}\n`);
  console.log(`\n${md}`);
  process.exitCode = failed.length ? 1 : 0;
}
