/**
 * Entry of the search code, loaded on demand by the inline loader (src/inline/search-loader.ts) and built as a
 * separate hashed file. It wires up every search form on the page when it arrives.
 */
import { attachCombobox } from './combobox';
import { attachSearchPage } from './search-page';

document.querySelectorAll<HTMLFormElement>('form[data-search]').forEach(attachCombobox);
document.querySelectorAll<HTMLFormElement>('form[data-search-page]').forEach(attachSearchPage);
