import { type JSX, Show, createEffect, createMemo, createSignal, on, onCleanup } from 'solid-js';
import { later } from '../../core/ui/later';
import { type NoteLog, type SendTarget, nextRecipient, sendNote, unsendNote } from './sending';
import type { Note, Recipient } from './compose';
import { buildMailto, isPlausibleEmail } from '../../core/mailto';
import type { Draft, Interview, SentVia } from '../../core/model/model';
import type { ChecklistItem } from '../../core/checklist-schema';
import type { Situation } from './situation-schema';
import { noteFileName } from './labels';

/** Shown once a note is sent: loaded then. */
const SentState = later(() => import('./SentState'));

interface NoteActionsProps {
  note: Note;
  situation: Situation;
  recipient: Recipient | undefined;
  /** Which note is shown: a status message is only shown with the note it is about. */
  statusKey: string;
  /** When and how this note was sent, if it was. */
  sent: { at: string; via: SentVia } | undefined;
  /** The interview and the checklist's items, to lead on to the next person this note is owed to. */
  interview: Interview | undefined;
  items: readonly ChecklistItem[];
  /** Where sending it is recorded, when it is for a saved person. */
  target: SendTarget | undefined;
  /** The draft as shown: the one sent. */
  draft: Draft;
  /** For a note sent again and again: how it is logged with the person. */
  log: NoteLog | undefined;
  onNext: (recipientId: string) => void;
}

/**
 * Copy, open in the email app, download: each records the note as sent (or "Mark as sent" for another way),
 * then the sent state leads on. Every result is announced.
 */
export default function NoteActions(props: NoteActionsProps): JSX.Element {
  const [status, setStatus] = createSignal('');
  const [manual, setManual] = createSignal(false);
  // A message is about the note it was said of: another note starts silent.
  createEffect(
    on(
      () => props.statusKey,
      () => {
        setStatus('');
        setManual(false);
      },
      { defer: true },
    ),
  );
  let fallback: HTMLTextAreaElement | undefined;
  let copyButton: HTMLButtonElement | undefined;
  const text = () => `Subject: ${props.note.subject}\n\n${props.note.body}\n`;
  const mailto = () =>
    buildMailto({ to: props.recipient?.email ?? '', subject: props.note.subject, body: props.note.body });
  const fileName = () => noteFileName(props.situation.id, props.recipient?.name ?? '');
  const fileUrl = createMemo((prev?: string) => {
    if (prev) URL.revokeObjectURL(prev);
    return URL.createObjectURL(new Blob([text()], { type: 'text/plain;charset=utf-8' }));
  });
  onCleanup(() => URL.revokeObjectURL(fileUrl()));
  const canRecord = () => !!props.target;
  const name = () => props.recipient?.name.trim() || 'them';

  /** Records the note as sent (once) and says what happened. */
  const done = (via: SentVia, what: string) => {
    const target = props.sent ? undefined : props.target;
    if (target) sendNote(target, via, props.draft, props.log);
    setStatus(target ? `${what} Sent to ${name()}: ticked in your checklist.`.trim() : what);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setManual(false);
      done('copied', 'Copied the note to the clipboard.');
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

  // Phones offer their own share sheet (mail, messages, LinkedIn...): shown only where the browser has one.
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const share = async () => {
    try {
      await navigator.share({ title: props.note.subject, text: props.note.body });
      done('marked', 'Shared the note.');
    } catch (error) {
      // Closing the share sheet is a choice, not a failure; anything else falls back to copying.
      if (!(error instanceof DOMException && error.name === 'AbortError')) void copy();
    }
  };

  return (
    <section class="note-actions" aria-label="Send the note">
      <p class="card-actions">
        <button
          type="button"
          class="button primary"
          ref={(el) => (copyButton = el)}
          onClick={() => void copy()}
        >
          Copy note
        </button>
        <Show
          when={!mailto().tooLong}
          fallback={
            <span class="field-hint">This note is too long to open in some email apps: copy it instead.</span>
          }
        >
          <a
            class="button secondary"
            href={mailto().href}
            onClick={() => done('email', 'Opened in your email app.')}
          >
            Open in email app
          </a>
        </Show>
        <Show when={canShare}>
          <button type="button" class="button secondary" onClick={() => void share()}>
            Share…
          </button>
        </Show>
        <a
          class="button secondary"
          href={fileUrl()}
          download={fileName()}
          onClick={() => done('download', `Downloaded ${fileName()}.`)}
        >
          Download
        </a>
        <Show when={canRecord() && !props.sent}>
          <button type="button" class="button quiet small" onClick={() => done('marked', '')}>
            Mark as sent
          </button>
        </Show>
      </p>
      <Show when={!isPlausibleEmail((props.recipient?.email ?? '').trim()) && !mailto().tooLong}>
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
      <Show when={props.sent}>
        {(sent) => (
          <SentState
            name={name()}
            at={sent().at}
            via={sent().via}
            situation={props.situation}
            interviewId={props.interview?.id ?? ''}
            next={
              props.recipient &&
              nextRecipient(props.interview, props.situation, props.recipient.id, props.items)
            }
            onUndo={() => {
              if (props.target) unsendNote(props.target, sent().at, props.log);
              setStatus(`Not sent: the note to ${name()} is open again.`);
              copyButton?.focus();
            }}
            onNext={(id) => props.onNext(id)}
          />
        )}
      </Show>
    </section>
  );
}
