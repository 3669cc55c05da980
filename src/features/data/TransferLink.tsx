import { type JSX, Show, createSignal } from 'solid-js';
import type { FollowUpDoc } from '../../core/model/model';
import { QR_MAX_CHARS, type QrPath, qrPath } from './qr';
import { QrCode } from './QrCode';
import { loaded, loader } from '../../core/ui/later';

const transferCode = loader(() => import('./transfer'));

/**
 * Creates a link that carries all the data in its #fragment, sealed under a code of words shown here, to open on
 * another device; with a QR code of the link when it fits (the code is typed by hand).
 */
export function TransferLink(props: { doc: FollowUpDoc }): JSX.Element {
  const [link, setLink] = createSignal('');
  const [qr, setQr] = createSignal<QrPath>();
  const [status, setStatus] = createSignal('');
  const [code, setCode] = createSignal('');

  const create = async () => {
    // Loaded on first use: the page needs none of it until then.
    const code = await loaded(transferCode, setStatus);
    if (!code) return;
    const sealed = await code.sealTransfer(props.doc);
    const url = `${location.origin}/data/#${sealed.fragment}`;
    setLink(url);
    setCode(sealed.code);
    const fits = url.length <= QR_MAX_CHARS;
    const drawn = fits ? await qrPath(url) : undefined;
    setQr(drawn);
    const how = drawn
      ? 'Link ready: scan the QR code with the other device, or copy the link.'
      : fits
        ? 'Link ready: copy it and send it to yourself.'
        : 'Link ready. It is too long for a QR code: copy it and send it to yourself.';
    setStatus(`${how} Its code is: ${sealed.code}.`);
  };

  return (
    <section aria-labelledby="move-title">
      <h2 id="move-title">Move to another device</h2>
      <p>
        A transfer link carries all your data inside the address, after the <code>#</code>, a part browsers
        never send to any server, locked with a code of four words that is shown here and is not in the link.
        Send the link to yourself (a chat or an email is fine), open it on the other device and type the code
        there: you will see what it holds before anything changes.
      </p>
      <p>
        <button type="button" class="button secondary" onClick={() => void create()}>
          Create a transfer link
        </button>
      </p>
      <p role="status">{status()}</p>
      <Show when={link()}>
        <p class="transfer-code">
          Code to type on the other device: <strong data-testid="transfer-code">{code()}</strong>
          <br />
          <span class="field-hint">Keep it out of the message that carries the link.</span>
        </p>
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
