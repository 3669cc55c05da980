import { type JSX, For, Show, createEffect, createSignal } from 'solid-js';
import { later } from '../../core/ui/later';
import { type Recipient, writtenTo } from './compose';
import type { Interview } from '../../core/model/model';
import type { Situation } from './situation-schema';
import { uid } from '../../core/ui/Field';
import { KIND, noteTitle } from './labels';
import { interviewTitle } from '../../core/titles';

/** Rarely needed when arriving from the checklist: loaded when first shown. */
const NotePicker = later(() => import('./NotePicker'));

interface NoteHeaderProps {
  ref: (el: HTMLHeadingElement) => void;
  interviews: readonly Interview[];
  interview: Interview | undefined;
  recipient: Recipient | undefined;
  recipients: readonly Recipient[];
  situation: Situation;
  company: string;
  role: string;
  /** When this situation's note was sent to a recipient, if it was. */
  sentWhen: (recipientId: string) => string | undefined;
  onChoose: (interviewId: string, recipientId: string) => void;
  onSwitch: (recipientId: string) => void;
  onCompany: (value: string) => void;
  onRole: (value: string) => void;
}

/**
 * Who the note is for, straight away ("Thank-you note to Dana Nguyen"), with the interview; the picker
 * behind "Change", open first only when no one is chosen; and, when several people are owed this note,
 * one button each to write them all in this view.
 */
export function NoteHeader(props: NoteHeaderProps): JSX.Element {
  // Open first when no one is chosen, and kept open while choosing: a select changes with each arrow key.
  const [open, setOpen] = createSignal(false);
  createEffect(() => {
    if (!props.recipient) setOpen(true);
  });
  const pickerId = uid('picker');
  /** The people this note is owed to, in the interview's order, the current one included. */
  const team = () =>
    props.recipients.filter((r) => r.id === props.recipient?.id || writtenTo(props.situation, r));
  const context = () =>
    props.interview
      ? interviewTitle(props.interview)
      : props.company.trim() || props.role.trim()
        ? interviewTitle(props)
        : 'Choose who it is for';

  return (
    <section class="note-for" aria-labelledby="note-for-title">
      <div class="note-for-head">
        <div>
          <h2 id="note-for-title" tabindex="-1" ref={(el) => props.ref(el)}>
            {noteTitle(props.situation, props.recipient)}
          </h2>
          <p class="note-for-meta">
            {context()}
            <Show when={props.recipient}>{(r) => ` · ${KIND[r().kind]}`}</Show>
          </p>
        </div>
        <Show when={props.recipient}>
          <button
            type="button"
            class="button secondary small"
            aria-expanded={open()}
            aria-controls={pickerId}
            onClick={() => setOpen(!open())}
          >
            {open() ? 'Done' : 'Change'}
          </button>
        </Show>
      </div>
      <Show when={team().length > 1}>
        <div class="recipient-chips" role="group" aria-label="Write to">
          <For each={team()}>
            {(r) => (
              <button
                type="button"
                class="chip"
                aria-pressed={r.id === props.recipient?.id}
                onClick={() => props.onSwitch(r.id)}
              >
                <span>{r.name.trim() || 'Unnamed'}</span>{' '}
                <span class="chip-state">{props.sentWhen(r.id) ? '✓ sent' : 'not yet'}</span>
              </button>
            )}
          </For>
        </div>
      </Show>
      <Show when={open() || !props.recipient}>
        {/* Holds the picker's place while its code loads, so nothing below jumps when it appears. */}
        <div class="picker-slot">
          <NotePicker
            id={pickerId}
            interviews={props.interviews}
            interview={props.interview}
            recipient={props.recipient}
            recipients={props.recipients}
            company={props.company}
            role={props.role}
            onChoose={props.onChoose}
            onCompany={props.onCompany}
            onRole={props.onRole}
          />
        </div>
      </Show>
    </section>
  );
}
