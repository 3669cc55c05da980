/**
 * How hard a guide page is to read: its prose (the text a reader reads, without frontmatter, example
 * letters, markup or addresses), its words, and its Flesch-Kincaid grade. Pure, no dependencies.
 */

/** The prose of an MDX page body: frontmatter, `<Example>` blocks, tags, link targets and markup removed. */
export function proseOf(mdx: string): string {
  return (
    mdx
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/<Example\b[\s\S]*?<\/Example>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      // Headings and list items end a thought even without a full stop.
      .replace(/^(#{1,6} .*|\s*(?:[-*]|\d+\.) .*)$/gm, (line) => `${line.replace(/[.:;!?]?\s*$/, '')}.`)
      .replace(/^#{1,6} |^\s*(?:[-*]|\d+\.) /gm, '')
      .replace(/[*_`\\]/g, '')
      .trim()
  );
}

/** The words of a text: runs of letters and digits, with inner apostrophes, hyphens and periods kept. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The sentences of a text, split after `.`, `!` or `?` (and on blank lines); empty ones left out. */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\b(?:Mr|Ms|Mrs|Dr|e\.g|i\.e|etc|St|Apt|a\.m|p\.m)\./gi, (m) => m.replaceAll('.', ''))
    .split(/(?<=[.!?])["”’)]*\s+|\n\s*\n/)
    .filter((s) => wordsOf(s).length > 0);
}

/** Syllables in an English word, estimated from its vowel groups (good to about one in ten words). */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1; // a number or a foreign word reads as one unit
  if (w.length <= 3) return 1;
  const trimmed = w
    .replace(/(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$/, (m) => m.charAt(0))
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1;
  return Math.max(1, groups);
}

/** The Flesch-Kincaid grade level of a text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade(text: string): number {
  const sentences = sentencesOf(text);
  const words = wordsOf(text);
  if (words.length === 0 || sentences.length === 0) return 0;
  const syllableCount = words.reduce((sum, w) => sum + syllables(w), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syllableCount / words.length) - 15.59;
}
