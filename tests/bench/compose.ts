/**
 * Composing a note as the user types, with 200 interviews stored: for each keystroke in the detail field, the
 * note's text (`noteFor`) and the checks beside it (`checksFor`), as the note builder works them out. The pure
 * code is bundled with esbuild and run here in Node, so the figure is the composing itself, not the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parse } from 'yaml';
import type { FollowUpDoc } from '../../src/core/model/model.ts';

const root = join(import.meta.dirname, '..', '..');

/** What composing costs per keystroke, in ms: the note alone (median, 95th percentile), and with its checks. */
export interface ComposeFigures {
  medianMs: number;
  p95Ms: number;
  withChecksMedianMs: number;
}

/** Times composing the note, then the note and its checks, after each of `keystrokes` keystrokes. */
export async function measureCompose(doc: FollowUpDoc, keystrokes = 300): Promise<ComposeFigures> {
  const bundled = await build({
    stdin: {
      contents: `export { noteFor, recipientsOf, startDraft } from './src/features/notes/compose.ts';
        export { checksFor } from './src/features/notes/note-review.ts';
        export { useLexicon } from './src/features/notes/grammar.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
  });
  const code = bundled.outputFiles[0]!.text;
  const m = (await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  )) as typeof import('../../src/features/notes/compose.ts') &
    typeof import('../../src/features/notes/note-review.ts') &
    typeof import('../../src/features/notes/grammar.ts');
  const read = (file: string) => parse(readFileSync(join(root, 'content', file), 'utf8'));
  m.useLexicon(read('note-words.yaml'));
  const situations = read('situations.yaml');
  const items = read('checklist.yaml');
  const thankYou = situations.find((s: { id: string }) => s.id === 'thank-you');
  const interview = doc.interviews[0]!;
  const recipient = m.recipientsOf(interview)[0];
  const now = new Date();
  const base = m.startDraft(doc, recipient, now);
  const typed = 'the move of every dashboard to the new warehouse, and what it means for the team';
  const inputAt = (k: number) => ({
    situation: thankYou,
    draft: {
      ...base,
      detail: typed.slice(0, (k % typed.length) + 1),
      facts: { evidence: 'ran the move of 40 reports' },
    },
    interview,
    recipient,
    company: '',
    role: '',
    profile: doc.profile,
    now,
  });
  const time = (work: (k: number) => void) => {
    const times: number[] = [];
    for (let k = 0; k < keystrokes; k++) {
      const start = performance.now();
      work(k);
      times.push(performance.now() - start);
    }
    // The first keystrokes warm the code up, as the first ones in a page do: the figures are of those after.
    const sorted = times.slice(20).sort((a, b) => a - b);
    return (q: number) => Math.round(sorted[Math.floor(q * (sorted.length - 1))]! * 100) / 100;
  };
  const note = time((k) => m.noteFor(inputAt(k)));
  const withChecks = time((k) => {
    const input = inputAt(k);
    m.checksFor(input, m.noteFor(input), doc, items, now);
  });
  return { medianMs: note(0.5), p95Ms: note(0.95), withChecksMedianMs: withChecks(0.5) };
}
