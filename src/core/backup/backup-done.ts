import { markAfterBackup, markQuiet } from './backup-due';
import type { FollowUpDoc } from '../model/model';
import { $backupMark } from './backup-state';

/** Remembers that `doc` was backed up now (a file downloaded, shared or written). */
export const markBackedUp = (doc: FollowUpDoc, now = new Date()) =>
  $backupMark.set(markAfterBackup(doc, now));

/** "Not now": the nudge stays quiet for seven days. */
export const quietNudge = (now = new Date()) => $backupMark.set(markQuiet($backupMark.get(), now));
