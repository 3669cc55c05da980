/**
 * Changing and removing the people of interviews, and the keep-in-touch data kept per person. Apart from
 * doc-ops.ts (which every tool page loads) because only the pages that edit people need it.
 */
import { changeInterview } from './doc-ops';
import { newKeepInTouch } from './builders';
import {
  type KeepInTouch,
  type FollowUpDoc,
  type LoggedContact,
  type Person,
  type Reference,
  isDoneFor,
} from './model';

/**
 * Changes a person's details. Someone linked across interviews is one person: their name (and which words are the
 * given name), honorific, email and phone, changed in one interview, change in the others too (a title or an address may differ by employer).
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
    // A name typed over the one read from an invite is no longer the company's spelling.
    people: i.people.map((p) =>
      p.id === personId
        ? { ...p, ...patch, ...(patch.name !== undefined && patch.name !== p.name && { nameFrom: '' }) }
        : p,
    ),
  }));
  return contactId ? shareDetails(changed, contactId, pickShared(patch), now) : changed;
}

/** The details one person has in every interview they are linked in. */
const SHARED = ['name', 'givenName', 'familyName', 'honorific', 'email', 'phone'] as const;
type Shared = (typeof SHARED)[number];

function pickShared(patch: Partial<Pick<Person, Shared>>): Partial<Pick<Person, Shared>> {
  return Object.fromEntries(SHARED.filter((f) => patch[f] !== undefined).map((f) => [f, patch[f]]));
}

/**
 * Applies `patch` to every record (person or reference, in every interview) that `linked` picks, stamping the
 * interviews changed. A reference has no honorific, so it never takes one.
 */
export function patchRecords(
  doc: FollowUpDoc,
  linked: (r: { id: string; contactId: string }) => boolean,
  patch: Partial<Pick<Person, Shared | 'contactId'>>,
  now: Date,
): FollowUpDoc {
  const { honorific: _h, ...forReferences } = patch;
  const stamp = now.toISOString();
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

/** Writes shared details to every record of the person (people and references), in every interview. */
function shareDetails(
  doc: FollowUpDoc,
  contactId: string,
  patch: Partial<Pick<Person, Shared>>,
  now: Date,
): FollowUpDoc {
  return Object.keys(patch).length === 0
    ? doc
    : patchRecords(doc, (r) => r.contactId === contactId, patch, now);
}

/**
 * Says which words of a person's or reference's name are the given name and which the family name, for that
 * record and every record linked to it (the same person met at several interviews); '' and '' unsay it.
 */
export function patchNameParts(
  doc: FollowUpDoc,
  recordId: string,
  parts: Pick<Person, 'givenName' | 'familyName'>,
  now: Date,
): FollowUpDoc {
  const record = doc.interviews.flatMap((i) => [...i.people, ...i.references]).find((r) => r.id === recordId);
  if (!record) return doc;
  const same = (r: { id: string; contactId: string }) =>
    r.id === recordId || (!!record.contactId && r.contactId === record.contactId);
  return patchRecords(doc, same, parts, now);
}

export const removePerson = (doc: FollowUpDoc, interviewId: string, personId: string, now: Date) =>
  changeInterview(doc, interviewId, now, (i) => ({
    ...i,
    people: i.people.filter((p) => p.id !== personId),
    done: withoutSubject(i.done, personId),
  }));

/** Updates or removes one reference of an interview. */
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
  return Object.fromEntries(Object.entries(done).filter(([key]) => !isDoneFor(key, subjectId)));
}

/** Changes a person's contact data (by contact id), created the first time. */
export function patchContact(
  doc: FollowUpDoc,
  contactId: string,
  change: (c: KeepInTouch) => KeepInTouch,
  now: Date,
): FollowUpDoc {
  const contact = change(doc.contacts[contactId] ?? newKeepInTouch(now));
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
  const entries = Object.entries(doc.contacts);
  const kept = entries.filter(([id]) => present.has(id));
  const removed = Object.fromEntries(entries.filter(([id]) => gone.includes(id)));
  return [{ ...doc, contacts: Object.fromEntries(kept) }, removed];
}
