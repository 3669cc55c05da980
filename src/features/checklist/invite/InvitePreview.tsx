import { type JSX, For, Index, Show, createSignal, onMount } from 'solid-js';
import { clockTime, monthDay } from '../../../core/dates';
import { interviewAt, interviewDayAndTime } from '../../../core/local-dates';
import type { InterviewFormat, PersonRole } from '../../../core/model/model';
import { FORMAT_LABELS, whenText } from '../labels';
import { Field, Select } from '../../../core/ui/Field';
import * as actions from './invite-actions';
import { type InviteChoice, keptPerson } from './invite-apply';
import type { InviteEvent, InvitePerson } from './invite-model';
import { InvitePeople, type Row } from './InvitePeople';
import { interviewTitle } from '../../../core/titles';
import { counted } from '../../../core/words';

interface InvitePreviewProps {
  event: InviteEvent;
  /** The interview it is about when the user said so; else the one with its UID, or company and time. */
  forInterview?: string | undefined;
  /** Done: with an id, that interview was added, updated or cancelled. */
  onDone: (id?: string) => void;
  onBack: () => void;
}

const NOT_FOUND = 'Not in the invite: type it.';
const when = (at: string, format: InterviewFormat) =>
  whenText({ at, format } as Parameters<typeof whenText>[0]);

/**
 * What was read from an invite, to check and correct before anything is stored: a new interview with its
 * people, an update of the one already recorded (nobody removed unless ticked), or its cancellation.
 */
export function InvitePreview(props: InvitePreviewProps): JSX.Element {
  // Drawn keyed: another event draws a new preview, so its first values are read once.
  // eslint-disable-next-line solid/reactivity
  const e = props.event;
  // eslint-disable-next-line solid/reactivity
  const match = actions.recordedFor(e, props.forInterview);
  const plan = match && actions.updatePlan(match, e);
  const [company, setCompany] = createSignal(e.company);
  const [role, setRole] = createSignal(e.role);
  const [date, setDate] = createSignal(interviewDayAndTime(e.at).day);
  const [time, setTime] = createSignal(interviewDayAndTime(e.at).time);
  const [format, setFormat] = createSignal<InterviewFormat>(e.format);
  const [place, setPlace] = createSignal(e.place);
  const [problem, setProblem] = createSignal('');
  const [remove, setRemove] = createSignal<string[]>([]);
  // Asked only while the profile has no name: the invite's reading of it, to sign the notes.
  const askName = !actions.yourName();
  const [yourName, setYourName] = createSignal(e.yourName);
  const rows: Row[] = (plan ? plan.newPeople : e.people).map((person: InvitePerson) => {
    const [keep, setKeep] = createSignal(true);
    const [name, setName] = createSignal(person.name);
    const [as, setAs] = createSignal<PersonRole>(person.organizer ? 'other' : 'interviewer');
    return { person, keep, setKeep, name, setName, as, setAs };
  });
  let heading: HTMLHeadingElement | undefined;
  let dateField: HTMLInputElement | HTMLTextAreaElement | undefined;
  onMount(() => heading?.focus());

  const kept = () => rows.filter((r) => r.keep());
  const choice = (): InviteChoice => ({
    company: company().trim(),
    role: role().trim(),
    at: interviewAt(date(), time()),
    format: format(),
    place: place().trim(),
    uid: e.uid,
    source: e.source,
    people: kept().map((r) => ({ person: keptPerson(r.person, r.name()), role: r.as() })),
  });
  const confirm = () => {
    if (!date()) {
      setProblem('Add the date: the invite does not give one. Nothing was saved.');
      dateField?.focus();
      return;
    }
    if (askName) actions.keepYourName(yourName());
    if (match) {
      actions.updateInterviewFromInvite(match.id, choice(), remove());
      props.onDone(match.id);
    } else props.onDone(actions.addInterviewFromInvite(choice()));
  };
  const n = () => kept().length;
  const people = () => counted(n(), 'person', 'people');

  return (
    <div class="invite-preview">
      <h3 tabindex="-1" ref={(el) => (heading = el)}>
        {e.cancelled
          ? 'A cancelled invite'
          : match
            ? 'An interview already recorded'
            : 'Check what the invite says'}
      </h3>
      <For each={e.notes}>{(note) => <p class="invite-note">{note}</p>}</For>
      <Show
        when={!e.cancelled}
        fallback={
          <Show
            when={match}
            fallback={
              <>
                <p>This invite cancels an interview that is not recorded here: there is nothing to change.</p>
                <p class="card-actions">
                  <button type="button" class="button secondary" onClick={() => props.onDone()}>
                    Close
                  </button>
                </p>
              </>
            }
          >
            {(m) => (
              <>
                <p>
                  The employer cancelled {interviewTitle(m())} ({when(m().at, m().format)}). Mark it
                  cancelled? Nothing will be due for it, and its notes will say when.
                </p>
                <p class="card-actions">
                  <button
                    type="button"
                    class="button primary"
                    onClick={() => {
                      const now = new Date();
                      actions.cancelInterviewFromInvite(m().id, monthDay(now, now));
                      props.onDone(m().id);
                    }}
                  >
                    Mark it cancelled
                  </button>
                  <button type="button" class="button secondary" onClick={() => props.onDone()}>
                    Keep it as it is
                  </button>
                </p>
              </>
            )}
          </Show>
        }
      >
        <Show when={match}>
          {(m) => (
            <p>
              You recorded this interview already: {interviewTitle(m())}, {when(m().at, m().format)}.{' '}
              {plan?.newTime
                ? `The invite moves it to ${when(plan.newTime, e.format)}. `
                : 'The time is the same. '}
              Confirm to update it instead of adding a second.
            </p>
          )}
        </Show>
        <div class="field-grid">
          <Show when={!match}>
            <Field
              label="Company"
              value={company()}
              onInput={setCompany}
              hint={e.companyFrom ? `Read from ${e.companyFrom}.` : NOT_FOUND}
            />
            <Field
              label="Role"
              value={role()}
              onInput={setRole}
              hint={e.role ? 'Read from the title.' : NOT_FOUND}
            />
          </Show>
          <Field
            label="Date"
            type="date"
            value={date()}
            onInput={setDate}
            hint={e.at ? '' : NOT_FOUND}
            ref={(el) => (dateField = el)}
          />
          <Field
            label="Time (optional)"
            type="time"
            value={time()}
            onInput={setTime}
            hint={
              e.original
                ? `On your clock. The invite says ${clockTime(new Date(e.original))} (${e.zone}).`
                : e.at.includes('T')
                  ? ''
                  : NOT_FOUND
            }
          />
          <Select label="Format" value={format()} options={FORMAT_LABELS} onChange={setFormat} />
          <Field
            label={
              format() === 'video' ? 'Meeting link' : format() === 'phone' ? 'Number to call' : 'Address'
            }
            value={place()}
            onInput={setPlace}
            hint={e.service ? `A ${e.service} link.` : e.place ? '' : NOT_FOUND}
          />
        </div>
        <InvitePeople rows={rows} event={e} updating={!!match} />
        <Show when={askName}>
          <Field
            class="ask-name"
            label="Your name, as you sign"
            autocomplete="name"
            value={yourName()}
            onInput={setYourName}
            hint={
              e.yourName
                ? 'Read from the invite. It signs your notes: change it to how you sign.'
                : 'It signs your notes (the invite does not say it for sure). You can leave it for later.'
            }
          />
        </Show>
        <Show when={plan?.notInInvite.length}>
          <fieldset class="invite-remove">
            <legend>Recorded but not in this invite (kept unless you tick them)</legend>
            <Index each={plan?.notInInvite ?? []}>
              {(p) => (
                <label class="check">
                  <input
                    type="checkbox"
                    onChange={(ev) =>
                      setRemove((r) =>
                        ev.currentTarget.checked ? [...r, p().id] : r.filter((x) => x !== p().id),
                      )
                    }
                  />{' '}
                  Remove {p().name || 'unnamed person'}
                </label>
              )}
            </Index>
          </fieldset>
        </Show>
        <p class="notice warn" role="alert" hidden={!problem()}>
          {problem()}
        </p>
        <p class="card-actions">
          <button type="button" class="button primary" onClick={confirm}>
            {match
              ? `Update the interview${n() ? ` and add ${people()}` : ''}`
              : `Add the interview and ${people()}`}
          </button>
          <button type="button" class="button secondary" onClick={() => props.onBack()}>
            Back
          </button>
          <button type="button" class="button secondary" onClick={() => props.onDone()}>
            Cancel
          </button>
        </p>
      </Show>
    </div>
  );
}
