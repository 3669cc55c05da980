/** Words as text: white space and trailing stops cleaned, lists joined. Pure; used by every tool that writes words. */

/** Trailing full stops, semicolons and commas off, and every run of white space as one space. */
export function clean(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s.;:,]+$/u, '');
}

/** "A", "A and B", "A, B, and C" (the serial comma of US style), or with "or"; blank items left out. */
export function joinWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  const kept = items.map(clean).filter(Boolean);
  if (kept.length <= 2) return kept.join(` ${conjunction} `);
  const last = kept.pop() ?? '';
  return `${kept.join(', ')}, ${conjunction} ${last}`;
}

/**
 * ASCII letters and digits of `text`, lower-cased, joined by hyphens, for a file name: "José de la Cruz" →
 * "jose-de-la-cruz", "Brightwater Labs, Inc." → "brightwater-labs-inc"; at most `max` characters.
 */
export function fileSlug(text: string, max = 40): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

/** "1 interview", "2 interviews", "0 interviews"; `many` for a plural that is not `one` + "s" ("people"). */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A file's size as people read it, in units of 1000: "80 bytes", "1.5 KB", "12 KB", "5.0 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1000) return counted(bytes, 'byte');
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The titles offered before a person's name, as written in a greeting ("Dear Dr. Bello"). */
export const HONORIFICS = ['Dr.', 'Prof.', 'Mx.', 'Ms.', 'Mr.'] as const;

/**
 * Every title read before a name in typed text, as a regular-expression alternation of lower-case words
 * without their dot: the offered ones, and Mrs and Miss. The one list that comparing names, checking a
 * greeting and reading a pasted signature all use.
 */
export const HONORIFIC_WORDS = [...HONORIFICS.map((h) => h.slice(0, -1).toLowerCase()), 'mrs', 'miss'].join(
  '|',
);
