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

/** The user's own contact details (rule 2): every way an employer could reach them. */
export function ProfileForm(props: { profile: Profile }): JSX.Element {
  const missing = () =>
    (
      [
        ['home phone', props.profile.homePhone],
        ['cell phone', props.profile.cellPhone],
        ['email', props.profile.email],
        ['postal address', props.profile.postalAddress],
      ] as const
    )
      .filter(([, v]) => !v.trim())
      .map(([k]) => k);
  return (
    <details class="panel profile">
      <summary>
        Your contact details{' '}
        <span class="summary-note">
          {missing().length ? `(missing: ${missing().join(', ')})` : '(complete)'}
        </span>
      </summary>
      <p class="field-hint">
        Give employers every way to reach you. These go at the foot of your notes. Use a personal email, not a
        work one.
      </p>
      <Fields specs={PROFILE_FIELDS} values={props.profile} onInput={(k, v) => updateProfile({ [k]: v })} />
    </details>
  );
}
