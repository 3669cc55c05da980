import type { FollowUpDoc, Interview, Person, Profile, Reference } from './model';

/** Fields of an interview the user types. */
export type InterviewFields = Pick<
  Interview,
  'company' | 'role' | 'at' | 'format' | 'place' | 'decisionDate' | 'outcome' | 'notes'
>;

/** A new interview with nothing done yet. */
export function newInterview(id: string, fields: Partial<InterviewFields>, now: Date): Interview {
  const stamp = now.toISOString();
  return {
    id,
    company: '',
    role: '',
    at: '',
    format: 'in-person',
    place: '',
    decisionDate: '',
    outcome: 'waiting',
    notes: '',
    ...fields,
    outcomeAt: fields.outcome && fields.outcome !== 'waiting' ? stamp : '',
    people: [],
    references: [],
    done: {},
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Applies `change` to one interview (by id) and stamps it; other interviews are left as they are. */
export function changeInterview(
  doc: FollowUpDoc,
  id: string,
  now: Date,
  change: (i: Interview) => Interview,
): FollowUpDoc {
  return {
    ...doc,
    interviews: doc.interviews.map((i) => (i.id === id ? { ...change(i), updatedAt: now.toISOString() } : i)),
  };
}

/** Adds an interview at the start of the list. */
export const addInterview = (doc: FollowUpDoc, interview: Interview): FollowUpDoc => ({
  ...doc,
  interviews: [interview, ...doc.interviews.filter((i) => i.id !== interview.id)],
});

/** Removes an interview; `restoreInterview` puts it back where it was. */
export const removeInterview = (doc: FollowUpDoc, id: string): FollowUpDoc => ({
  ...doc,
  interviews: doc.interviews.filter((i) => i.id !== id),
});

/** Puts a removed interview back at `index` (or replaces it when it is there again). */
export function restoreInterview(doc: FollowUpDoc, interview: Interview, index: number): FollowUpDoc {
  const rest = doc.interviews.filter((i) => i.id !== interview.id);
  const at = Math.max(0, Math.min(index, rest.length));
  return { ...doc, interviews: [...rest.slice(0, at), interview, ...rest.slice(at)] };
}

/** Updates fields of the interview; a new outcome is stamped with when it came (the rhythm counts from it). */
export const patchInterview = (doc: FollowUpDoc, id: string, patch: Partial<InterviewFields>, now: Date) =>
  changeInterview(doc, id, now, (i) => ({
    ...i,
    ...patch,
    ...(patch.outcome &&
      patch.outcome !== i.outcome && { outcomeAt: patch.outcome === 'waiting' ? '' : now.toISOString() }),
  }));

/** A person with a role and whatever details are known. */
export const newPerson = (
  id: string,
  role: Person['role'],
  details: Partial<Omit<Person, 'id'>> = {},
): Person => ({
  id,
  honorific: '',
  name: '',
  title: '',
  email: '',
  phone: '',
  postalAddress: '',
  role,
  contactId: id,
  ...details,
});

/** A reference with whatever details are known. */
export const newReference = (id: string, details: Partial<Omit<Reference, 'id'>> = {}): Reference => ({
  id,
  name: '',
  relationship: '',
  email: '',
  phone: '',
  qualities: '',
  contactId: id,
  ...details,
});

/** Adds one person to an interview (changing and removing them: people-ops.ts). */
export const addPerson = (doc: FollowUpDoc, interviewId: string, person: Person, now: Date) =>
  changeInterview(doc, interviewId, now, (i) => ({ ...i, people: [...i.people, person] }));
/** Adds one reference to an interview. */
export const addReference = (doc: FollowUpDoc, interviewId: string, reference: Reference, now: Date) =>
  changeInterview(doc, interviewId, now, (i) => ({ ...i, references: [...i.references, reference] }));
/** Ticks (with the time) or unticks one checklist task of an interview. */
export const setDone = (doc: FollowUpDoc, interviewId: string, key: string, done: boolean, now: Date) =>
  changeInterview(doc, interviewId, now, (i) => {
    const rest = Object.fromEntries(Object.entries(i.done).filter(([k]) => k !== key));
    return { ...i, done: done ? { ...rest, [key]: now.toISOString() } : rest };
  });

/** Drafts whose key starts with `prefix` (`interviewId:` or `interviewId:personId:`). */
export function draftsUnder(doc: FollowUpDoc, prefix: string): FollowUpDoc['drafts'] {
  return Object.fromEntries(Object.entries(doc.drafts).filter(([key]) => key.startsWith(prefix)));
}

/** Forgets the drafts under `prefix`: a deleted person's or interview's notes go with them. */
export const withoutDrafts = (doc: FollowUpDoc, prefix: string): FollowUpDoc => ({
  ...doc,
  drafts: Object.fromEntries(Object.entries(doc.drafts).filter(([key]) => !key.startsWith(prefix))),
});

/** Remembers that the user answered a hint (by id) with "not now", so it is asked once. */
export const dismissHint = (doc: FollowUpDoc, id: string): FollowUpDoc =>
  doc.dismissed.includes(id) ? doc : { ...doc, dismissed: [...doc.dismissed, id].slice(-50) };

/** Updates the user's own contact details. */
export const patchProfile = (doc: FollowUpDoc, patch: Partial<Profile>): FollowUpDoc => ({
  ...doc,
  profile: { ...doc.profile, ...patch },
});
