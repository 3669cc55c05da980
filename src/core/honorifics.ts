/** The honorifics: one list, offered as choices and read in typed names. No imports, so any part may load it. */

/** Honorifics offered for a person, as written in a greeting ("Dear Dr. Bello"). */
export const HONORIFICS = ['Dr.', 'Prof.', 'Mx.', 'Ms.', 'Mr.'] as const;

/**
 * The honorifics read in what people type, lower case, without their dot: those offered, and "Mrs." and
 * "Miss", which people still write. Longest first, for a regular expression's alternation.
 */
export const HONORIFIC_WORDS: readonly string[] = [
  ...HONORIFICS.map((h) => h.slice(0, -1).toLowerCase()),
  'mrs',
  'miss',
].sort((a, b) => b.length - a.length);

/** `HONORIFIC_WORDS` as a regular expression's alternation: "miss|prof|mrs|…". */
export const HONORIFIC_ALTERNATION = HONORIFIC_WORDS.join('|');
