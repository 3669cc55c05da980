import { mergeDocs } from '../../core/model/backup';
import type { FollowUpDoc } from '../../core/model/model';
import { $doc, $undo, update } from '../../core/store/followup';

/** Puts a backup's data in place, replacing everything or merging by record; undoable. */
export function restoreBackup(incoming: FollowUpDoc, mode: 'replace' | 'merge'): void {
  const before = $doc.get();
  update((doc) => (mode === 'replace' ? incoming : mergeDocs(doc, incoming)));
  $undo.set({
    message: mode === 'replace' ? 'Replaced your data with the backup.' : 'Merged the backup into your data.',
    undo: () => {
      update(() => before);
      $undo.set(undefined);
    },
  });
}
