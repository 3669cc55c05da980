import { type Component, type JSX, Show, createEffect, createSignal, onMount } from 'solid-js';
import {
  MAX_BACKUP_BYTES,
  type RestorePreview,
  backupFileName,
  exportBackup,
  previewRestore,
  readBackup,
} from '../../core/model/backup';
import type { FollowUpDoc } from '../../core/model/model';
import type { ChecklistItem } from '../../core/checklist-schema';
import { restoreBackup } from './restore';
import { $backupMark } from '../../core/backup/backup-state';
import { AUTO_BACKUP_KEY, readLocal } from '../../core/store/device-flags';
import { markBackedUp } from '../../core/backup/backup-done';
import { $doc } from '../../core/store/followup';
import { $keptAsideList } from '../../core/store/kept-aside';
import { Notices } from '../../core/ui/Notices';
import { CalendarFiles } from './CalendarFiles';
import { download } from '../../core/files';
import type { KeptAsideListProps } from './KeptAsideList';
import { TransferLink } from './TransferLink';
import { YourContactCard } from './YourContactCard';
import { useAtom } from '../../core/ui/use-atom';
import { later } from '../../core/ui/later';
import { changedSinceBackup } from '../../core/backup/backup-due';
import { sevenDayCap } from '../../core/store/storage-cap';
import { SafariNote } from './SafariNote';
import type { TransferOpenProps } from './TransferOpen';
import { timed } from '../../core/timed';

// Only where the browser can write a chosen file (Chromium on desktops); its code loads with it.
const AutoBackup = later<object>(() =>
  import('./AutoBackupControl').then((m) => ({ default: m.AutoBackupControl })),
);
const TransferOpen = later<TransferOpenProps>(() => import('./TransferOpen'));
const canKeepFile = typeof window !== 'undefined' && 'showSaveFilePicker' in window;

/** What the browser's answer to "keep it" means, and what to do after a refusal. */
const PERSIST_ANSWER = {
  granted:
    'The browser said yes: it keeps the site’s data unless you clear it yourself (for example by clearing this site’s data or your browsing history).',
  refused:
    'The browser said no, for now. It may still clear the site’s data when space runs low or after a while without a visit. Browsers say yes more readily to sites you visit often or install. Until then, a backup file keeps your interviews safe: download one below, and again after changes that matter.',
};

/**
 * Your data: keep it (persistent storage, backups), restore it, move it, hand over your contact card and
 * put deadlines in a calendar. `items` are the checklist items that carry a deadline.
 */
export default function DataApp(props: { items: readonly ChecklistItem[] }): JSX.Element {
  const doc = useAtom($doc);
  const mark = useAtom($backupMark);
  const [persisted, setPersisted] = createSignal<boolean | undefined>();
  const [answer, setAnswer] = createSignal<keyof typeof PERSIST_ANSWER>();
  const answerText = () => {
    const a = answer();
    return a ? PERSIST_ANSWER[a] : '';
  };
  const [error, setError] = createSignal('');
  const [transfer, setTransfer] = createSignal('');
  // Where a file is set up already, its control (and code) loads with the page; else on the first click.
  const [autoShown, setAutoShown] = createSignal(readLocal(AUTO_BACKUP_KEY) === '1');
  const [pending, setPending] = createSignal<{ doc: FollowUpDoc; preview: RestorePreview; name: string }>();
  // Data kept aside is rare: its list loads only when there is some.
  const keptAside = useAtom($keptAsideList);
  const [KeptList, setKeptList] = createSignal<Component<KeptAsideListProps>>();
  createEffect(() => {
    if (keptAside().length > 0 && !KeptList())
      void import('./KeptAsideList').then((m) => setKeptList(() => m.KeptAsideList));
  });
  onMount(() => {
    void navigator.storage?.persisted?.().then(setPersisted);
    // Opened from a transfer link: read it (its code is asked for there), then take it out of the address bar.
    if (location.hash.includes('transfer=')) {
      setTransfer(location.hash);
      history.replaceState(null, '', location.pathname);
    }
  });
  const onTransfer = (incoming: FollowUpDoc) => {
    setError('');
    setPending({ doc: incoming, preview: previewRestore(doc(), incoming), name: 'the transfer link' });
    document.getElementById('restore-title')?.scrollIntoView();
  };

  const onFile = async (file: File | undefined) => {
    setError('');
    setPending(undefined);
    if (!file) return;
    // Too large: refuse before reading it into memory.
    const text = file.size > MAX_BACKUP_BYTES ? '' : await file.text();
    // With data:apply: the work of checking a backup.
    timed('data:read', () => {
      const result = readBackup(text, file.size);
      if (!result.ok) setError(`“${file.name}”: ${result.message} Nothing was changed.`);
      else setPending({ doc: result.doc, preview: previewRestore(doc(), result.doc), name: file.name });
    });
  };

  return (
    <div class="data-app">
      <Notices />
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
        <p data-testid="backup-status">
          {mark().at
            ? `Last backup: ${new Date(mark().at).toLocaleString()}.${changedSinceBackup(doc(), mark()) ? ' You have made changes since: a new backup would keep them.' : ''}`
            : 'No backup yet. A backup file is the surest way to keep your interviews.'}
        </p>
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
                      void import('../../core/backup/auto-backup')
                        .then((m) => m.chooseFile('follow-up-kit-backup.json'))
                        .then(setAutoShown)
                    }
                  >
                    Keep a backup file up to date
                  </button>
                </p>
              </div>
            }
          >
            <AutoBackup />
          </Show>
        </Show>
      </section>

      <Show when={KeptList()}>
        {(list) => {
          const List = list();
          return (
            <List
              download={download}
              onRestore={(kept, name) => {
                setError('');
                setPending({ doc: kept, preview: previewRestore(doc(), kept), name });
                document.getElementById('restore-title')?.scrollIntoView();
              }}
              onError={(message) => {
                setPending(undefined);
                setError(message);
                document.getElementById('restore-title')?.scrollIntoView();
              }}
            />
          );
        }}
      </Show>

      <section aria-labelledby="restore-title">
        <h2 id="restore-title">Restore from a backup</h2>
        <div class="field">
          <label for="restore-file">Backup file (.json, at most 1 MB)</label>
          <input
            id="restore-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          />
        </div>
        <Show when={transfer()}>
          <TransferOpen
            fragment={transfer()}
            onOpen={onTransfer}
            onError={(message) => {
              setError(message);
              document.getElementById('restore-title')?.scrollIntoView();
            }}
          />
        </Show>
        <div role="alert">
          <Show when={error()}>
            <p class="notice warn">{error()}</p>
          </Show>
        </div>
        <Show when={pending()}>
          {(p) => (
            <div class="notice" data-testid="restore-preview">
              <p>
                <strong>{p().name.startsWith('the ') ? `T${p().name.slice(1)}` : `“${p().name}”`}</strong>{' '}
                holds {p().doc.interviews.length} interviews: {p().preview.added} new, {p().preview.updated}{' '}
                changed, {p().preview.unchanged} the same as here.
                {p().preview.onlyHere > 0 && ` ${p().preview.onlyHere} interviews here are not in it.`}
              </p>
              <p class="notice-actions">
                <button
                  type="button"
                  class="button primary"
                  onClick={() => {
                    restoreBackup(p().doc, 'merge');
                    setPending(undefined);
                  }}
                >
                  Merge: keep everything, newer wins
                </button>
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => {
                    timed('data:apply', () => {
                      restoreBackup(p().doc, 'replace');
                      setPending(undefined);
                    });
                  }}
                >
                  Replace everything
                </button>
                <button type="button" class="button secondary" onClick={() => setPending(undefined)}>
                  Cancel
                </button>
              </p>
            </div>
          )}
        </Show>
      </section>

      <TransferLink doc={doc()} />

      <YourContactCard profile={doc().profile} />

      <CalendarFiles interviews={doc().interviews} items={props.items} touches={doc()} />
    </div>
  );
}
