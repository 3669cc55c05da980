import { type Accessor, type JSX, Index, Show, type Setter } from 'solid-js';
import type { PersonRole } from '../../../core/model/model';
import { Field, Select } from '../../../core/ui/Field';
import type { InviteEvent, InvitePerson } from './invite-model';

/** One person of the invite in the preview, with what the user decides about them. */
export interface Row {
  person: InvitePerson;
  keep: Accessor<boolean>;
  setKeep: Setter<boolean>;
  name: Accessor<string>;
  setName: Setter<string>;
  as: Accessor<PersonRole>;
  setAs: Setter<PersonRole>;
}

interface InvitePeopleProps {
  rows: Row[];
  event: InviteEvent;
  /** Only the people new to a recorded interview are listed. */
  updating: boolean;
}

/** Who someone in the invite is to the user: the organizer is often the recruiter. */
const ROLES: readonly (readonly [PersonRole, string])[] = [
  ['interviewer', 'Interviewed me'],
  ['other', 'Recruiter or other contact'],
];

/** The people read from an invite: each kept or not, their name as written (editable), and their role. */
export function InvitePeople(props: InvitePeopleProps): JSX.Element {
  const e = () => props.event;
  return (
    <fieldset class="invite-people">
      <legend>{props.updating ? 'New in this invite' : 'People in the invite'}</legend>
      <Show when={!props.rows.length}>
        <p class="field-hint">
          {props.updating ? 'Nobody new.' : 'Nobody named: add the people you meet once it is saved.'}
        </p>
      </Show>
      <Show when={e().total > e().people.length}>
        <p class="invite-note">
          Showing the first {e().people.length} of {e().total} people in the invite: add anyone else by hand
          once it is saved.
        </p>
      </Show>
      <Show when={e().leftOut.length}>
        <p class="field-hint">Left out: {e().leftOut.join(', ')}.</p>
      </Show>
      <Index each={props.rows}>
        {(row) => {
          const label = () => row().name() || row().person.email || 'unnamed person';
          return (
            <div class={row().keep() ? 'invite-person' : 'invite-person skipped'}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={row().keep()}
                  onChange={(ev) => row().setKeep(ev.currentTarget.checked)}
                />{' '}
                Add {label()}
                <Show when={row().person.organizer}> (sent the invite)</Show>
              </label>
              <Show when={row().keep()}>
                <div class="field-grid">
                  <Field
                    label="Name"
                    value={row().name()}
                    onInput={row().setName}
                    hint={row().person.name ? 'As the company spells it.' : 'Not in the invite: type it.'}
                  />
                  <Select label="Role" value={row().as()} options={ROLES} onChange={row().setAs} />
                </div>
                <Show when={row().person.email}>
                  <p class="invite-email">{row().person.email}</p>
                </Show>
              </Show>
            </div>
          );
        }}
      </Index>
    </fieldset>
  );
}
