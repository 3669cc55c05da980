import { counted } from '../core/words';

/** A run of excerpt text, highlighted when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** The longest query we search for; longer input is cut here (and the user is told). */
export const MAX_QUERY_LENGTH = 120;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Turns `&amp;`, `&#39;`, `&#x27;` and friends back into characters. Unknown entities stay as written. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around matches) into plain-text parts, so it can be
 * shown with text nodes only: nothing in an excerpt is ever parsed as HTML. Other tags are dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, mark });
    }
  }
  return parts;
}

/** Trims, folds white space and caps the length of what the user typed. */
export function normalizeQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** The status line announced to screen readers after a search. */
export function resultsMessage(count: number, query: string): string {
  if (!query) return '';
  if (count === 0) return `No results for “${query}”.`;
  return `${counted(count, 'result')} for “${query}”.`;
}

/** The words of a text for matching: lower case, accents folded, split at anything but letters and digits. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether the words a page matched really answer the query. When a query word is not in the index, Pagefind
 * looks for known words inside it, so gibberish like "asdkjhqwe" matches every "as". A page counts only when
 * one of its matched words shares the start of a query word: at least 40% of it and two letters ("running"
 * finds "run", "linkedln" finds "LinkedIn", "rejected" finds "rejection"; "asdkjhqwe" does not find "as").
 */
export function answersQuery(query: string, matchedWords: readonly string[]): boolean {
  const words = matchedWords.flatMap(searchWords);
  return searchWords(query).some((term) => {
    const needed = Math.max(Math.min(2, term.length), Math.ceil(term.length * 0.4));
    return words.some((word) => commonPrefixLength(term, word) >= needed);
  });
}

/** A section of a page that matched, as Pagefind reports it. */
export interface SectionHit {
  title: string;
  url: string;
  excerpt: string;
  locations: readonly number[];
  /** Each matched word with its weight: words in headings weigh more than words in paragraphs. */
  weighted_locations?: readonly { weight: number; balanced_score: number }[];
}

/** How strongly a section matched: its matched words, each counted by its weight. */
export function sectionScore(section: SectionHit): number {
  return section.weighted_locations?.reduce((sum, l) => sum + l.weight, 0) ?? section.locations.length;
}

/**
 * The section a result should open at: the one whose matched words weigh most (the first on a tie),
 * preferring a real section (`page#heading`) over the page's untitled top part.
 */
export function bestSection<T extends SectionHit>(sections: readonly T[]): T | undefined {
  const withHeading = sections.filter((s) => s.url.includes('#'));
  const pool = withHeading.length ? withHeading : sections;
  return pool.reduce<T | undefined>(
    (best, s) => (!best || sectionScore(s) > sectionScore(best) ? s : best),
    undefined,
  );
}

/**
 * The option an arrow key moves to in a list of `count` options, where -1 is the text field itself:
 * down from the last option returns to the field, up from the field wraps to the last option.
 */
export function cycleIndex(current: number, count: number, step: 1 | -1): number {
  const positions = count + 1;
  return ((((current + 1 + step) % positions) + positions) % positions) - 1;
}
