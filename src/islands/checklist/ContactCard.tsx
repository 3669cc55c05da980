import { type JSX, Show, createSignal } from 'solid-js';
import { HONORIFICS, type Person, type Reference, doneKey } from '../../lib/model';
import type { Task } from '../../lib/progress';
import { removePerson, removeReference, setDone, updatePerson, updateReference } from '../../stores/followup';
import { type FieldSpec, Fields, Select } from '../ui/Field';
import { ROLE_LABELS, noteHref } from './labels';
import { TaskList } from './TaskList';

const PERSON_FIELDS: readonly FieldSpec<'name' | 'title' | 'email' | 'phone' | 'postalAddress'>[] = [
  ['name', 'Name'],
  ['title', 'Job title'],
  ['email', 'Email', 'email'],
  ['phone', 'Phone', 'tel'],
  ['postalAddress', 'Postal address'],
];
const REFERENCE_FIELDS: readonly FieldSpec<'name' | 'relationship' | 'email' | 'phone' | 'qualities'>[] = [
  ['name', 'Name'],
  ['relationship', 'Relationship'],
  ['email', 'Email', 'email'],
  ['phone', 'Phone', 'tel'],
  ['qualities', 'Qualities to stress', 'multiline', 'Give each reference a different strength to speak to.'],
];
const HONORIFIC_CHOICES = [['', 'None'], ...HONORIFICS.map((h) => [h, h] as const)] as const;

type Contact = { kind: 'person'; record: Person } | { kind: 'reference'; record: Reference };

interface ContactCardProps {
  interviewId: string;
  contact: Contact;
  tasks: Task[];
}

/** One person met, or one reference: a compact read view with its tasks, and an Edit mode with the fields. */
export function ContactCard(props: ContactCardProps): JSX.Element {
  const [editing, setEditing] = createSignal(false);
  const record = () => props.contact.record;
  const person = () => (props.contact.kind === 'person' ? props.contact.record : undefined);
  const name = () =>
    record().name.trim() || (props.contact.kind === 'person' ? 'Unnamed person' : 'Unnamed reference');
  const fullName = () => [person()?.honorific, name()].filter(Boolean).join(' ');
  const subtitle = () => {
    const p = person();
    if (p) return [p.title, p.role === 'other' ? 'did not interview you' : ''].filter(Boolean).join(' · ');
    return props.contact.kind === 'reference' ? props.contact.record.relationship : '';
  };
  let editButton: HTMLButtonElement | undefined;
  const check = async () => {
    const { checkSpelling } = await import('../ui/spell-dialog');
    const ok = await checkSpelling(record().name);
    if (ok) setDone(props.interviewId, doneKey('name-checked', record().id), true);
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
            <TaskList interviewId={props.interviewId} tasks={props.tasks} label={`Tasks for ${name()}`} />
            <p class="card-actions">
              <a class="button secondary small" href={noteHref(props.interviewId, undefined, record().id)}>
                Write note<span class="sr-only"> to {name()}</span>
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
          </>
        }
      >
        <h3 class="contact-name">Edit {name()}</h3>
        <Show
          when={person()}
          fallback={
            <Fields
              specs={REFERENCE_FIELDS}
              values={record() as Reference}
              onInput={(k, v) => updateReference(props.interviewId, record().id, { [k]: v })}
            />
          }
        >
          {(p) => (
            <>
              <Fields
                specs={PERSON_FIELDS}
                values={p()}
                onInput={(k, v) => {
                  updatePerson(props.interviewId, p().id, { [k]: v });
                  // A changed name has not been checked yet.
                  if (k === 'name' && props.tasks.some((t) => t.itemId === 'name-checked' && t.done))
                    setDone(props.interviewId, doneKey('name-checked', p().id), false);
                }}
              />
              <div class="field-grid">
                <Select
                  label="Honorific (for “Dear Ms. Nguyen”)"
                  value={p().honorific}
                  options={HONORIFIC_CHOICES}
                  onChange={(v) => updatePerson(props.interviewId, p().id, { honorific: v })}
                />
                <Select
                  label="Role"
                  value={p().role}
                  options={ROLE_LABELS}
                  onChange={(v) => updatePerson(props.interviewId, p().id, { role: v })}
                />
              </div>
            </>
          )}
        </Show>
        <p class="card-actions split">
          <button
            type="button"
            class="button primary small"
            onClick={() => {
              setEditing(false);
              queueMicrotask(() => editButton?.focus());
            }}
          >
            Done
          </button>
          <button
            type="button"
            class="button danger small"
            onClick={() =>
              props.contact.kind === 'person'
                ? removePerson(props.interviewId, record().id)
                : removeReference(props.interviewId, record().id)
            }
          >
            Remove<span class="sr-only"> {name()}</span>
          </button>
        </p>
      </Show>
    </section>
  );
}
