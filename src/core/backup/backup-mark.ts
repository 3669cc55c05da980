/**
 * What this device remembers of its last backup (device-local, `fuk:last-backup`, not the user's data): when,
 * a fingerprint of what it held, and "Not now". Pure.
 */
import { mayNudgeStored } from './nudge-due';

/** What this device remembers of its last backup. */
export interface BackupMark {
  /** When the last backup was made (ISO), or '' when never. */
  at: string;
  /** `fingerprint()` of the document that backup holds, or '' when unknown (a backup made before it was kept). */
  print: string;
  /** Until when "Not now" quiets the nudge (ISO), or ''. */
  quietUntil: string;
}

/** No backup yet. */
export const NO_BACKUP: BackupMark = { at: '', print: '', quietUntil: '' };

export { BACKUP_DAYS, DAY } from './nudge-due';

/**
 * Whether the nudge may show, from times alone (the rest waits for the nudge's own code): not quieted by
 * "Not now", and either a backup more than seven days old or never one with two interviews or more.
 */
export function mayNudge(interviews: number, mark: BackupMark, now: Date): boolean {
  return mayNudgeStored(interviews, JSON.stringify(mark), now.getTime());
}

/**
 * Reads a stored mark, tolerating anything: its JSON, a bare ISO time (what the key held before the mark:
 * when the last backup was made, of unknown content), junk.
 */
export function readMark(raw: string): BackupMark {
  const str = (x: unknown) => (typeof x === 'string' && x.length < 64 ? x : '');
  try {
    const value = JSON.parse(raw) as Partial<BackupMark> | null;
    return { at: str(value?.at), print: str(value?.print), quietUntil: str(value?.quietUntil) };
  } catch {
    return { ...NO_BACKUP, at: Number.isNaN(Date.parse(raw)) ? '' : str(raw) };
  }
}
