import { useAtom } from './use-atom';
import { type JSX, Show, createMemo, onCleanup } from 'solid-js';
import { $keptAside, dismissKeptAside } from '../store/followup';
import { $saveState } from '../store/safe-storage';

/**
 * Warnings about saving (storage blocked or full, each with what to do) and about unreadable data kept aside.
 * Rare, so loaded only when there is one to show (Notices).
 */
export default function StorageNotices(): JSX.Element {
  const saveState = useAtom($saveState);
  const keptAside = useAtom($keptAside);
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
      <Show when={saveState() !== 'saved'}>
        <p class="notice warn" data-testid="save-warning">
          <strong>Your changes are not being saved.</strong>{' '}
          {saveState() === 'full' ? (
            <>
              This browser’s storage for the site is full. Everything still works while this tab stays open.
              Download a backup from <a href="/data/">Your data</a> now, then make room: delete interviews you
              no longer need, or clear other sites’ data in the browser’s settings.
            </>
          ) : (
            <>
              This browser is blocking storage for the site (a private window, or cookies turned off), so your
              data stays in this tab only and is gone when you close it. Download a backup from{' '}
              <a href="/data/">Your data</a> before you close it, or allow storage for this site.
            </>
          )}
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
              <a class="button secondary" href={downloadUrl()} download="follow-up-kit-unreadable-data.json">
                Download the unreadable data
              </a>
              <button type="button" class="button secondary" onClick={dismissKeptAside}>
                Dismiss
              </button>
            </p>
          </div>
        )}
      </Show>
    </>
  );
}
