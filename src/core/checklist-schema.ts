import { z } from 'astro/zod';
import { OUTCOMES } from './model/model';
import { slugId } from '../build/guide-schema';

/** Who or what a checklist item is ticked for. */
export const checklistScope = z.enum([
  /** Once for the interview as a whole. */
  'interview',
  /** Once for each person met who interviewed you. */
  'interviewer',
  /** Once for each person met, interviewer or not. */
  'person',
  /** Once for each reference. */
  'reference',
]);

/** One item of the interview checklist (`content/checklist.yaml`). Its id is stable: progress is stored by id. */
export const checklistItemSchema = z.strictObject({
  /** Stable id; never reuse or rename one, stored progress refers to it. */
  id: slugId,
  /** What to do, as a short imperative. */
  label: z.string().min(5).max(90),
  /** Why it matters, in one sentence. */
  why: z.string().min(10).max(200),
  /** Who or what it applies to. */
  scope: checklistScope,
  /** The guide page (and optional #section) that teaches it, e.g. `thank-you-note#timing`. */
  guide: z.string().regex(/^[a-z0-9-]+(?:#[a-z0-9-]+)?$/),
  /** Only applies when the interview has this outcome. */
  when: z.enum(OUTCOMES).optional(),
  /**
   * Done by itself when the data answers it, instead of by a tick: `person-details` once the person's title
   * and an email or phone are recorded, `profile-complete` once the user can be reached: a phone and an email (`canBeReached` in src/core/rules.ts).
   */
  auto: z.enum(['person-details', 'profile-complete']).optional(),
  /** How it reads in the list of what is due, e.g. `Thank {name}`; items without one are not listed there. */
  todo: z.string().min(5).max(60).optional(),
  /** Its deadline: the thank-you's (two days after the interview) or the follow-up's. */
  due: z.enum(['thank-you', 'follow-up']).optional(),
  /**
   * Not a task of its own: done by sending its note from the note builder (a LinkedIn request, thanking a
   * recruiter), never listed in an interview's tasks nor counted in its progress.
   */
  optional: z.boolean().optional(),
  /** The note builder's situation that does it (`content/situations.yaml`), offered as its action. */
  note: slugId.optional(),
  /** Other notes offered beside it, e.g. declining beside accepting an offer: the situation and the link's words. */
  also: z
    .array(z.strictObject({ note: slugId, label: z.string().min(3).max(30) }))
    .max(2)
    .optional(),
});

/** A checklist item as read from the YAML file. */
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
