import { type JSX, Show, createSignal, onMount } from 'solid-js';
import type { FollowUpDoc } from '../../core/model/model';
import { timedSince } from '../../core/timed';
import { loaded, loader } from '../../core/ui/later';

const transferCode = loader(() => import('./transfer'));

/** The props of TransferOpen. */
export interface TransferOpenProps {
  /** The address fragment that carried the transfer (already taken out of the address bar). */
  fragment: string;
  /** The link opened: preview its data before anything changes. */
  onOpen: (doc: FollowUpDoc) => void;
  /** The link cannot be opened, whatever the code: say why. */
  onError: (message: string) => void;
}

/**
 * Opens a transfer link: an older, unsealed one at once; a sealed one once its code is typed. A wrong code
 * says so and changes nothing; the person can type it again. Loaded only when the page opens with a link.
 */
export default function TransferOpen(props: TransferOpenProps): JSX.Element {
  const [asking, setAsking] = createSignal(false);
  const [wrong, setWrong] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  /** Why the link could not be read yet (its code did not load), with a Retry. */
  const [failed, setFailed] = createSignal('');
  let input: HTMLInputElement | undefined;

  const open = async (code?: string) => {
    setBusy(true);
    setFailed('');
    const start = performance.now();
    const transfer = await loaded(transferCode, setFailed);
    if (!transfer) {
      setBusy(false);
      return;
    }
    const result = await transfer.decodeTransfer(props.fragment, code);
    // Read by the tests too: the work of reading the link, refused or not.
    timedSince('data:transfer', start);
    setBusy(false);
    if (result.ok) {
      setAsking(false);
      props.onOpen(result.doc);
    } else if ('code' in result) {
      setWrong(result.code === 'wrong' ? result.message : '');
      setAsking(true);
      input?.focus();
    } else props.onError(`The transfer link: ${result.message} Nothing was changed.`);
  };
  onMount(() => void open());

  return (
    <>
      <Show when={failed()}>
        <p class="notice warn load-failed" role="alert">
          {failed()}{' '}
          <button
            type="button"
            class="button secondary small"
            onClick={() => void open(asking() ? (input?.value ?? '') : undefined)}
          >
            Retry
          </button>
        </p>
      </Show>
      <Show when={asking()}>
        <form
          class="notice transfer-open"
          data-testid="transfer-open"
          onSubmit={(e) => {
            e.preventDefault();
            void open(input?.value ?? '');
          }}
        >
          <p>
            <strong>This transfer link is locked.</strong> Type the code of four words shown on the device
            that made it.
          </p>
          <div class="field">
            <label for="transfer-code">Code from the other device</label>
            <input
              id="transfer-code"
              ref={(el) => (input = el)}
              type="text"
              autocomplete="off"
              autocapitalize="none"
              spellcheck={false}
              aria-invalid={wrong() ? 'true' : undefined}
              aria-describedby="transfer-code-error"
            />
          </div>
          <p id="transfer-code-error" role="alert" class="field-hint">
            {wrong() ? `${wrong()} Nothing was changed.` : ''}
          </p>
          <p>
            <button type="submit" class="button primary" disabled={busy()}>
              {busy() ? 'Opening…' : 'Open the link'}
            </button>
          </p>
        </form>
      </Show>
    </>
  );
}
