import { type JSX, Show, createMemo, createSignal, onCleanup } from 'solid-js';

interface NoteActionsProps {
  subject: string;
  body: string;
  mailto: { href: string; tooLong: boolean };
  hasAddress: boolean;
  canMark: boolean;
  onMarkSent: () => void;
}

/** Copy, open in the email app, download, and mark as sent; each result is announced. */
export function NoteActions(props: NoteActionsProps): JSX.Element {
  const [status, setStatus] = createSignal('');
  const [manual, setManual] = createSignal(false);
  let fallback: HTMLTextAreaElement | undefined;
  const text = () => `Subject: ${props.subject}\n\n${props.body}\n`;
  const fileUrl = createMemo((prev?: string) => {
    if (prev) URL.revokeObjectURL(prev);
    return URL.createObjectURL(new Blob([text()], { type: 'text/plain;charset=utf-8' }));
  });
  onCleanup(() => URL.revokeObjectURL(fileUrl()));

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setManual(false);
      setStatus('Copied the note to the clipboard.');
    } catch {
      // The browser refused: offer the text selected, to copy by hand.
      setManual(true);
      setStatus(
        'Your browser did not allow copying. The note is selected below: press Ctrl+C (or ⌘+C) to copy it.',
      );
      queueMicrotask(() => {
        fallback?.focus();
        fallback?.select();
      });
    }
  };

  return (
    <div class="note-actions">
      <p class="card-actions">
        <button type="button" class="button primary" onClick={() => void copy()}>
          Copy note
        </button>
        <Show
          when={!props.mailto.tooLong}
          fallback={
            <span class="field-hint">This note is too long to open in some email apps: copy it instead.</span>
          }
        >
          <a class="button secondary" href={props.mailto.href}>
            Open in email app
          </a>
        </Show>
        <a class="button secondary" href={fileUrl()} download="thank-you-note.txt">
          Download as text
        </a>
        <Show when={props.canMark}>
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              props.onMarkSent();
              setStatus('Marked as sent in your checklist.');
            }}
          >
            Mark as sent
          </button>
        </Show>
      </p>
      <Show when={!props.hasAddress && !props.mailto.tooLong}>
        <p class="field-hint">
          No email address recorded for the recipient: your email app will ask for one.
        </p>
      </Show>
      <p role="status" class="note-status">
        {status()}
      </p>
      <Show when={manual()}>
        <label class="field">
          <span>Note to copy</span>
          <textarea ref={(el) => (fallback = el)} readonly rows={8} value={text()} />
        </label>
      </Show>
    </div>
  );
}
