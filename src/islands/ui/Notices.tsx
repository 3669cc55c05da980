import { useAtom } from './use-atom';
import { type JSX, Show, createMemo, onCleanup } from 'solid-js';
import { $keptAside, $undo, dismissKeptAside } from '../../stores/followup';
import { $saveState } from '../../stores/safe-storage';

/** Warnings about saving, unreadable data kept aside, and the undo of the last deletion. */
export function Notices(): JSX.Element {
  const saveState = useAtom($saveState);
  const keptAside = useAtom($keptAside);
  const undo = useAtom($undo);
  const downloadUrl = createMemo(() => {
    const kept = keptAside();
    return kept ? URL.createObjectURL(new Blob([kept.raw], { type: 'application/json' })) : undefined;
  });
  onCleanup(() => {
    const url = downloadUrl();
    if (url) URL.revokeObjectURL(url);
  });

  return (
    <>
      <div role="alert" class="notices">
        <Show when={saveState() !== 'saved'}>
          <p class="notice warn" data-testid="save-warning">
            <strong>Your changes are not being saved.</strong>{' '}
            {saveState() === 'full'
              ? 'This browser’s storage for the site is full.'
              : 'This browser is blocking storage for the site (a private window, or cookies turned off).'}{' '}
            Everything still works while this tab stays open; nothing you type is lost until you close it.
          </p>
        </Show>
        <Show when={keptAside()}>
          {(kept) => (
            <div class="notice warn" data-testid="kept-aside">
              <p>
                <strong>{kept().message}</strong> It has been kept aside, untouched, and the checklist has
                started empty. You can download the saved data to keep it or to ask for help.
              </p>
              <p class="notice-detail">Details: {kept().detail}</p>
              <p class="notice-actions">
                <a
                  class="button secondary"
                  href={downloadUrl()}
                  download="follow-up-kit-unreadable-data.json"
                >
                  Download the unreadable data
                </a>
                <button type="button" class="button secondary" onClick={dismissKeptAside}>
                  Dismiss
                </button>
              </p>
            </div>
          )}
        </Show>
      </div>
      <div role="status" class="undo-bar">
        <Show when={undo()}>
          {(u) => (
            <p class="notice toast">
              <span>{u().message}</span>
              <button type="button" class="button secondary small" onClick={() => u().undo()}>
                Undo
              </button>
              <button
                type="button"
                class="button quiet small"
                aria-label="Dismiss"
                onClick={() => $undo.set(undefined)}
              >
                ✕
              </button>
            </p>
          )}
        </Show>
      </div>
    </>
  );
}
