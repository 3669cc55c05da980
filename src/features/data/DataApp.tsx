import { type JSX, Show, createSignal, onMount } from 'solid-js';
import {
  MAX_BACKUP_BYTES,
  type RestorePreview,
  previewRestore,
  previewText,
  readBackup,
} from '../../core/model/backup';
import type { FollowUpDoc } from '../../core/model/model';
import type { ChecklistItem } from '../../core/checklist-schema';
import { restoreBackup } from './restore';
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
import { KeepSafe } from './KeepSafe';
import type { TransferOpenProps } from './TransferOpen';
import { timed, timedSince } from '../../core/timed';

const TransferOpen = later<TransferOpenProps>(() => import('./TransferOpen'));
/** Data kept aside is rare: its list loads only when there is some. */
const KeptList = later<KeptAsideListProps>(() =>
  import('./KeptAsideList').then((m) => ({ default: m.KeptAsideList })),
);

/**
 * Your data: keep it (persistent storage, backups), restore it, move it, hand over your contact card and
 * put deadlines in a calendar. `items` are the checklist items that carry a deadline.
 */
export default function DataApp(props: { items: readonly ChecklistItem[] }): JSX.Element {
  const doc = useAtom($doc);
  const [error, setError] = createSignal('');
  const [transfer, setTransfer] = createSignal('');
  const [pending, setPending] = createSignal<{ doc: FollowUpDoc; preview: RestorePreview; name: string }>();
  const keptAside = useAtom($keptAsideList);
  onMount(() => {
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
    const start = performance.now();
    const result = await readBackup(text, file.size);
    if (!result.ok) setError(`“${file.name}”: ${result.message} Nothing was changed.`);
    else setPending({ doc: result.doc, preview: previewRestore(doc(), result.doc), name: file.name });
    timedSince('data:read', start);
  };

  return (
    <div class="data-app">
      <Notices />
      <KeepSafe />

      <Show when={keptAside().length > 0}>
        <KeptList
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
              <p>{previewText(p().name, p().doc, p().preview)}</p>
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
