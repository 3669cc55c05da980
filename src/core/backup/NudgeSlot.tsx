import { type JSX, Show } from 'solid-js';
import { mayNudgeStored } from './nudge-due';
import { AUTO_BACKUP_KEY, BACKUP_MARK_KEY, readLocal } from '../store/device-flags';
import { $doc } from '../store/followup';
import { later } from '../ui/later';
import { useAtom } from '../ui/use-atom';

const BackupNudge = later(() => import('./BackupNudge'));

/**
 * Where the backup nudge goes on every tool page. What loads with the page is only the test of times; the
 * nudge's code (the whole-document check, the line, the file code) loads when one may be due, or where an
 * automatic backup file is set up.
 */
export function NudgeSlot(): JSX.Element {
  const doc = useAtom($doc);
  // Read once: the nudge's own code follows the mark as it changes.
  const raw = readLocal(BACKUP_MARK_KEY);
  const auto = readLocal(AUTO_BACKUP_KEY) === '1';
  // Once drawn it stays for the page, so that its "Backup downloaded" is heard after the line goes.
  let shown = false;
  const due = () => (shown ||= auto || mayNudgeStored(doc().interviews.length, raw, Date.now()));
  return (
    <Show when={due()}>
      <BackupNudge />
    </Show>
  );
}
