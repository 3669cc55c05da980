/**
 * What a keystroke costs in a field of each tool page, as the browser itself reports it (Event Timing: from the
 * key going down to the next paint, for keydown, keypress and input), with one interview stored and with a full
 * history (200 interviews, 600 people). Keys are pressed one at a time, 120 ms apart, as a quick typist does.
 * Event Timing reports only events of 16 ms or more (its smallest threshold), rounded to 8 ms: a keystroke
 * with none is counted as 16 ms, the most it can have cost.
 */
import type { Browser, Page } from '@playwright/test';
import { seedStorage } from '../support/browser.ts';

/** One tool page's field: where it is and how to reach it. */
interface TypingField {
  page: 'checklist' | 'notes' | 'people' | 'data';
  /** What is typed into, as the report says it. */
  field: string;
  path: string;
  /** Opens what holds the field and returns the field, focused. */
  open: (page: Page) => Promise<void>;
}

const FIELDS: readonly TypingField[] = [
  {
    page: 'checklist',
    field: 'a person’s name',
    path: '/checklist/#interview=i0',
    open: async (page) => {
      await page.getByRole('button', { name: 'Edit Amara Abara' }).click();
      await page.getByRole('textbox', { name: 'Name', exact: true }).focus();
    },
  },
  {
    page: 'notes',
    field: 'the thank-you’s detail',
    path: '/notes/#interview=i0&to=p0&situation=thank-you',
    open: async (page) => {
      await page.getByRole('textbox', { name: /matters to them/ }).focus();
    },
  },
  {
    page: 'people',
    field: 'a logged contact’s line',
    path: '/people/#person=p0',
    open: async (page) => {
      await page.getByRole('textbox', { name: 'A line about it (optional)' }).focus();
    },
  },
  {
    page: 'data',
    field: 'your name',
    path: '/data/',
    open: async (page) => {
      const name = page.getByRole('textbox', { name: 'Your name' });
      if (!(await name.isVisible())) await page.getByText('Your contact details').click();
      await name.focus();
    },
  },
];

/** Keystroke costs on one page with one history, ms: 50th and 95th percentile, and every keystroke. */
export interface TypingRun {
  page: TypingField['page'];
  field: string;
  history: 'one' | 'full';
  p50Ms: number;
  p95Ms: number;
  keys: number[];
}

const TEXT = 'the night shift handover and the dashboard migration ';

const percentile = (xs: readonly number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/** Starts recording keydown times and the Event Timing entries of key and input events, in the page. */
function record(): void {
  const w = window as unknown as { keyDowns: number[]; keyEvents: [number, number][] };
  w.keyDowns = [];
  w.keyEvents = [];
  addEventListener('keydown', (e) => w.keyDowns.push(e.timeStamp), { capture: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (['keydown', 'keypress', 'input'].includes(e.name)) w.keyEvents.push([e.startTime, e.duration]);
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
}

/** Each keystroke's cost: the longest entry that started from its keydown until the next one. */
function keystrokeCosts(): number[] {
  const w = window as unknown as { keyDowns: number[]; keyEvents: [number, number][] };
  return w.keyDowns.map((at, k) => {
    const until = w.keyDowns[k + 1] ?? Infinity;
    const own = w.keyEvents.filter(([start]) => start >= at - 1 && start < until - 1).map(([, d]) => d);
    return Math.max(16, ...own);
  });
}

async function typeInto(
  browser: Browser,
  base: string,
  doc: unknown,
  f: TypingField,
  keys: number,
): Promise<number[]> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await seedStorage(context, doc);
  const page = await context.newPage();
  // One load first, not counted, as for the other tool figures: the code is compiled and cached.
  await page.goto(base + f.path);
  await page.waitForLoadState('networkidle');
  await page.reload();
  await page.waitForLoadState('networkidle');
  await f.open(page);
  // Whatever the page fetches on the first focus (the name check, the contact parser) arrives first.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.evaluate(record);
  for (const ch of TEXT.repeat(Math.ceil(keys / TEXT.length)).slice(0, keys)) {
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(500);
  const costs = await page.evaluate(keystrokeCosts);
  await context.close();
  return costs;
}

/** Types `keys` keys into each tool page's field, with each history; the tool pages in order, one then full. */
export async function measureTyping(
  browser: Browser,
  base: string,
  histories: { one: unknown; full: unknown },
  keys = 60,
): Promise<TypingRun[]> {
  const runs: TypingRun[] = [];
  for (const f of FIELDS) {
    for (const history of ['one', 'full'] as const) {
      const costs = await typeInto(browser, base, histories[history], f, keys);
      runs.push({
        page: f.page,
        field: f.field,
        history,
        p50Ms: percentile(costs, 50),
        p95Ms: percentile(costs, 95),
        keys: costs,
      });
    }
  }
  return runs;
}
