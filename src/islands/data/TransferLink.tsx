import { type JSX, Show, createSignal } from 'solid-js';
import type { FollowUpDoc } from '../../lib/model';
import { QR_MAX_CHARS, type QrPath, qrPath } from './qr';
import { QrCode } from './QrCode';

/** Creates a link that carries all the data in its #fragment, to open on another device; with a QR code when it fits. */
export function TransferLink(props: { doc: FollowUpDoc }): JSX.Element {
  const [link, setLink] = createSignal('');
  const [qr, setQr] = createSignal<QrPath>();
  const [status, setStatus] = createSignal('');

  const create = async () => {
    // Loaded on first use: the page needs none of it until then.
    const { encodeTransfer } = await import('../../lib/transfer');
    const url = `${location.origin}/data/#${await encodeTransfer(props.doc)}`;
    setLink(url);
    setQr(url.length <= QR_MAX_CHARS ? await qrPath(url) : undefined);
    setStatus(
      url.length <= QR_MAX_CHARS
        ? 'Link ready: scan the code with the other device, or copy the link.'
        : 'Link ready. It is too long for a QR code: copy it and send it to yourself.',
    );
  };

  return (
    <section aria-labelledby="move-title">
      <h2 id="move-title">Move to another device</h2>
      <p>
        A transfer link carries all your data inside the address, after the <code>#</code>, a part browsers
        never send to any server. Open it on the other device: you will see what it holds before anything
        changes there. Anyone with the link can read it, so send it only to yourself.
      </p>
      <p>
        <button type="button" class="button secondary" onClick={() => void create()}>
          Create a transfer link
        </button>
      </p>
      <p role="status">{status()}</p>
      <Show when={link()}>
        <div class="field">
          <label for="transfer-link">Transfer link</label>
          <input
            id="transfer-link"
            type="text"
            readonly
            value={link()}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
        <p>
          <button
            type="button"
            class="button secondary small"
            onClick={() =>
              void navigator.clipboard.writeText(link()).then(
                () => setStatus('Copied the transfer link.'),
                () => setStatus('Copying was not allowed: select the link above and copy it.'),
              )
            }
          >
            Copy link
          </button>
        </p>
        <Show when={qr()}>{(code) => <QrCode code={code()} label="QR code of the transfer link" />}</Show>
      </Show>
    </section>
  );
}
