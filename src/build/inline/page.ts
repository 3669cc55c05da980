/**
 * The one inline script every page carries, in `<head>`: colour scheme, search loader, offline. Bundled and
 * minified at build time (src/build/page-script.ts); its hash goes into the Content-Security-Policy.
 */
import { startOffline } from './offline';
import { startSearchLoader } from './search-loader';
import { startTheme } from './theme';

startTheme();
startSearchLoader();
startOffline();
