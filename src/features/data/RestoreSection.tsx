import { type JSX, Show, createEffect, on } from 'solid-js';
import { previewText } from '../../core/model/backup';
import { later } from '../../core/ui/later';
import { useAtom } from '../../core/ui/use-atom';
import { $restore, acceptRestore, cancelRestore, offerFile, offerRestore, refuseRestore } from './restore';
import type { TransferOpenProps } from './TransferOpen';

const TransferOpen = later<TransferOpenProps>(() => import('./TransferOpen'));

/**
 * Restore from a backup: choose a file, or open the transfer link the page was opened with; what was read is
 * shown with what it would change, to merge, put in place of everything, or leave.
 */
export function RestoreSection(props: { transfer: string }): JSX.Element {
  const restore = useAtom($restore);
  let heading: HTMLHeadingElement | undefined;
  // Data offered or refused from elsewhere on the page: show it where it is decided.
  createEffect(
    on(
      () => restore().reveal,
      () => heading?.scrollIntoView(),
      { defer: true },
    ),
  );

  return (
    <section aria-labelledby="restore-title">
      <h2 id="restore-title" ref={(el) => (heading = el)}>
        Restore from a backup
      </h2>
      <div class="field">
        <label for="restore-file">Backup file (.json, at most 1 MB)</label>
        <input
          id="restore-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void offerFile(e.currentTarget.files?.[0])}
        />
      </div>
      <Show when={props.transfer}>
        <TransferOpen
          fragment={props.transfer}
          onOpen={(incoming) => offerRestore(incoming, 'the transfer link')}
          onError={(message) => refuseRestore(message, { keepOffer: true })}
        />
      </Show>
      <div role="alert">
        <Show when={restore().error}>
          <p class="notice warn">{restore().error}</p>
        </Show>
      </div>
      <Show when={restore().offer}>
        {(offer) => (
          <div class="notice" data-testid="restore-preview">
            <p>{previewText(offer().name, offer().doc, offer().preview)}</p>
            <p class="notice-actions">
              <button type="button" class="button primary" onClick={() => acceptRestore('merge')}>
                Merge: keep everything, newer wins
              </button>
              <button type="button" class="button secondary" onClick={() => acceptRestore('replace')}>
                Replace everything
              </button>
              <button type="button" class="button secondary" onClick={cancelRestore}>
                Cancel
              </button>
            </p>
          </div>
        )}
      </Show>
    </section>
  );
}
