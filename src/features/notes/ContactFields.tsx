import type { JSX } from 'solid-js';
import type { Profile } from '../../core/model/model';
import { updateProfile } from '../../core/store/followup';
import { type FieldSpec, Fields } from '../../core/ui/Field';

const CONTACT_FIELDS: readonly FieldSpec<Exclude<keyof Profile, 'name'>>[] = [
  ['cellPhone', 'Cell phone', 'tel'],
  ['homePhone', 'Home phone', 'tel'],
  ['email', 'Email (a personal one)', 'email'],
  ['postalAddress', 'Postal address', 'multiline'],
];

interface ContactFieldsProps {
  ref: (el: HTMLDivElement) => void;
  profile: Profile;
  onDone: () => void;
}

/** The user's ways to be reached, edited in place under the note; saved as typed. */
export default function ContactFields(props: ContactFieldsProps): JSX.Element {
  return (
    <div class="panel contact-fields" ref={(el) => props.ref(el)}>
      <p class="field-hint">
        Every way an employer could reach you, at the foot of each note. Use a personal email, not a work one.
      </p>
      <Fields specs={CONTACT_FIELDS} values={props.profile} onInput={(k, v) => updateProfile({ [k]: v })} />
      <button
        type="button"
        class="button secondary small"
        aria-expanded="true"
        onClick={() => props.onDone()}
      >
        Done
      </button>
    </div>
  );
}
