/**
 * Entry of the search code, loaded on demand by the loader every page runs (src/search/loader.ts) and built as a
 * separate hashed file. It wires up every search form on the page when it arrives.
 */
import searchCss from '../styles/search.css?inline';
import { attachCombobox } from './combobox';
import { attachSearchPage } from './search-page';

// The styles of what search opens arrive with its code and apply before anything opens: the panel stays hidden
// until then (site.css). A constructed sheet needs no inline <style> for the Content-Security-Policy to allow.
const sheet = new CSSStyleSheet();
sheet.replaceSync(searchCss);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

document.querySelectorAll<HTMLFormElement>('form[data-search]').forEach(attachCombobox);
document.querySelectorAll<HTMLFormElement>('form[data-search-page]').forEach(attachSearchPage);
