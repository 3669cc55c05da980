import { type JSX, Show, createSignal } from 'solid-js';
import type { Profile } from '../model/model';
import { later } from './later';

/** The fields, fetched the first time the panel opens: most visits never open it. */
const ProfileFields = later(() => import('./ProfileFields'));

/** The user's own contact details (rule 2): every way an employer could reach them, at the foot of each note. */
export function ProfileForm(props: { profile: Profile; open?: boolean }): JSX.Element {
  // eslint-disable-next-line solid/reactivity -- the panel's first state; the reader opens and closes it after.
  const [opened, setOpened] = createSignal(!!props.open);
  return (
    <details
      class="panel profile"
      open={props.open}
      onToggle={(e) => e.currentTarget.open && setOpened(true)}
    >
      <summary>Your contact details</summary>
      <Show when={opened()}>
        <ProfileFields profile={props.profile} />
      </Show>
    </details>
  );
}
