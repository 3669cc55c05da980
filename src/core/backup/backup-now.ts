/**
 * "Back up now" from the nudge: the backup file shared to another app on a phone (mail it to yourself,
 * save it to Files or Drive), else downloaded. Loaded on the first click.
 */
import { backupFileName, exportBackup } from '../model/backup';
import type { FollowUpDoc } from '../model/model';
import { canShareFile, download, shareFile } from '../files';

/** How the backup left: `cancelled` when the person closed the share sheet (nothing was kept). */
export type BackupOutcome = { via: 'shared' | 'downloaded'; name: string } | { via: 'cancelled' };

/** Makes the backup file of `doc` and hands it over: the share sheet on a touch screen that can share files, else a download. */
export async function backUpNow(doc: FollowUpDoc, now = new Date()): Promise<BackupOutcome> {
  const name = backupFileName(now);
  const text = exportBackup(doc, now);
  const type = 'application/json';
  // A share sheet is the phone's way to keep a file; on a desktop a download is what people expect.
  if (matchMedia('(pointer: coarse)').matches && canShareFile(name, type)) {
    const shared = await shareFile(name, text, type, 'Follow-Up Kit backup');
    if (shared === 'shared') return { via: 'shared', name };
    if (shared === 'cancelled') return { via: 'cancelled' };
  }
  download(name, text, type);
  return { via: 'downloaded', name };
}
