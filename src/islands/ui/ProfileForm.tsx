import type { JSX } from 'solid-js';
import type { Profile } from '../../lib/model';
import { updateProfile } from '../../stores/followup';
import { type FieldSpec, Fields } from './Field';

const PROFILE_FIELDS: readonly FieldSpec<keyof Profile>[] = [
  ['name', 'Your name'],
  ['homePhone', 'Home phone', 'tel'],
  ['cellPhone', 'Cell phone', 'tel'],
  ['email', 'Email', 'email'],
  ['postalAddress', 'Postal address', 'multiline'],
];

/** The user's own contact details (rule 2): every way an employer could reach them, at the foot of each note. */
export function ProfileForm(props: { profile: Profile; open?: boolean }): JSX.Element {
  return (
    <details class="panel profile" open={props.open}>
      <summary>Your contact details</summary>
      <p class="field-hint">
        Give employers every way to reach you: these go at the foot of your notes. Use a personal email, not a
        work one.
      </p>
      <Fields specs={PROFILE_FIELDS} values={props.profile} onInput={(k, v) => updateProfile({ [k]: v })} />
    </details>
  );
}
