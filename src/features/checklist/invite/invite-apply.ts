/**
 * What an invite does to the stored document once the user confirms: adds the interview with its people,
 * updates the one it is about (new time, new people; nobody removed unless the user said so), or marks it
 * cancelled. Pure: ids and "now" are passed in.
 */
import { newInterview, newPerson } from '../../../core/model/builders';
import { changeInterview } from '../../../core/model/doc-ops';
import { addInterview } from '../interview-ops';
import type { FollowUpDoc, Interview, InterviewFormat, Person, PersonRole } from '../../../core/model/model';
import { doneKey, isDoneFor } from '../../../core/model/model';
import type { InviteEvent, InvitePerson } from './invite-model';
import { ITEM_NAME_CHECKED } from '../../../core/content-ids';

/** The interview as the user confirmed it in the preview. */
export interface InviteChoice {
  company: string;
  role: string;
  at: string;
  format: InterviewFormat;
  place: string;
  /** The people kept, each with the role the user gave them and the name as (perhaps) corrected. */
  people: { person: InvitePerson; role: PersonRole }[];
  uid: string;
  /** Where the names came from: "the calendar invite from northwind.com". */
  source: string;
}

/**
 * A person from the invite as the user kept them: the name as typed in the preview, trimmed. A name the user
 * changed is theirs, no longer the invite's spelling, so the invite's reading of its parts is dropped.
 */
export function keptPerson(person: InvitePerson, typedName: string): InvitePerson {
  const name = typedName.trim();
  return { ...person, name, ...(name !== person.name && { givenName: '', familyName: '' }) };
}

const flat = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The recorded interview an invite is about: the same UID, or the same company at the same time. */
export function matchingInterview(
  interviews: readonly Interview[],
  event: InviteEvent,
): Interview | undefined {
  return (
    (event.uid ? interviews.find((i) => i.inviteUid === event.uid) : undefined) ??
    interviews.find(
      (i) => !!event.company && !!event.at && flat(i.company) === flat(event.company) && i.at === event.at,
    )
  );
}

/** Whether a recorded person is the one named in the invite: same email, or same name when either has none. */
const samePerson = (p: Person, q: InvitePerson) =>
  p.email && q.email
    ? p.email.toLowerCase() === q.email.toLowerCase()
    : !!q.name && flat(p.name) === flat(q.name);

/** What an update would change: the time, who is new, and who is recorded but not in the invite. */
export function updatePlan(interview: Interview, event: InviteEvent) {
  return {
    newTime: event.at && event.at !== interview.at ? event.at : '',
    newPeople: event.people.filter((q) => !interview.people.some((p) => samePerson(p, q))),
    notInInvite: interview.people.filter((p) => !event.people.some((q) => samePerson(p, q))),
  };
}

/** The people of an invite as records: names as the company spelled them, their spelling task ticked. */
function records(choice: InviteChoice, ids: () => string, now: Date): [Person[], Record<string, string>] {
  const people = choice.people.map(({ person, role }) => {
    const { name, givenName, familyName, email } = person;
    return newPerson(ids(), role, {
      name,
      givenName,
      familyName,
      email,
      nameFrom: name ? choice.source : '',
    });
  });
  const ticks = people
    .filter((p) => p.nameFrom)
    .map((p) => [doneKey(ITEM_NAME_CHECKED, p.id), now.toISOString()]);
  return [people, Object.fromEntries(ticks)];
}

/** Adds the interview an invite describes, with its people; returns the document and the interview's id. */
export function addFromInvite(doc: FollowUpDoc, choice: InviteChoice, ids: () => string, now: Date) {
  const { company, role, at, format, place, uid } = choice;
  const interview = newInterview(ids(), { company, role, at, format, place, inviteUid: uid }, now);
  const [people, done] = records(choice, ids, now);
  return { doc: addInterview(doc, { ...interview, people, done }), id: interview.id };
}

/**
 * Updates a recorded interview from a newer invite: its time, place and format, the people the user kept
 * added, and only the people in `remove` taken out (with their ticks).
 */
export function updateFromInvite(
  doc: FollowUpDoc,
  interviewId: string,
  choice: InviteChoice,
  remove: readonly string[],
  ids: () => string,
  now: Date,
): FollowUpDoc {
  const [added, ticks] = records(choice, ids, now);
  return changeInterview(doc, interviewId, now, (i) => ({
    ...i,
    ...(choice.at && { at: choice.at }),
    ...(choice.place && { place: choice.place, format: choice.format }),
    inviteUid: i.inviteUid || choice.uid,
    people: [...i.people.filter((p) => !remove.includes(p.id)), ...added],
    done: {
      ...Object.fromEntries(Object.entries(i.done).filter(([k]) => !remove.some((id) => isDoneFor(k, id)))),
      ...ticks,
    },
  }));
}

/** Marks an interview cancelled by the employer, with a line in its notes saying when the invite said so. */
export function cancelFromInvite(doc: FollowUpDoc, interviewId: string, on: string, now: Date): FollowUpDoc {
  return changeInterview(doc, interviewId, now, (i) => ({
    ...i,
    outcome: 'cancelled',
    outcomeAt: now.toISOString(),
    notes: [i.notes, `Cancelled by the employer (calendar invite, ${on}).`].filter(Boolean).join('\n'),
  }));
}
