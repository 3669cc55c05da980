import { answersQuery, bestSection } from './search-text';
import type { PagefindResult, PagefindResultData } from './pagefind';

/** A result ready to show: the page, the section to open and the excerpt that matched there. */
export interface Hit {
  pageTitle: string;
  sectionTitle: string | undefined;
  url: string;
  excerpt: string;
  /** Other matching sections of the same page. */
  more: { title: string; url: string }[];
}

/** The words of a page that matched the query, read from its text at the matched positions. */
function matchedWords(data: PagefindResultData): string[] {
  const words = data.content.split(/\s+/).filter(Boolean);
  return data.locations.map((i) => words[i] ?? '');
}

/**
 * Loads the data of the first `limit` results, drops pages that only matched fragments of an unknown word
 * (see `answersQuery`), and points each remaining page at its best section. `total` is how many results to
 * announce: Pagefind's count, or the pages kept when some were dropped.
 */
export async function loadHits(
  results: readonly PagefindResult[],
  limit: number,
  query: string,
): Promise<{ hits: Hit[]; total: number }> {
  const loaded = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  const kept = loaded.filter((d) => answersQuery(query, matchedWords(d)));
  const hits = kept.map((d) => {
    const pageTitle = d.meta.title ?? d.url;
    const section = bestSection(d.sub_results);
    const sectionTitle = section && section.url.includes('#') ? section.title : undefined;
    return {
      pageTitle,
      sectionTitle,
      url: section?.url ?? d.url,
      excerpt: section?.excerpt ?? d.excerpt,
      more: d.sub_results
        .filter((s) => s !== section && s.url.includes('#'))
        .map((s) => ({ title: s.title, url: s.url })),
    };
  });
  return { hits, total: kept.length < loaded.length ? kept.length : results.length };
}
