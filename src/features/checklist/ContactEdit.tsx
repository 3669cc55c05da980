import { type JSX, Show } from 'solid-js';
import { nameWords } from '../../core/names';
import { HONORIFICS } from '../../core/words';
import { type Reference, type Someone, doneKey } from '../../core/model/model';
import { setDone } from '../../core/store/followup';
import { removePerson, removeReference, updatePerson, updateReference } from './records';
import { type FieldSpec, Fields, Select } from '../../core/ui/Field';
import { later } from '../../core/ui/later';
import { ROLE_LABELS } from './labels';
import { ITEM_NAME_CHECKED } from '../../core/content-ids';

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
// Loaded with the form's first look at a name of two words or more.
const NameParts = later(() => import('../../core/ui/NameParts'));
const HONORIFIC_CHOICES = [['', 'None'], ...HONORIFICS.map((h) => [h, h] as const)] as const;

interface ContactEditProps {
  interviewId: string;
  contact: Someone;
  /** The name as the card shows it. */
  name: string;
  /** Whether the name's spelling was checked: a changed name needs checking again. */
  nameChecked: boolean;
  onDone: () => void;
}

/**
 * A person's or reference's fields, edited in place, with Remove set apart. Loaded the first time someone
 * presses Edit: most visits only read the cards.
 */
export default function ContactEdit(props: ContactEditProps): JSX.Element {
  const record = () => props.contact.record;
  const person = () => (props.contact.kind !== 'reference' ? props.contact.record : undefined);
  return (
    <>
      <h3 class="contact-name">Edit {props.name}</h3>
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
                if (k === 'name' && props.nameChecked)
                  setDone(props.interviewId, doneKey(ITEM_NAME_CHECKED, p().id), false);
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
      <Show when={nameWords(record().name).length > 1}>
        <NameParts
          recordId={record().id}
          person={{
            honorific: person()?.honorific ?? '',
            name: record().name,
            givenName: record().givenName,
            familyName: record().familyName,
          }}
        />
      </Show>
      <p class="card-actions split">
        <button type="button" class="button primary small" onClick={() => props.onDone()}>
          Done
        </button>
        <button
          type="button"
          class="button danger small"
          onClick={() =>
            props.contact.kind !== 'reference'
              ? removePerson(props.interviewId, record().id)
              : removeReference(props.interviewId, record().id)
          }
        >
          Remove<span class="sr-only"> {props.name}</span>
        </button>
      </p>
    </>
  );
}
