import { type JSX, Show, createEffect, createMemo, createSignal, on } from 'solid-js';
import type { Profile } from '../../core/model/model';
import { contactCard } from './vcard';
import { ensureCardUid } from './card';
import { canShareFile, download, shareFile } from '../../core/files';
import { QR_MAX_CHARS, type QrPath, qrPath } from './qr';
import { QrCode } from './QrCode';
import { joinWords } from '../../core/words';

const VCARD_TYPE = 'text/vcard';
const READY = 'Your contact card is ready below.';

export interface ContactCardViewProps {
  profile: Profile;
  /** Says what happened, in the section's status line. */
  onStatus: (message: string) => void;
}

/**
 * The contact card of the profile, kept up to date as the details change: the vCard to share or download,
 * its QR code, the email signature to copy, and, once, what is missing. Loaded on demand.
 */
export function ContactCardView(props: ContactCardViewProps): JSX.Element {
  const [qr, setQr] = createSignal<QrPath>();
  const shareable = canShareFile('card.vcf', VCARD_TYPE);
  // Made once, the first time a card is made, and kept with the data: a newer card replaces the older one.
  const uid = ensureCardUid();
  const card = createMemo(() => contactCard(props.profile, uid));
  const ready = createMemo(() => {
    const c = card();
    return c.ok ? c : undefined;
  });
  // An empty profile gets a clear message instead of a card; the status line says which.
  createEffect(
    on(
      () => {
        const c = card();
        return c.ok ? READY : c.message;
      },
      (message) => props.onStatus(message),
    ),
  );

  // The QR code follows the details as they change; a slower, older drawing never replaces a newer one.
  let drawing = 0;
  createEffect(() => {
    const text = ready()?.vcard ?? '';
    const mine = ++drawing;
    if (!text || text.length > QR_MAX_CHARS) setQr(undefined);
    else void qrPath(text).then((path) => mine === drawing && setQr(path));
  });

  const save = (c: { vcard: string; fileName: string }, message: string) => {
    download(c.fileName, c.vcard, VCARD_TYPE);
    props.onStatus(message);
  };

  const share = async (c: { vcard: string; fileName: string }) => {
    const result = await shareFile(c.fileName, c.vcard, VCARD_TYPE, 'My contact card');
    if (result === 'shared') props.onStatus('Shared your contact card.');
    else if (result === 'failed')
      save(c, `Sharing did not work here, so “${c.fileName}” was downloaded instead.`);
  };

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      props.onStatus('Copied the signature: paste it under your emails.');
    } catch {
      props.onStatus('Copying was not allowed: select the signature and copy it.');
    }
  };

  return (
    <Show when={ready()}>
      {(c) => (
        <div class="your-card" data-testid="your-card">
          <Show when={c().missing.length > 0}>
            <p class="field-hint" data-testid="card-missing">
              Your card has no {joinWords(c().missing)} yet. If you have one, add it above: the more ways an
              employer has to reach you, the sooner good news gets to you.
            </p>
          </Show>
          <div class="your-card-row">
            <Show
              when={qr()}
              fallback={
                <Show when={c().vcard.length > QR_MAX_CHARS}>
                  <p class="field-hint">Your card is too long for a QR code: share or download it instead.</p>
                </Show>
              }
            >
              {(code) => <QrCode code={code()} label="QR code of your contact card" />}
            </Show>
            <p class="notice-actions">
              <Show when={shareable}>
                <button type="button" class="button primary" onClick={() => void share(c())}>
                  Share contact card
                </button>
              </Show>
              <button
                type="button"
                class={`button ${shareable ? 'secondary' : 'primary'}`}
                onClick={() =>
                  save(
                    c(),
                    `Downloaded “${c().fileName}”: attach it to an email, or open it to add yourself to contacts.`,
                  )
                }
              >
                Download contact card (.vcf)
              </button>
            </p>
          </div>
          <div class="field">
            <label for="signature">Email signature</label>
            <textarea
              id="signature"
              readonly
              rows={c().signature.split('\n').length}
              value={c().signature}
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
          <p>
            <button type="button" class="button secondary small" onClick={() => void copy(c().signature)}>
              Copy signature
            </button>
          </p>
        </div>
      )}
    </Show>
  );
}
