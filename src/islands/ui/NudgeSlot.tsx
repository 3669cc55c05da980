import { type JSX, Show, createMemo } from 'solid-js';
import { mayNudge } from '../../features/data/backup-mark';
import { $backupMark, autoBackupSetUp } from '../../stores/backup-mark';
import { $doc } from '../../stores/followup';
import { later } from './later';
import { useAtom } from './use-atom';

const BackupNudge = later(() => import('./BackupNudge'));

/**
 * Where the backup nudge goes on every tool page. What loads with the page is only the test of times; the
 * nudge's code (the whole-document check, the line, the file code) loads when one may be due, or where an
 * automatic backup file is set up.
 */
export function NudgeSlot(): JSX.Element {
  const doc = useAtom($doc);
  const mark = useAtom($backupMark);
  const auto = autoBackupSetUp();
  // Once drawn it stays for the page, so that its "Backup downloaded" is heard after the line goes.
  const due = createMemo<boolean>(
    (was) => was || auto || mayNudge(doc().interviews.length, mark(), new Date()),
    false,
  );
  return (
    <Show when={due()}>
      <BackupNudge />
    </Show>
  );
}
