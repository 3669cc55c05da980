/**
 * Restoring data: a backup file, a transfer link or data kept aside is read, offered with what it would
 * change, then merged or put in place of everything, undoably. The restore panel only shows `$restore`.
 */
import { atom } from 'nanostores';
import {
  MAX_BACKUP_BYTES,
  type RestorePreview,
  mergeDocs,
  previewRestore,
  readBackup,
  undoRestore,
} from '../../core/model/backup';
import type { FollowUpDoc } from '../../core/model/model';
import { $doc, $undo, update } from '../../core/store/followup';
import { timed, timedSince } from '../../core/timed';

/** Data read and waiting for the user's choice, with what it would change here. */
export interface RestoreOffer {
  doc: FollowUpDoc;
  preview: RestorePreview;
  /** Where it came from, as the preview says it: a file's name, "the transfer link". */
  name: string;
}

/**
 * The restore panel: the data on offer, or why the last data could not be read. `reveal` counts the times
 * something elsewhere on the page (a transfer link, data kept aside) asked the panel to come into view.
 */
export const $restore = atom<{ offer?: RestoreOffer; error: string; reveal: number }>({
  error: '',
  reveal: 0,
});

/** Data read, on offer with what it would change in the data here. */
const offerOf = (doc: FollowUpDoc, name: string): RestoreOffer => ({
  doc,
  preview: previewRestore($doc.get(), doc),
  name,
});

/** Offers data read elsewhere on the page (a transfer link, data kept aside), and brings the panel into view. */
export function offerRestore(incoming: FollowUpDoc, name: string): void {
  $restore.set({ offer: offerOf(incoming, name), error: '', reveal: $restore.get().reveal + 1 });
}

/**
 * Says why data could not be read, bringing the panel into view. A transfer link that failed keeps what was
 * already on offer (`keepOffer`); data kept aside that failed replaces it.
 */
export function refuseRestore(message: string, { keepOffer = false } = {}): void {
  const { offer, reveal } = $restore.get();
  $restore.set({ ...(keepOffer && offer && { offer }), error: message, reveal: reveal + 1 });
}

/** Reads a chosen backup file and offers it, or says why it cannot be read; nothing changes either way. */
export async function offerFile(file: File | undefined): Promise<void> {
  const { reveal } = $restore.get();
  $restore.set({ error: '', reveal });
  if (!file) return;
  // Too large: refuse before reading it into memory.
  const text = file.size > MAX_BACKUP_BYTES ? '' : await file.text();
  // With data:apply: the work of checking a backup.
  const start = performance.now();
  const result = await readBackup(text, file.size);
  if (!result.ok) $restore.set({ error: `“${file.name}”: ${result.message} Nothing was changed.`, reveal });
  else $restore.set({ offer: offerOf(result.doc, file.name), error: '', reveal });
  timedSince('data:read', start);
}

/** Takes the offer back: nothing changes. */
export const cancelRestore = (): void => $restore.set({ error: '', reveal: $restore.get().reveal });

/** Puts a backup's data in place, replacing everything or merging by record; undoable (see `undoRestore`). */
export function restoreBackup(incoming: FollowUpDoc, mode: 'replace' | 'merge'): void {
  let before = $doc.get();
  let after = before;
  update((doc) => {
    before = doc;
    after = mode === 'replace' ? incoming : mergeDocs(doc, incoming);
    return after;
  });
  $undo.set({
    message: mode === 'replace' ? 'Replaced your data with the backup.' : 'Merged the backup into your data.',
    // What changed since, in this tab or another, stays: the undo takes back only what the restore did.
    undo: () => {
      update((now) => undoRestore(before, after, now));
      $undo.set(undefined);
    },
  });
}

/** Restores the data on offer, merged or in place of everything, and closes the offer. */
export function acceptRestore(mode: 'replace' | 'merge'): void {
  const { offer } = $restore.get();
  if (!offer) return;
  const apply = () => {
    restoreBackup(offer.doc, mode);
    cancelRestore();
  };
  if (mode === 'replace') timed('data:apply', apply);
  else apply();
}
