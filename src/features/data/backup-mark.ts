/**
 * What this device remembers of its last backup (device-local, `fuk:backup`, not the user's data), and the
 * quick test every tool page runs at load: whether a nudge may be due at all, from times alone. Pure, tiny.
 */

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

/** Days a backup counts as recent, and "Not now" lasts. */
export const BACKUP_DAYS = 7;
/** One day, in milliseconds. */
export const DAY = 86_400_000;

/**
 * Whether the nudge may show, from times alone (the rest waits for the nudge's own code): not quieted by
 * "Not now", and either a backup more than seven days old or never one with two interviews or more.
 */
export function mayNudge(interviews: number, mark: BackupMark, now: Date): boolean {
  if (mark.quietUntil && now.getTime() < Date.parse(mark.quietUntil)) return false;
  if (!mark.at) return interviews >= 2;
  return now.getTime() - Date.parse(mark.at) > BACKUP_DAYS * DAY;
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
