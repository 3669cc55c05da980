import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { Lexicon } from './grammar';

const word = z.string().regex(/^[a-z']+$/, 'a word in lower case');
const words = z.array(word).min(1);

/** The words the note builder's grammar knows (`content/note-words.yaml`); a wrong entry fails the build. */
export const lexiconSchema = z.strictObject({
  /** Job-title words written in lower case inside a sentence. */
  titleWords: words,
  /** Ordinary words that open a typed sentence and read in lower case inside one. */
  openers: words,
  /** Past tenses without "-ed". */
  pastTenses: words,
  /** Words left out when counting what a note repeats. */
  stopWords: words,
  /** Ordinary words that open a strength and read in lower case inside a sentence. */
  strengthWords: words,
  /** Words in -ing that name a field, not something done: a strength opening with one is not "experience …". */
  ingNouns: words,
  /** A strength said before "skills" in its adjective form: "organization" reads "organizational skills". */
  skillForms: z.record(word, word),
}) satisfies z.ZodType<Lexicon>;

/** Reads and checks `content/note-words.yaml` from the project root. */
export function readLexicon(root: string): Lexicon {
  return lexiconSchema.parse(parse(readFileSync(`${root}/content/note-words.yaml`, 'utf8')));
}
