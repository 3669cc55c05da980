import type { Draft, FollowUpDoc } from '../../core/model/model';

/** The sign-off each tone starts with: "Best regards" is formal, "Best" is what a warm note says. */
export const SIGNOFFS: Readonly<Record<Draft['tone'], string>> = { formal: 'Best regards', warm: 'Best' };

/** A draft with the builder's defaults. (No runtime imports: the benchmark's fixtures build drafts in plain Node.) */
export const newDraft = (now: Date): Draft => ({
  greeting: '',
  detail: '',
  strengths: [],
  tone: 'formal',
  length: 'standard',
  signoff: SIGNOFFS.formal,
  askFeedback: false,
  body: '',
  sentVia: '',
  facts: {},
  updatedAt: now.toISOString(),
});

/** Changes a draft, creating it from `base` (or the defaults) the first time. */
export const patchDraft = (
  doc: FollowUpDoc,
  key: string,
  patch: Partial<Omit<Draft, 'updatedAt'>>,
  now: Date,
  base?: Draft,
) => ({
  ...doc,
  drafts: {
    ...doc.drafts,
    [key]: { ...(doc.drafts[key] ?? base ?? newDraft(now)), ...patch, updatedAt: now.toISOString() },
  },
});

/** How many strengths a note restates at most. */
export const MAX_STRENGTHS = 3;

/** The strengths with the `n`th set to `value`; empty ones at the end are not kept. */
export function withStrength(strengths: readonly string[], n: number, value: string): string[] {
  const next = Array.from({ length: MAX_STRENGTHS }, (_, i) => (i === n ? value : (strengths[i] ?? '')));
  while (next.length && !next.at(-1)) next.pop();
  return next;
}

/**
 * How many strength boxes show: one more than the strengths kept, or as many as were opened (a box typed in
 * stays, even emptied again), never more than `MAX_STRENGTHS`.
 */
export const strengthBoxes = (kept: number, opened: number): number =>
  Math.min(MAX_STRENGTHS, Math.max(opened, kept + 1));
