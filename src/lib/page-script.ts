import { offlineScript } from './offline-script';
import { searchLoaderScript } from './search-loader';
import { themeScript } from './theme-script';

/** The one inline script every page carries (theme, search loader, offline); its hash is in the CSP. */
export const pageScript = themeScript + searchLoaderScript + offlineScript;
