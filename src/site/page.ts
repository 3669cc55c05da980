/**
 * What every page runs once it is parsed: the colour-scheme toggle, the search loader and the offline copy.
 * A module file shared by every page (cached after the first, and never holding the first paint); what must
 * happen before that paint is the inline script (src/build/inline/page.ts).
 */
import { startSearchLoader } from '../search/loader';
import { startOffline } from './offline';
import { startThemeToggle } from './theme';

startThemeToggle();
startSearchLoader();
startOffline();
