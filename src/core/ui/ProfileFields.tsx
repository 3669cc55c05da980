import type { JSX } from 'solid-js';
import type { Profile } from '../model/model';
import { updateProfile } from '../store/followup';
import { type FieldSpec, Fields } from './Field';

const PROFILE_FIELDS: readonly FieldSpec<keyof Profile>[] = [
  ['name', 'Your name'],
  ['homePhone', 'Home phone', 'tel'],
  ['cellPhone', 'Cell phone', 'tel'],
  ['email', 'Email', 'email'],
  ['postalAddress', 'Postal address', 'multiline'],
];

/** The user's own contact details as fields, saved as they are typed. */
export default function ProfileFields(props: { profile: Profile }): JSX.Element {
  return (
    <>
      <p class="field-hint">
        A phone you answer and a personal email (not a work one) are enough to reach you. What you fill in
        here goes at the foot of your notes.
      </p>
      <Fields specs={PROFILE_FIELDS} values={props.profile} onInput={(k, v) => updateProfile({ [k]: v })} />
    </>
  );
}
