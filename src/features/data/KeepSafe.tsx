import { type JSX, Show, createSignal, onMount } from 'solid-js';
import { backupFileName, exportBackup } from '../../core/model/backup';
import { backupStatus } from '../../core/backup/backup-due';
import { markBackedUp } from '../../core/backup/backup-done';
import { $backupMark, autoBackupCode } from '../../core/backup/backup-state';
import { download } from '../../core/files';
import { AUTO_BACKUP_KEY, readLocal } from '../../core/store/device-flags';
import { $doc } from '../../core/store/followup';
import { sevenDayCap } from '../../core/store/storage-cap';
import { later, loaded } from '../../core/ui/later';
import { useAtom } from '../../core/ui/use-atom';
import { timed } from '../../core/timed';
import { SafariNote } from './SafariNote';

// Only where the browser can write a chosen file (Chromium on desktops); its code loads with it.
const AutoBackup = later<object>(() =>
  import('./AutoBackupControl').then((m) => ({ default: m.AutoBackupControl })),
);
const canKeepFile = typeof window !== 'undefined' && 'showSaveFilePicker' in window;

/** What the browser's answer to "keep it" means, and what to do after a refusal. */
const PERSIST_ANSWER = {
  granted:
    'The browser said yes: it keeps the site’s data unless you clear it yourself (for example by clearing this site’s data or your browsing history).',
  refused:
    'The browser said no, for now. It may still clear the site’s data when space runs low or after a while without a visit. Browsers say yes more readily to sites you visit often or install. Until then, a backup file keeps your interviews safe: download one below, and again after changes that matter.',
};

/**
 * "Keep it safe": whether the browser keeps the site's data (and asking it to), Safari's seven-day rule, the
 * last backup and a new one, and the automatic backup file where the browser can write one.
 */
export function KeepSafe(): JSX.Element {
  const doc = useAtom($doc);
  const mark = useAtom($backupMark);
  const [persisted, setPersisted] = createSignal<boolean | undefined>();
  const [answer, setAnswer] = createSignal<keyof typeof PERSIST_ANSWER>();
  const answerText = () => {
    const a = answer();
    return a ? PERSIST_ANSWER[a] : '';
  };
  // Where a file is set up already, its control (and code) loads with the page; else on the first click.
  const [autoShown, setAutoShown] = createSignal(readLocal(AUTO_BACKUP_KEY) === '1');
  const [fileNote, setFileNote] = createSignal('');
  onMount(() => void navigator.storage?.persisted?.().then(setPersisted));

  return (
    <section aria-labelledby="keep-title">
      <h2 id="keep-title">Keep it safe</h2>
      <p>
        <Show
          when={persisted()}
          fallback="This browser may clear the site's data when space runs low or after a while without a visit (Safari does after seven days)."
        >
          This browser has agreed to keep the site's data until you delete it.
        </Show>
      </p>
      <Show when={persisted() === false && navigator.storage?.persist}>
        <p>
          <button
            type="button"
            class="button secondary"
            onClick={() =>
              void navigator.storage.persist().then(
                (granted) => {
                  setPersisted(granted);
                  setAnswer(granted ? 'granted' : 'refused');
                },
                () => setAnswer('refused'),
              )
            }
          >
            {answer() === 'refused' ? 'Ask the browser again' : 'Ask the browser to keep it'}
          </button>
        </p>
      </Show>
      <p role="status" class="card-status" data-testid="persist-answer">
        {answerText()}
      </p>
      <Show when={persisted() !== undefined && sevenDayCap(persisted())}>
        <SafariNote />
      </Show>
      <p data-testid="backup-status">{backupStatus(doc(), mark())}</p>
      <p>
        <button
          type="button"
          class="button primary"
          onClick={() => {
            timed('data:backup', () => {
              const now = new Date();
              download(backupFileName(now), exportBackup(doc(), now), 'application/json');
              markBackedUp(doc(), now);
            });
          }}
        >
          Download a backup
        </button>
      </p>
      <Show when={canKeepFile}>
        <Show
          when={autoShown()}
          fallback={
            <div class="auto-backup">
              <p>
                This browser can keep a backup file up to date by itself: choose where once, and it is
                rewritten after your changes, at most once a minute.
              </p>
              <p>
                <button
                  type="button"
                  class="button secondary"
                  onClick={() =>
                    // The file code loads on this click; the picker still counts it as the user's.
                    void loaded(autoBackupCode, setFileNote).then(
                      async (m) => m && setAutoShown(await m.chooseFile('follow-up-kit-backup.json')),
                    )
                  }
                >
                  Keep a backup file up to date
                </button>
              </p>
              <p role="status">{fileNote()}</p>
            </div>
          }
        >
          <AutoBackup />
        </Show>
      </Show>
    </section>
  );
}
