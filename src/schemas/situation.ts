import { z } from 'astro/zod';
import { PLACEHOLDERS } from '../lib/note-placeholders';
import { unknownPlaceholders } from '../lib/note-template';
import { slugId } from './guide';

/** A note template: text with `{placeholders}`; an unknown placeholder fails the build, naming it. */
export const templateSchema = z
  .string()
  .min(1)
  .superRefine((template, ctx) => {
    // The renderer's own check, so the build and the builder agree (`{constructor}` is unknown too).
    for (const name of unknownPlaceholders(template)) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown placeholder {${name}}; use one of: ${Object.keys(PLACEHOLDERS)
          .map((p) => `{${p}}`)
          .join(', ')}`,
      });
    }
  });

/** The two lengths of one tone. */
const lengths = z.strictObject({
  /** A few sentences. */
  short: templateSchema,
  /** About 100-180 words, as career guides recommend. */
  standard: templateSchema,
});

/** A situation the note builder writes for (`content/situations.yaml`). */
export const situationSchema = z.strictObject({
  /** Stable id; drafts are saved under it. */
  id: slugId,
  /** Name shown in the builder. */
  label: z.string().min(5).max(60),
  /** When to send it, in one sentence. */
  description: z.string().min(10).max(200),
  /** Who it is written to: an interviewer, anyone met at the interview, or a reference. */
  to: z.enum(['interviewer', 'person', 'reference']),
  /** The checklist item that "mark as sent" ticks. */
  marks: slugId,
  /** Subject line template. */
  subject: templateSchema,
  /** The sentence that fills `{feedback}` when the user asks for feedback. */
  feedback: z.string().min(10).optional(),
  formal: lengths,
  warm: lengths,
});

/** A situation as read from the YAML file. */
export type Situation = z.infer<typeof situationSchema>;
