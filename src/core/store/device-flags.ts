/** Device-local keys read at load by every tool page, outside the stored document. */

/** Set while an automatic backup file is set up on this device, so its code loads with each tool page. */
export const AUTO_BACKUP_KEY = 'fuk:auto-backup';

/** Where this device remembers its last backup (see core/backup/backup-mark.ts). */
export const BACKUP_MARK_KEY = 'fuk:last-backup';

/** A device-local value, or null where storage is blocked. */
export function readLocal(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
