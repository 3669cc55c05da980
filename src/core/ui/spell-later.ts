import { loader } from './later';

/** The letter-by-letter spelling dialog (spell-dialog.ts), loaded the first time a name is checked. */
export const spellDialog = loader(() => import('./spell-dialog'));
