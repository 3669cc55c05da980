/**
 * Linking people recorded in several interviews as one person: who may be the same, what differs between
 * them, the link itself and its undo, and taking a record out again. Pure: documents in, documents out.
 */
import { newKeepInTouch } from './model/builders';
import { patchContact, patchRecords } from './model/people-ops';
import {
  type KeepInTouch,
  type FollowUpDoc,
  type Interview,
  type Person,
  type Reference,
  mergeLogs,
} from './model/model';
import { type PersonGroup, nameKey, peopleOf } from './people';
import { interviewTitle } from './titles';

/** An email address as compared: case and surrounding spaces ignored. */
export const emailKey = (email: string) => email.trim().toLowerCase();

/** Two people who may be one, and why. */
export interface Suggestion {
  a: PersonGroup;
  b: PersonGroup;
  /** `both`: same name and email; `email`: same email, names differ; `name`: same name, one has no email. */
  reason: 'both' | 'email' | 'name';
}

/**
 * A record's name and email as compared, worked out once per record: stored records are immutable, so a
 * keystroke in one name leaves every other record's keys as they were.
 */
const compared = new WeakMap<Person | Reference, { name: string; email: string }>();
function keysOfRecord(record: Person | Reference): { name: string; email: string } {
  let keys = compared.get(record);
  if (!keys) compared.set(record, (keys = { name: nameKey(record.name), email: emailKey(record.email) }));
  return keys;
}

/** A person's names or emails as compared, each once (most people have one record: no set is made for them). */
function keysOf(g: PersonGroup, key: 'name' | 'email'): readonly string[] {
  if (g.met.length === 1) {
    const only = keysOfRecord(g.met[0].record)[key];
    return only ? [only] : [];
  }
  return [...new Set(g.met.map((m) => keysOfRecord(m.record)[key]).filter(Boolean))];
}

/** The suggestions that involve one person, on either side. */
export const suggestionsFor = (suggestions: readonly Suggestion[], contactId: string): Suggestion[] =>
  suggestions.filter((s) => s.a.contactId === contactId || s.b.contactId === contactId);

/**
 * People who may be the same person: the same email, or the same name (accents and case aside) where one
 * of them has no email. Two with the same name and different emails are left alone. Pairs the user said
 * are different people are not suggested again. Each match pairs with the first person found, so a name
 * recorded in ten interviews gives nine suggestions, not forty-five.
 */
export function linkSuggestions(
  groups: readonly PersonGroup[],
  contacts: FollowUpDoc['contacts'],
): Suggestion[] {
  const byEmail = new Map<string, PersonGroup>();
  const byName = new Map<string, PersonGroup>();
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  const apart = (a: PersonGroup, b: PersonGroup) =>
    !!contacts[a.contactId]?.apart.includes(b.contactId) ||
    !!contacts[b.contactId]?.apart.includes(a.contactId);
  const offer = (a: PersonGroup, b: PersonGroup, reason: Suggestion['reason']) => {
    const pair = `${a.contactId}\n${b.contactId}`;
    if (a === b || seen.has(pair) || apart(a, b)) return;
    seen.add(pair);
    out.push({ a, b, reason });
  };
  for (const g of groups) {
    const emails = keysOf(g, 'email');
    const names = keysOf(g, 'name');
    for (const email of emails) {
      const first = byEmail.get(email);
      if (!first) byEmail.set(email, g);
      else offer(first, g, names.some((n) => keysOf(first, 'name').includes(n)) ? 'both' : 'email');
    }
    for (const name of names) {
      const first = byName.get(name);
      if (!first) byName.set(name, g);
      else if (emails.length === 0 || keysOf(first, 'email').length === 0) offer(first, g, 'name');
    }
  }
  return out;
}

/** The details that belong to the person rather than to one interview, in the order they are compared. */
export const SHARED_FIELDS = ['name', 'honorific', 'email', 'phone'] as const;
export type SharedField = (typeof SHARED_FIELDS)[number];

/** Different values two people have for one detail, to choose between. */
export interface Conflict {
  field: SharedField;
  /** Each value once (spaces trimmed), the first person's first: two at least. */
  values: [string, string, ...string[]];
}

function valuesOf(groups: readonly PersonGroup[], field: SharedField): string[] {
  const values: string[] = [];
  // Emails are compared without case: `Dana@x` and `dana@x` are one address, written the first way seen.
  const same = (a: string, b: string) => (field === 'email' ? emailKey(a) === emailKey(b) : a === b);
  for (const g of groups)
    for (const { record } of g.met) {
      const value = field in record ? (record as Person)[field].trim() : '';
      if (value && !values.some((v) => same(v, value))) values.push(value);
    }
  return values;
}

/** The details on which two people disagree; a detail only one of them has is not a conflict (it is kept). */
export function conflictsOf(a: PersonGroup, b: PersonGroup): Conflict[] {
  return SHARED_FIELDS.map((field) => ({ field, values: valuesOf([a, b], field) })).filter(
    (c): c is Conflict => c.values.length > 1,
  );
}

/** Rhythm, log and "not the same as" of two people, as one. */
function mergeContacts(
  keep: KeepInTouch | undefined,
  other: KeepInTouch | undefined,
  ids: string[],
  now: Date,
) {
  const base = keep && keep.rhythm !== 'auto' ? keep : (other ?? keep);
  if (!base) return undefined;
  const log = mergeLogs(keep?.log ?? [], other?.log ?? []);
  const apart = [...new Set([...(keep?.apart ?? []), ...(other?.apart ?? [])])].filter(
    (id) => !ids.includes(id),
  );
  return {
    rhythm: base.rhythm,
    every: base.every,
    unit: base.unit,
    log,
    apart,
    updatedAt: now.toISOString(),
  };
}

/**
 * Links two people as one: every record of `other` takes the contact id of `keep`; each shared detail
 * takes the value picked for it, or the one value either has (so a blank is filled, never the reverse);
 * their logged contacts are put together and a rhythm set on either is kept. Details of one interview
 * (a title, an address, what a reference will stress) stay with their interview.
 */
export function linkPeople(
  doc: FollowUpDoc,
  keep: PersonGroup,
  other: PersonGroup,
  picks: Partial<Record<SharedField, string>>,
  now: Date,
): FollowUpDoc {
  const ids = [keep.contactId, other.contactId];
  const chosen: Partial<Record<SharedField, string>> = {};
  for (const field of SHARED_FIELDS) {
    const values = valuesOf([keep, other], field);
    const pick = picks[field];
    if (pick !== undefined && values.includes(pick)) chosen[field] = pick;
    else if (values[0] !== undefined) chosen[field] = values[0];
  }
  const linked = (r: { contactId: string }) => ids.includes(r.contactId);
  const merged = mergeContacts(doc.contacts[keep.contactId], doc.contacts[other.contactId], ids, now);
  const { [keep.contactId]: _k, [other.contactId]: _o, ...rest } = doc.contacts;
  // Whoever was kept apart from the one merged away is now kept apart from the one kept.
  const contacts = Object.fromEntries(
    Object.entries(rest).map(([id, c]) => [
      id,
      c.apart.includes(other.contactId)
        ? { ...c, apart: [...new Set(c.apart.map((x) => (x === other.contactId ? keep.contactId : x)))] }
        : c,
    ]),
  );
  const relinked = patchRecords(doc, linked, { ...chosen, contactId: keep.contactId }, now);
  return { ...relinked, contacts: merged ? { ...contacts, [keep.contactId]: merged } : contacts };
}

/** What linking changed, to put back: the records of both people as they were, and their contact data. */
export interface LinkSnapshot {
  records: { interviewId: string; record: Person | Reference }[];
  contacts: [string, KeepInTouch | undefined][];
}

export function snapshotOf(doc: FollowUpDoc, groups: readonly PersonGroup[]): LinkSnapshot {
  return {
    records: groups.flatMap((g) => g.met.map((m) => ({ interviewId: m.interview.id, record: m.record }))),
    contacts: groups.map((g) => [g.contactId, doc.contacts[g.contactId]]),
  };
}

/**
 * Undoes a link: the records come back as they were (those deleted since stay deleted, and other edits
 * to their interviews are kept), and so does each person's contact data.
 */
export function restoreSnapshot(doc: FollowUpDoc, snap: LinkSnapshot, now: Date): FollowUpDoc {
  const before = new Map(snap.records.map((s) => [`${s.interviewId}\n${s.record.id}`, s.record]));
  const stamp = now.toISOString();
  const undone = new Map(snap.contacts);
  const contacts = Object.fromEntries([
    ...Object.entries(doc.contacts).filter(([id]) => !undone.has(id)),
    ...snap.contacts.filter((e): e is [string, KeepInTouch] => !!e[1]),
  ]);
  return {
    ...doc,
    interviews: doc.interviews.map((i) => {
      const back = <T extends Person | Reference>(r: T): T =>
        (before.get(`${i.id}\n${r.id}`) as T | undefined) ?? r;
      const touched = [...i.people, ...i.references].some((r) => before.has(`${i.id}\n${r.id}`));
      return touched
        ? { ...i, people: i.people.map(back), references: i.references.map(back), updatedAt: stamp }
        : i;
    }),
    contacts,
  };
}

/**
 * Takes one record out of a linked person: it becomes a person of its own, with `newId`, remembered as
 * different so the match is not suggested again. The logged contacts stay with the others.
 */
export function unlinkRecord(
  doc: FollowUpDoc,
  interviewId: string,
  recordId: string,
  newId: string,
  now: Date,
): FollowUpDoc {
  let oldId = '';
  const interviews = doc.interviews.map((i) => {
    if (i.id !== interviewId) return i;
    const split = <T extends Person | Reference>(r: T): T => {
      if (r.id !== recordId) return r;
      oldId = r.contactId;
      return { ...r, contactId: newId };
    };
    return {
      ...i,
      people: i.people.map(split),
      references: i.references.map(split),
      updatedAt: now.toISOString(),
    };
  });
  if (!oldId) return doc;
  const old = doc.contacts[oldId];
  return {
    ...doc,
    interviews,
    contacts: {
      ...doc.contacts,
      [newId]: { ...newKeepInTouch(now), apart: [oldId] },
      ...(old && { [oldId]: { ...old, apart: [...old.apart, newId], updatedAt: now.toISOString() } }),
    },
  };
}

/** Remembers that two people are not the same (on both), so the match is not suggested again. */
export function keepApart(doc: FollowUpDoc, a: string, b: string, now: Date): FollowUpDoc {
  const add = (id: string) => (c: KeepInTouch) => ({
    ...c,
    apart: c.apart.includes(id) ? c.apart : [...c.apart, id].slice(-500),
  });
  return patchContact(patchContact(doc, a, add(b), now), b, add(a), now);
}

/**
 * For each record of `interview` that may be someone recorded at another interview, that interview's title
 * (what the person's card offers as "same person?"), by the record's `contactId`.
 */
export function elsewhereFor(
  interview: Interview,
  doc: Pick<FollowUpDoc, 'interviews' | 'contacts'>,
): Map<string, string> {
  const here = new Set([...interview.people, ...interview.references].map((r) => r.contactId));
  const found = new Map<string, string>();
  for (const { a, b } of linkSuggestions(peopleOf(doc.interviews), doc.contacts)) {
    const [mine, other] = here.has(a.contactId) ? [a, b] : [b, a];
    const where = other.met[0].interview;
    if (!here.has(mine.contactId) || here.has(other.contactId) || found.has(mine.contactId)) continue;
    found.set(mine.contactId, interviewTitle(where));
  }
  return found;
}
