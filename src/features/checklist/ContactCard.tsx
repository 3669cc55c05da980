import { type JSX, Show, createSignal } from 'solid-js';
import { titledName } from '../../core/names';
import { type Someone, doneKey } from '../../core/model/model';
import type { Task } from '../../core/progress';
import { setDone } from '../../core/store/followup';
import { later, loaded } from '../../core/ui/later';
import { spellDialog } from '../../core/ui/spell-later';
import { TaskList } from './TaskList';
import { noteHref } from '../../core/links';
import { ITEM_NAME_CHECKED } from '../../core/content-ids';

/** The edit form, fetched the first time someone presses Edit. */
const ContactEdit = later(() => import('./ContactEdit'));

interface ContactCardProps {
  interviewId: string;
  contact: Someone;
  tasks: Task[];
  /** Where someone who may be the same person was recorded ("Designer at Acme"), if anywhere. */
  elsewhere?: string | undefined;
}

/** One person met, or one reference: a compact read view with its tasks, and an Edit mode with the fields. */
export function ContactCard(props: ContactCardProps): JSX.Element {
  const [editing, setEditing] = createSignal(false);
  const record = () => props.contact.record;
  const person = () => (props.contact.kind !== 'reference' ? props.contact.record : undefined);
  const name = () =>
    record().name.trim() || (props.contact.kind !== 'reference' ? 'Unnamed person' : 'Unnamed reference');
  const fullName = () => titledName(person()?.honorific, name());
  const subtitle = () => {
    const p = person();
    if (p) return [p.title, p.role === 'other' ? 'did not interview you' : ''].filter(Boolean).join(' · ');
    return props.contact.kind === 'reference' ? props.contact.record.relationship : '';
  };
  let editButton: HTMLButtonElement | undefined;
  const [spellNote, setSpellNote] = createSignal('');
  const check = async () => {
    setSpellNote('');
    const dialog = await loaded(spellDialog, setSpellNote);
    if (!dialog) return;
    const ok = await dialog.checkSpelling(record().name);
    if (ok) setDone(props.interviewId, doneKey(ITEM_NAME_CHECKED, record().id), true);
    else setEditing(true);
  };
  return (
    <section class="contact-card" aria-label={name()}>
      <Show
        when={editing()}
        fallback={
          <>
            <h3 class="contact-name">{fullName()}</h3>
            <Show when={subtitle()}>
              <p class="contact-sub">{subtitle()}</p>
            </Show>
            <p class="contact-lines">
              <Show when={record().email}>
                <span>{record().email}</span>
              </Show>
              <Show when={record().phone}>
                <span>{record().phone}</span>
              </Show>
              <Show when={person()?.postalAddress}>
                <span>{person()?.postalAddress}</span>
              </Show>
              <Show when={props.contact.kind === 'reference' && props.contact.record.qualities}>
                <span>Stress: {props.contact.kind === 'reference' && props.contact.record.qualities}</span>
              </Show>
            </p>
            <Show when={props.elsewhere}>
              {(where) => (
                <p class="contact-elsewhere">
                  Also recorded for {where()}: the same person?{' '}
                  <a href={`/people/#person=${encodeURIComponent(record().contactId)}&same`}>
                    Check and link<span class="sr-only"> {name()}</span>
                  </a>
                </p>
              )}
            </Show>
            <TaskList interviewId={props.interviewId} tasks={props.tasks} label={`Tasks for ${name()}`} />
            <p class="card-actions">
              <a class="button secondary small" href={noteHref(props.interviewId, undefined, record().id)}>
                Write note<span class="sr-only"> to {name()}</span>
              </a>
              <a
                class="button secondary small"
                href={`/people/#person=${encodeURIComponent(record().contactId)}`}
              >
                Keep in touch<span class="sr-only"> with {name()}</span>
              </a>
              <Show when={person() && record().name.trim()}>
                <button type="button" class="button secondary small" onClick={() => void check()}>
                  Check spelling<span class="sr-only"> of {name()}</span>
                </button>
              </Show>
              <button
                type="button"
                class="button secondary small"
                ref={(el) => (editButton = el)}
                onClick={() => setEditing(true)}
              >
                Edit<span class="sr-only"> {name()}</span>
              </button>
            </p>
            <p role="status" class="field-hint">
              {spellNote()}
            </p>
          </>
        }
      >
        <ContactEdit
          interviewId={props.interviewId}
          contact={props.contact}
          name={name()}
          nameChecked={props.tasks.some((t) => t.itemId === ITEM_NAME_CHECKED && t.done)}
          onDone={() => {
            setEditing(false);
            queueMicrotask(() => editButton?.focus());
          }}
        />
      </Show>
    </section>
  );
}
