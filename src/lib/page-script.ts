import { searchLoaderScript } from './search-loader';
import { themeScript } from './theme-script';

/** The one inline script every page carries (theme, then the search loader); its hash is in the CSP. */
export const pageScript = themeScript + searchLoaderScript;
