/**
 * The inline loader for search. It costs a few hundred bytes at page load and fetches nothing: the search
 * code (whose URL the search form carries in `data-search-src`) and Pagefind's index load on the first focus
 * of a search field, or straight away on the /search/ page. `/` focuses the header field from anywhere.
 * If the code cannot load, the form's status line says so.
 */
export const searchLoaderScript =
  `(()=>{let p;const load=()=>{const f=document.querySelector("[data-search-src]");if(!f||p)return;` +
  `p=import(f.dataset.searchSrc).catch(()=>{p=void 0;document.querySelectorAll("[data-search] [role=status]").forEach(s=>{s.textContent="Search could not load. Check your connection, then try again."})})};` +
  `document.addEventListener("focusin",e=>{e.target instanceof Element&&e.target.closest("[data-search]")&&load()});` +
  `document.addEventListener("keydown",e=>{const t=e.target;if(e.key!=="/"||e.ctrlKey||e.metaKey||e.altKey||t instanceof HTMLElement&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;` +
  `const i=document.querySelector("[data-search] input");i&&(e.preventDefault(),i.focus())});` +
  `document.addEventListener("DOMContentLoaded",()=>{document.querySelector("[data-search-page]")&&load()})})();`;
