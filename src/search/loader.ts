/**
 * The loader for search (run by every page, src/site/page.ts): a few hundred bytes, and it fetches nothing. The search code (whose
 * URL the search form carries in `data-search-src`) and Pagefind's index load on the first focus of a search
 * field, or straight away on the /search/ page. `/` focuses the header field from anywhere.
 */
export function startSearchLoader(): void {
  let loading: Promise<unknown> | undefined;
  const load = () => {
    const src = document.querySelector<HTMLElement>('[data-search-src]')?.dataset['searchSrc'];
    if (!src || loading) return;
    loading = import(/* @vite-ignore */ src).catch(() => {
      // Say so in the form's status line, and let a later focus try again.
      loading = undefined;
      for (const status of document.querySelectorAll('[data-search] [role=status]'))
        status.textContent = 'Search could not load. Check your connection, then try again.';
    });
  };

  for (const form of document.querySelectorAll('[data-search]')) form.addEventListener('focusin', load);
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing =
      target instanceof HTMLElement &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typing) return;
    const field = document.querySelector<HTMLInputElement>('[data-search] input');
    if (field) {
      event.preventDefault();
      field.focus();
    }
  });
  // This runs once the page is parsed: on /search/, and when a search field already has the focus, load now.
  if (document.querySelector('[data-search-page]') || document.activeElement?.closest('[data-search]'))
    load();
}
