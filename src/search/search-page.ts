import { MAX_QUERY_LENGTH, normalizeQuery, resultsMessage } from './search-text';
import { loadPagefind } from './pagefind';
import { el, excerptNode } from './render';
import { loadHits } from './results';

const PAGE_SIZE = 20;

/**
 * The /search/ page: reads the query from `?q=`, shows every result with its sections, and keeps the
 * address in step with the field so a search can be shared or bookmarked.
 */
export function attachSearchPage(form: HTMLFormElement): void {
  const input = form.querySelector('input');
  const list = document.querySelector<HTMLOListElement>('[data-search-page-results]');
  const status = document.querySelector<HTMLElement>('[data-search-page-status]');
  if (!input || !list || !status) return;

  let latest = 0;
  const run = async (updateAddress: boolean) => {
    const query = normalizeQuery(input.value);
    const ticket = ++latest;
    if (updateAddress) {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    if (!query) {
      list.replaceChildren();
      status.textContent = 'Type a few words to search the guide.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.debouncedSearch(query, {}, 150);
      if (!search || ticket !== latest) return;
      const { hits, total } = await loadHits(search.results, PAGE_SIZE, query);
      if (ticket !== latest) return;
      list.replaceChildren(
        ...hits.map((hit) => {
          const li = el('li', 'search-result');
          const link = el('a', 'search-title');
          link.href = hit.url;
          link.textContent = hit.sectionTitle ? `${hit.pageTitle}: ${hit.sectionTitle}` : hit.pageTitle;
          const title = el('h2', 'search-result-title');
          title.append(link);
          li.append(title);
          li.append(excerptNode(hit.excerpt));
          if (hit.more.length) {
            const more = el('ul', 'search-more');
            for (const section of hit.more.slice(0, 4)) {
              const a = el('a', undefined, section.title);
              a.href = section.url;
              const item = el('li');
              item.append(a);
              more.append(item);
            }
            li.append(more);
          }
          return li;
        }),
      );
      const cut =
        input.value.trim().length > MAX_QUERY_LENGTH
          ? ` Only the first ${MAX_QUERY_LENGTH} characters were searched.`
          : '';
      const shown = total > PAGE_SIZE ? ` Showing the first ${PAGE_SIZE}.` : '';
      status.textContent =
        resultsMessage(total, query) +
        (total === 0 ? ' Try fewer words, or one of the topics below.' : '') +
        shown +
        cut;
    } catch {
      list.replaceChildren();
      status.textContent = 'Search is unavailable: its index did not load. Browse the topics below instead.';
    }
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(true);
  });
  input.addEventListener('input', () => void run(true));
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  void run(false);
}
