/**
 * The test every tool page runs at load to see whether the backup nudge may be due, from the stored mark's
 * times alone (see backup-mark.ts). Its own module, and tiny, because it ships with each tool page.
 */

/** Days a backup counts as recent, and "Not now" lasts. */
export const BACKUP_DAYS = 7;
/** One day, in milliseconds. */
export const DAY = 86_400_000;

/**
 * `mayNudge` straight from the stored text (null when none), as every tool page runs it at load: as small as
 * it can be, since it ships with each of them. Whatever cannot be read counts as no backup.
 */
export function mayNudgeStored(interviews: number, raw: string | null, now: number): boolean {
  let at: number;
  let quiet = NaN;
  try {
    const mark = JSON.parse(raw ?? '{}') as { at?: string; quietUntil?: string } | null;
    at = Date.parse(mark?.at ?? '');
    quiet = Date.parse(mark?.quietUntil ?? '');
  } catch {
    // The bare time kept before the mark.
    at = Date.parse(raw ?? '');
  }
  if (now < quiet) return false;
  return at ? now - at > BACKUP_DAYS * DAY : interviews >= 2;
}
