import { z } from 'astro/zod';
import { PLACEHOLDER_NAMES, LONG_VALUES } from './note-placeholders';
import { unknownFacts } from './plan';
import { composeNote } from './note-template';
import { slugId } from '../../build/guide-schema';

/** A note's plan of sentences (`src/features/notes/plan.ts`); an unknown fact fails the build, naming it. */
export const templateSchema = z
  .string()
  .min(1)
  .superRefine((template, ctx) => {
    // The renderer's own check, so the build and the builder agree (`{constructor}` is unknown too).
    for (const name of unknownFacts(template)) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown placeholder {${name}}; use one of: ${PLACEHOLDER_NAMES.map((p) => `{${p}}`).join(
          ', ',
        )}`,
      });
    }
  });

/** The two lengths of one tone. */
const lengths = z.strictObject({
  /** Three or four short sentences. */
  short: templateSchema,
  /** Five or six short sentences, the most the guide recommends. */
  standard: templateSchema,
});

/** A recommended number of words, `[fewest, most]`. */
const wordRange = z
  .tuple([z.number().int().min(5), z.number().int().max(250)])
  .refine(([fewest, most]) => fewest < most, 'give the fewest words first, then the most');

/** Recommended words of the message, from the greeting to the last sentence, by length. */
export const wordRangesSchema = z
  .strictObject({
    /** For a short note, e.g. `[35, 80]`. */
    short: wordRange,
    /** For a standard note, e.g. `[70, 130]`. */
    standard: wordRange,
  })
  .refine(
    ({ short, standard }) => short[0] < standard[0] && short[1] < standard[1],
    'a standard note is longer than a short one: both its numbers must be higher',
  );

const TONES = ['formal', 'warm'] as const;
const LENGTHS = ['short', 'standard'] as const;

/** A situation the note builder writes for (`content/situations.yaml`). */
export const situationSchema = z
  .strictObject({
    /** Stable id; drafts are saved under it. */
    id: slugId,
    /** Name shown in the builder. */
    label: z.string().min(5).max(60),
    /** What the builder calls the note in its heading ("Thank-you note to Dana"); "Note" when left out. */
    noun: z.enum(['Thank-you note', 'Follow-up note']).optional(),
    /** When to send it, in one sentence. */
    description: z.string().min(10).max(200),
    /** Who it is written to: an interviewer, anyone met at the interview, or a reference. */
    to: z.enum(['interviewer', 'person', 'reference']),
    /** The checklist item that "mark as sent" ticks. */
    marks: slugId,
    /** Subject line template; left out for a message that has none, such as a LinkedIn note. */
    subject: templateSchema.optional(),
    /**
     * Whether the builder signs the note off with the sign-off, your name and contact block (the default);
     * `false` for a message sent from your profile, such as a LinkedIn note.
     */
    signature: z.boolean().optional(),
    /**
     * The most characters the whole message may have, where the channel limits it: 200 for a LinkedIn
     * connection note from a free account. The builder counts characters instead of words, and the build
     * checks every variant filled with long values (`LONG_VALUES`).
     */
    maxChars: z.number().int().min(50).max(5000).optional(),
    /** Recommended words by length; without it, the guide's general range (`DEFAULT_WORDS`). */
    words: wordRangesSchema.optional(),
    /**
     * Sent again and again, every few months: each one sent is logged with the person, and once it has been
     * a while the builder starts the next one afresh instead of showing the last as sent.
     */
    repeats: z.boolean().optional(),
    /** What the `{detail}` field asks for, when it is not "the one specific thing you discussed". */
    detailLabel: z.string().min(5).max(60).optional(),
    /** One line under the detail's label: what it is for, with an example. */
    detailHint: z.string().min(10).max(140).optional(),
    /** What makes the note personal: with any of it empty, the builder suggests adding it. */
    personal: z.array(z.enum(['detail', 'evidence'])).optional(),
    /** The sentence that fills `{feedback}` when the user asks for feedback. */
    feedback: z.string().min(10).optional(),
    formal: lengths,
    warm: lengths,
  })
  .superRefine((situation, ctx) => {
    const { maxChars } = situation;
    if (maxChars === undefined) return;
    const values = { ...LONG_VALUES, feedback: situation.feedback ?? '' };
    for (const tone of TONES) {
      for (const length of LENGTHS) {
        const { body } = composeNote(
          { subject: '', body: situation[tone][length] },
          values,
          values.signoff,
          values.myName,
          values.contact,
          { signature: situation.signature !== false },
        );
        if (body.length > maxChars) {
          ctx.addIssue({
            code: 'custom',
            path: [tone, length],
            message: `${body.length} characters when filled with long values, over maxChars (${maxChars}): "${body}"`,
          });
        }
      }
    }
  });

/** A situation as read from the YAML file. */
export type Situation = z.infer<typeof situationSchema>;

/**
 * A situation as the note builder receives it (`/notes/situations.json`): with what it asks, worked out at
 * build time from its text, so the builder's code carries neither the parsing nor the fields' words.
 */
export interface BuiltSituation extends Situation {
  /** The parts its text uses: `detail`, `strengths`, the facts... */
  uses: string[];
  /** The facts it asks for beyond the detail and strengths, in order, with their labels and hints. */
  fields: import('./fields').AskedField[];
}

/** The situations the builder offers: one at least, the first chosen when nothing else fits. */
export type Situations = readonly [BuiltSituation, ...BuiltSituation[]];

/** What `/notes/situations.json` holds: the situations and the words the grammar knows. */
export interface NoteContent {
  situations: BuiltSituation[];
  words: import('./grammar').Lexicon;
}
