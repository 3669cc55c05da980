/**
 * The one inline script every page carries, first in `<body>`: what must happen before the first paint (the
 * colour scheme). Bundled and minified at build time (src/build/page-script.ts); its hash goes into the
 * Content-Security-Policy. The rest of what every page runs is a module file (src/site/page.ts), cached
 * across pages and never holding the paint.
 */
import { applyTheme } from './theme';

applyTheme();
