import { mergeDocs, undoRestore } from '../../core/model/backup';
import type { FollowUpDoc } from '../../core/model/model';
import { $doc, $undo, update } from '../../core/store/followup';

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
