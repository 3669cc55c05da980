import { type JSX, Show, createMemo, createSignal, onMount } from 'solid-js';
import { sevenDayCap } from '../store/storage-cap';
import { backupNudge } from './backup-due';
import { $autoBackup, $backupMark, autoBackupCode } from './backup-state';
import { AUTO_BACKUP_KEY, readLocal } from '../store/device-flags';
import { markBackedUp, quietNudge } from './backup-done';
import { $doc } from '../store/followup';
import { useAtom } from '../ui/use-atom';
import { loaded, loader } from '../ui/later';

const backupNowCode = loader(() => import('./backup-now'));

/**
 * The quiet line on each tool page when changes exist that no backup holds: "Last backup 12 days ago ·
 * Back up now · Not now". Never in the way of a task; the file code loads on the click. Also starts the
 * automatic backup file where one is set up, and asks again for its permission when the browser wants it.
 */
export default function BackupNudge(): JSX.Element {
  const doc = useAtom($doc);
  const mark = useAtom($backupMark);
  const auto = useAtom($autoBackup);
  const [status, setStatus] = createSignal('');
  const [capped, setCapped] = createSignal(false);
  const onDataPage = location.pathname.startsWith('/data/');
  const nudge = createMemo(() => (onDataPage ? undefined : backupNudge(doc(), mark(), new Date())));
  onMount(() => {
    // If its code cannot load, the next page tries again; meanwhile this line asks for a backup as usual.
    if (readLocal(AUTO_BACKUP_KEY) === '1')
      void autoBackupCode().then(
        (m) => m.startAutoBackup(),
        () => undefined,
      );
    void (navigator.storage?.persisted?.() ?? Promise.resolve(false)).then(
      (kept) => setCapped(sevenDayCap(kept)),
      () => setCapped(sevenDayCap()),
    );
  });

  const backUp = async () => {
    const code = await loaded(backupNowCode, setStatus);
    if (!code) return;
    const current = $doc.get();
    const done = await code.backUpNow(current);
    if (done.via === 'cancelled') return;
    markBackedUp(current);
    setStatus(
      `Backup ${done.via === 'shared' ? 'shared' : 'downloaded'}: “${done.name}”. Keep it somewhere safe.`,
    );
  };

  return (
    <div class="nudge">
      <Show when={auto().state === 'permission' && auto()}>
        <p data-testid="auto-backup-permission">
          Your backup file needs your permission again.{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => void loaded(autoBackupCode, setStatus).then((m) => m?.allowAgain())}
          >
            Allow
          </button>
        </p>
      </Show>
      <Show when={auto().state === 'failed' && !onDataPage}>
        <p data-testid="auto-backup-failed">
          Your backup file could not be written. <a href="/data/#keep-title">See Your data</a>
        </p>
      </Show>
      <Show when={nudge()}>
        {(n) => (
          <p data-testid="backup-nudge">
            {n().days === null ? 'No backup yet' : `Last backup ${n().days} days ago`} ·{' '}
            <button type="button" class="link-button" onClick={() => void backUp()}>
              Back up now
            </button>{' '}
            ·{' '}
            <button type="button" class="link-button" onClick={() => quietNudge()}>
              Not now
            </button>
            <Show when={capped()}>
              <br />
              Safari deletes this site’s data after 7 days without a visit.{' '}
              <a href="/data/#keep-title">How to keep it</a>
            </Show>
          </p>
        )}
      </Show>
      <p role="status" class="nudge-status">
        {status()}
      </p>
    </div>
  );
}
