import type { Draft, FollowUpDoc } from '../../core/model/model';

/** A draft with the builder's defaults. */
export const newDraft = (now: Date): Draft => ({
  greeting: '',
  detail: '',
  strengths: [],
  tone: 'formal',
  length: 'standard',
  signoff: 'Best regards',
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
