import { type JSX, For, Show } from 'solid-js';
import type { Recipient } from './compose';
import type { Interview } from '../../core/model/model';
import { Field } from '../../core/ui/Field';
import { KIND } from './labels';
import { interviewTitle } from '../../core/titles';

interface NotePickerProps {
  id: string;
  interviews: readonly Interview[];
  interview: Interview | undefined;
  recipient: Recipient | undefined;
  recipients: readonly Recipient[];
  company: string;
  role: string;
  onChoose: (interviewId: string, recipientId: string) => void;
  onCompany: (value: string) => void;
  onRole: (value: string) => void;
}

/** Choosing who the note is for: a saved interview and one of its people, or a typed company and role. */
export default function NotePicker(props: NotePickerProps): JSX.Element {
  return (
    <div id={props.id} class="field-grid note-picker">
      <Show when={props.interviews.length > 0}>
        <div class="field">
          <label for={`${props.id}-interview`}>Interview</label>
          <select id={`${props.id}-interview`} onChange={(e) => props.onChoose(e.currentTarget.value, '')}>
            <option value="" selected={!props.interview}>
              None: type the details (nothing is saved)
            </option>
            <For each={props.interviews}>
              {(i) => (
                <option value={i.id} selected={i.id === props.interview?.id}>
                  {interviewTitle(i)}
                </option>
              )}
            </For>
          </select>
        </div>
      </Show>
      <Show
        when={props.interview}
        fallback={
          <>
            <Field label="Company" value={props.company} onInput={(v) => props.onCompany(v)} />
            <Field label="Role" value={props.role} onInput={(v) => props.onRole(v)} />
          </>
        }
      >
        {(i) => (
          <div class="field">
            <label for={`${props.id}-to`}>Recipient</label>
            <select id={`${props.id}-to`} onChange={(e) => props.onChoose(i().id, e.currentTarget.value)}>
              <option value="" selected={!props.recipient}>
                Choose a person
              </option>
              <For each={props.recipients}>
                {(r) => (
                  <option value={r.id} selected={r.id === props.recipient?.id}>
                    {`${r.name.trim() || 'Unnamed'} (${KIND[r.kind]})`}
                  </option>
                )}
              </For>
            </select>
            <Show when={props.recipients.length === 0}>
              <p class="field-hint">
                No one recorded for this interview yet.{' '}
                <a href={`/checklist/#interview=${encodeURIComponent(i().id)}`}>Add who you met</a>, or write
                without a name below.
              </p>
            </Show>
          </div>
        )}
      </Show>
    </div>
  );
}
