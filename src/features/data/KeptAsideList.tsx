import { type JSX, For, Show } from 'solid-js';
import { momentText } from '../../core/dates';
import { localDay } from '../../core/local-dates';
import { sizeText } from '../../core/words';
import type { FollowUpDoc } from '../../core/model/model';
import {
  $keptAsideList,
  type KeptAsideEntry,
  deleteKeptAside,
  readKeptAside,
} from '../../core/store/kept-aside';
import { useAtom } from '../../core/ui/use-atom';

export interface KeptAsideListProps {
  /** Download a text as a file. */
  download: (name: string, text: string, type: string) => void;
  /** Hands readable data to the restore preview (replace or merge), under a name for it. */
  onRestore: (doc: FollowUpDoc, name: string) => void;
  /** Says why a copy could not be restored. */
  onError: (message: string) => void;
}

const whenText = (entry: KeptAsideEntry) =>
  entry.keptAt ? `Kept aside on ${momentText(new Date(entry.keptAt))}` : 'Kept aside';
/** `follow-up-kit-unreadable-data-2026-11-27.json`, dated as the user's calendar had it when it was kept aside. */
const fileName = (entry: KeptAsideEntry) =>
  `follow-up-kit-unreadable-data-${entry.keptAt ? localDay(new Date(entry.keptAt)) : 'undated'}.json`;

/**
 * Data that could not be read, kept aside: listed until the user downloads, restores or deletes it. Loaded by
 * "Your data" only when there is some.
 */
export function KeptAsideList(props: KeptAsideListProps): JSX.Element {
  const entries = useAtom($keptAsideList);
  return (
    <Show when={entries().length > 0}>
      <section aria-labelledby="kept-title" data-testid="kept-aside-list">
        <h2 id="kept-title">Data that could not be read</h2>
        <p>
          This browser holds saved data that the site could not read when it found it. It was kept aside,
          untouched. Download it to keep it or to ask for help, try to restore it (this version of the site
          may read it), or delete it when you no longer need it.
        </p>
        <ul class="plain-list">
          <For each={entries()}>
            {(entry) => (
              <li class="notice" data-testid="kept-aside-entry">
                <p>
                  <strong>{whenText(entry)}</strong>, {sizeText(entry.bytes)}.{' '}
                  {entry.problem || 'This version of the site can read it: try to restore it.'}
                </p>
                <Show when={entry.detail}>
                  <p class="notice-detail">Details: {entry.detail}</p>
                </Show>
                <p class="notice-actions">
                  <button
                    type="button"
                    class="button secondary small"
                    aria-label={`Download the data ${whenText(entry).toLowerCase()}`}
                    onClick={() => props.download(fileName(entry), entry.raw, 'application/json')}
                  >
                    Download
                  </button>
                  <button
                    type="button"
                    class="button secondary small"
                    aria-label={`Try to restore the data ${whenText(entry).toLowerCase()}`}
                    onClick={async () => {
                      const result = await readKeptAside(entry.key);
                      const name = `the data ${whenText(entry).toLowerCase()}`;
                      if (result.ok) props.onRestore(result.doc, name);
                      else props.onError(`${whenText(entry)}: ${result.message} Nothing was changed.`);
                    }}
                  >
                    Try to restore
                  </button>
                  <button
                    type="button"
                    class="button secondary small"
                    aria-label={`Delete the data ${whenText(entry).toLowerCase()}`}
                    onClick={() => deleteKeptAside(entry.key)}
                  >
                    Delete
                  </button>
                </p>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
