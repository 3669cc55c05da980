import type { Contact, FollowUpDoc, Interview, LoggedContact, Person, Profile, Reference } from './model';

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

/** Adds, updates or removes one person of an interview. Removing also forgets what was ticked for them. */
export const addPerson = (doc: FollowUpDoc, interviewId: string, person: Person, now: Date) =>
  changeInterview(doc, interviewId, now, (i) => ({ ...i, people: [...i.people, person] }));
/**
 * Changes a person's details. Someone linked across interviews is one person: their name, honorific, email and phone,
 * changed in one interview, change in the others too (a title or an address may differ by employer).
 */
export function patchPerson(
  doc: FollowUpDoc,
  interviewId: string,
  personId: string,
  patch: Partial<Omit<Person, 'id'>>,
  now: Date,
): FollowUpDoc {
  const contactId = doc.interviews
    .find((i) => i.id === interviewId)
    ?.people.find((p) => p.id === personId)?.contactId;
  const changed = changeInterview(doc, interviewId, now, (i) => ({
    ...i,
    people: i.people.map((p) => (p.id === personId ? { ...p, ...patch } : p)),
  }));
  return contactId ? shareDetails(changed, contactId, pickShared(patch), now) : changed;
}

/** The details one person has in every interview they are linked in. */
const SHARED = ['name', 'honorific', 'email', 'phone'] as const;
type Shared = Partial<Pick<Person, (typeof SHARED)[number]>>;

function pickShared(patch: Shared): Shared {
  return Object.fromEntries(SHARED.filter((f) => patch[f] !== undefined).map((f) => [f, patch[f]]));
}

/** Writes shared details to every record of the person (people and references), in every interview. */
function shareDetails(doc: FollowUpDoc, contactId: string, patch: Shared, now: Date): FollowUpDoc {
  if (Object.keys(patch).length === 0) return doc;
  const linked = (r: { contactId: string }) => r.contactId === contactId;
  const stamp = now.toISOString();
  // A reference has no honorific of its own.
  const { honorific: _h, ...forReferences } = patch;
  return {
    ...doc,
    interviews: doc.interviews.map((i) =>
      i.people.some(linked) || i.references.some(linked)
        ? {
            ...i,
            people: i.people.map((p) => (linked(p) ? { ...p, ...patch } : p)),
            references: i.references.map((r) => (linked(r) ? { ...r, ...forReferences } : r)),
            updatedAt: stamp,
          }
        : i,
    ),
  };
}

export const removePerson = (doc: FollowUpDoc, interviewId: string, personId: string, now: Date) =>
  changeInterview(doc, interviewId, now, (i) => ({
    ...i,
    people: i.people.filter((p) => p.id !== personId),
    done: withoutSubject(i.done, personId),
  }));

/** Adds, updates or removes one reference of an interview. */
export const addReference = (doc: FollowUpDoc, interviewId: string, reference: Reference, now: Date) =>
  changeInterview(doc, interviewId, now, (i) => ({ ...i, references: [...i.references, reference] }));
export function patchReference(
  doc: FollowUpDoc,
  interviewId: string,
  referenceId: string,
  patch: Partial<Omit<Reference, 'id'>>,
  now: Date,
): FollowUpDoc {
  const contactId = doc.interviews
    .find((i) => i.id === interviewId)
    ?.references.find((r) => r.id === referenceId)?.contactId;
  const changed = changeInterview(doc, interviewId, now, (i) => ({
    ...i,
    references: i.references.map((r) => (r.id === referenceId ? { ...r, ...patch } : r)),
  }));
  return contactId ? shareDetails(changed, contactId, pickShared(patch), now) : changed;
}

export const removeReference = (doc: FollowUpDoc, interviewId: string, referenceId: string, now: Date) =>
  changeInterview(doc, interviewId, now, (i) => ({
    ...i,
    references: i.references.filter((r) => r.id !== referenceId),
    done: withoutSubject(i.done, referenceId),
  }));

function withoutSubject(done: Record<string, string>, subjectId: string): Record<string, string> {
  return Object.fromEntries(Object.entries(done).filter(([key]) => !key.endsWith(`:${subjectId}`)));
}

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

/** Contact data with the suggested rhythm and nothing logged. */
export const emptyContact = (now: Date): Contact => ({
  rhythm: 'auto',
  every: 3,
  unit: 'month',
  log: [],
  apart: [],
  updatedAt: now.toISOString(),
});

/** Changes a person's contact data (by contact id), created the first time. */
export function patchContact(
  doc: FollowUpDoc,
  contactId: string,
  change: (c: Contact) => Contact,
  now: Date,
): FollowUpDoc {
  const contact = change(doc.contacts[contactId] ?? emptyContact(now));
  return { ...doc, contacts: { ...doc.contacts, [contactId]: { ...contact, updatedAt: now.toISOString() } } };
}

/** Logs a contact with a person; the keep-in-touch timer counts from it. */
export const logContact = (doc: FollowUpDoc, contactId: string, entry: LoggedContact, now: Date) =>
  patchContact(doc, contactId, (c) => ({ ...c, log: [...c.log, entry] }), now);

/** Takes a logged contact back. */
export const unlogContact = (doc: FollowUpDoc, contactId: string, entryId: string, now: Date) =>
  doc.contacts[contactId]
    ? patchContact(doc, contactId, (c) => ({ ...c, log: c.log.filter((e) => e.id !== entryId) }), now)
    : doc;

/**
 * Forgets the contact data of people no longer in any interview (their last record was removed), so nothing
 * about them stays behind in storage or in a backup. Returns the entries forgotten, for an undo.
 */
export function pruneContacts(doc: FollowUpDoc): [FollowUpDoc, FollowUpDoc['contacts']] {
  const ids = Object.keys(doc.contacts);
  if (ids.length === 0) return [doc, {}];
  const present = new Set<string>();
  for (const i of doc.interviews) for (const r of [...i.people, ...i.references]) present.add(r.contactId);
  const gone = ids.filter((id) => !present.has(id));
  if (gone.length === 0) return [doc, {}];
  const contacts = { ...doc.contacts };
  const removed: FollowUpDoc['contacts'] = {};
  for (const id of gone) {
    removed[id] = contacts[id]!;
    delete contacts[id];
  }
  return [{ ...doc, contacts }, removed];
}
