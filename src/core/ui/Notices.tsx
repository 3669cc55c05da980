import { useAtom } from './use-atom';
import { type JSX, Show } from 'solid-js';
import { $keptAside, $undo } from '../store/followup';
import { $saveState } from '../store/safe-storage';
import { later } from './later';
import { NudgeSlot } from '../backup/NudgeSlot';

const StorageNotices = later(() => import('./StorageNotices'));

/** Warnings about saving and unreadable data kept aside (their code loads when needed), the backup nudge, and the undo of the last deletion. */
export function Notices(): JSX.Element {
  const saveState = useAtom($saveState);
  const keptAside = useAtom($keptAside);
  const undo = useAtom($undo);

  return (
    <>
      <div role="alert" class="notices">
        <Show when={saveState() !== 'saved' || keptAside()}>
          <StorageNotices />
        </Show>
      </div>
      <NudgeSlot />
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
