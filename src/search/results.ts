import { bestSection } from '../lib/search-text';
import type { PagefindResult } from './pagefind';

/** A result ready to show: the page, the section to open and the excerpt that matched there. */
export interface Hit {
  pageTitle: string;
  sectionTitle: string | undefined;
  url: string;
  excerpt: string;
  /** Other matching sections of the same page. */
  more: { title: string; url: string }[];
}

/** Loads the data of the first `limit` results and points each at its best section. */
export async function loadHits(results: readonly PagefindResult[], limit: number): Promise<Hit[]> {
  const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  return data.map((d) => {
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
}
