import { MAX_QUERY_LENGTH, cycleIndex, normalizeQuery, resultsMessage } from './search-text';
import { loadPagefind } from './pagefind';
import { el, excerptNode } from './render';
import { type Hit, loadHits } from './results';

/** Suggestions under the field; each costs a fragment download, so few. The search page shows all. */
const SUGGESTIONS = 4;
const FAILED = 'Search is unavailable: its index did not load. Browse the guide instead.';

/**
 * Turns the header's search form into a combobox (WAI-ARIA 1.2 pattern): results appear as a listbox under
 * the field; arrow keys move through them, Enter opens one, Escape closes the list. Focus stays in the field.
 * Enter with no result chosen submits the form to /search/, which also works without JavaScript.
 */
export function attachCombobox(form: HTMLFormElement): void {
  const input = form.querySelector('input');
  const list = form.querySelector<HTMLUListElement>('[data-search-results]');
  const status = form.querySelector<HTMLElement>('[role=status]');
  if (!input || !list || !status) return;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  list.setAttribute('role', 'listbox');

  let options: { node: HTMLLIElement; url: string }[] = [];
  let active = -1;
  let latest = 0;

  const setActive = (index: number) => {
    options[active]?.node.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.node.setAttribute('aria-selected', 'true');
      option.node.scrollIntoView({ block: 'nearest' });
      input.setAttribute('aria-activedescendant', option.node.id);
    } else input.removeAttribute('aria-activedescendant');
  };

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };

  const show = (hits: Hit[], query: string) => {
    list.replaceChildren();
    options = [];
    active = -1;
    const add = (url: string, build: (li: HTMLLIElement) => void) => {
      const li = el('li', 'search-option');
      li.id = `${list.id}-${options.length}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      build(li);
      // mousedown would move focus out of the field and close the list before the click lands.
      li.addEventListener('mousedown', (e) => e.preventDefault());
      li.addEventListener('click', () => location.assign(url));
      list.append(li);
      options.push({ node: li, url });
    };
    for (const hit of hits) {
      add(hit.url, (li) => {
        li.append(el('span', 'search-title', hit.pageTitle));
        if (hit.sectionTitle) li.append(el('span', 'search-section', hit.sectionTitle));
        li.append(excerptNode(hit.excerpt));
      });
    }
    if (hits.length) {
      add(`/search/?q=${encodeURIComponent(query)}`, (li) => {
        li.classList.add('search-all');
        li.textContent = `All results for “${query}”`;
      });
    }
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
  };

  const run = async () => {
    const query = normalizeQuery(input.value);
    const ticket = ++latest;
    if (!query) {
      close();
      status.textContent = '';
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.debouncedSearch(query, {}, 120);
      if (!search || ticket !== latest) return;
      const { hits, total } = await loadHits(search.results, SUGGESTIONS, query);
      if (ticket !== latest) return;
      show(hits, query);
      const cut =
        input.value.trim().length > MAX_QUERY_LENGTH
          ? ` Only the first ${MAX_QUERY_LENGTH} characters were searched.`
          : '';
      status.textContent =
        resultsMessage(total, query) +
        (total === 0 ? ' Try “thank-you note”, “references” or “no reply”.' : '') +
        cut;
    } catch {
      close();
      status.textContent = FAILED;
    }
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('focus', () => {
    void loadPagefind().catch(() => (status.textContent = FAILED));
    if (options.length && input.value.trim()) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    const open = !list.hidden && options.length > 0;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!options.length) return;
      e.preventDefault();
      if (!open) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      setActive(cycleIndex(active, options.length, e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      const chosen = options[active];
      if (chosen) location.assign(chosen.url);
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        close();
      } else if (input.value) {
        e.preventDefault();
        input.value = '';
        status.textContent = '';
      }
    }
  });
  // Focus is usually already in the field when this code arrives (it loads on the first focus):
  // start fetching the index now so the first query is quick.
  if (document.activeElement === input) {
    if (input.value.trim()) void run();
    else void loadPagefind().catch(() => (status.textContent = FAILED));
  }
}
