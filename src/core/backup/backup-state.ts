import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { type BackupMark, NO_BACKUP, readMark } from './backup-mark';
import { BACKUP_MARK_KEY } from '../store/device-flags';
import { loader } from '../ui/later';

/** The automatic backup file's code, loaded when a page needs it: where one is set up, or on a click. */
export const autoBackupCode = loader(() => import('./auto-backup'));

/**
 * This device's last backup (when, of what) and "Not now": device-local, so kept apart from the document. The
 * key held the bare time of the last backup before; `readMark` reads that too.
 */
export const $backupMark = persistentAtom<BackupMark>(BACKUP_MARK_KEY, NO_BACKUP, {
  encode: JSON.stringify,
  decode: readMark,
});

/** The automatic backup file, as the nudge and the Data page show it. */
export type AutoBackupState =
  | { state: 'off' }
  | { state: 'on'; wroteAt: string; name: string }
  | { state: 'permission'; name: string }
  | { state: 'failed'; name: string; message: string };

/** Where the automatic backup stands on this page; `off` until its code has looked. */
export const $autoBackup = atom<AutoBackupState>({ state: 'off' });
