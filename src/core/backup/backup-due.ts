/**
 * When a backup is due: whether the stored document holds changes no backup has, and when the quiet
 * "Back up now" line shows. Pure: "now" is passed in. Loaded with the nudge, not with every tool page.
 */
import { calendarDaysBetween, momentText } from '../dates';
import type { FollowUpDoc } from '../model/model';
import { hashText } from '../model/seal';
import { BACKUP_DAYS, type BackupMark, DAY, mayNudge } from './backup-mark';

/**
 * A short digest of the whole document (`hashText` over its JSON): any change to any field, a deletion
 * included, gives another one. Cheaper than keeping a copy, and no timestamp can miss a change.
 */
export const fingerprint = (doc: FollowUpDoc): string => hashText(JSON.stringify(doc));

/** Latest time anything in the document says it changed (ISO), for a mark made before fingerprints. */
function lastStamp(doc: FollowUpDoc): string {
  const stamps = [
    ...doc.interviews.map((i) => i.updatedAt),
    ...Object.values(doc.drafts).map((d) => d.updatedAt),
    ...Object.values(doc.contacts).flatMap((c) => [c.updatedAt, ...c.log.map((e) => e.on)]),
  ];
  return stamps.sort().at(-1) ?? '';
}

/** Whether the document holds anything worth keeping at all. */
const isEmpty = (doc: FollowUpDoc) =>
  doc.interviews.length === 0 &&
  Object.keys(doc.drafts).length === 0 &&
  Object.keys(doc.contacts).length === 0 &&
  !Object.values(doc.profile).some((v) => v.trim());

/** Whether the document holds changes that the last backup does not: any change of any kind. */
export function changedSinceBackup(doc: FollowUpDoc, mark: BackupMark): boolean {
  if (!mark.at) return !isEmpty(doc);
  if (mark.print) return fingerprint(doc) !== mark.print;
  return lastStamp(doc) > mark.at;
}

/** The nudge to show: how many days since the last backup (`null` when never), or `undefined` for none. */
export function backupNudge(
  doc: FollowUpDoc,
  mark: BackupMark,
  now: Date,
): { days: number | null } | undefined {
  // The time test first: the fingerprint walks the whole document, and is needed only once a week.
  if (!mayNudge(doc.interviews.length, mark, now)) return undefined;
  if (!mark.at) return { days: null };
  return changedSinceBackup(doc, mark) ? { days: calendarDaysBetween(new Date(mark.at), now) } : undefined;
}

/** The mark after a backup of `doc` at `now`; a backup also ends a "Not now". */
export const markAfterBackup = (doc: FollowUpDoc, now: Date): BackupMark => ({
  at: now.toISOString(),
  print: fingerprint(doc),
  quietUntil: '',
});

/** The mark after "Not now": quiet for seven days. */
export const markQuiet = (mark: BackupMark, now: Date): BackupMark => ({
  ...mark,
  quietUntil: new Date(now.getTime() + BACKUP_DAYS * DAY).toISOString(),
});

/** Where the backups stand, as the Data page says it: when the last was made, and whether changes came since. */
export function backupStatus(doc: FollowUpDoc, mark: BackupMark): string {
  if (!mark.at) return 'No backup yet. A backup file is the surest way to keep your interviews.';
  const since = changedSinceBackup(doc, mark)
    ? ' You have made changes since: a new backup would keep them.'
    : '';
  return `Last backup: ${momentText(new Date(mark.at))}.${since}`;
}
