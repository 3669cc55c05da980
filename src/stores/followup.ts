import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine } from '@nanostores/persistent';
import * as ops from '../lib/doc-ops';
import { decodeProblemMessage, decodeStored } from '../lib/migrate';
import { patchDraft } from '../lib/draft-ops';
import {
  type Draft,
  type FollowUpDoc,
  type Interview,
  KEPT_ASIDE_PREFIX,
  type Person,
  type Reference,
  STORAGE_KEY,
  type SentVia,
  emptyDoc,
} from '../lib/model';
import { createSafeStorage } from './safe-storage';

/** Stored data that could not be read: kept aside under `key`, offered for download, never overwritten. */
export interface KeptAside {
  key: string;
  raw: string;
  message: string;
  detail: string;
}

/** Unreadable data found at start, when there was some. */
export const $keptAside = atom<KeptAside | undefined>();

/** The last destructive change, which the user can undo. */
export const $undo = atom<{ message: string; undo: () => void } | undefined>();

const storage = createSafeStorage();
setPersistentEngine(storage.engine, storage.events);

/**
 * Copies unreadable stored text to its own key (once) and reports it; the tools then start clean.
 * If it cannot be copied (storage blocked or full), the original key is held in memory so nothing overwrites it.
 */
function keepAside(raw: string, message: string, detail: string): void {
  if ($keptAside.get()?.raw === raw) return;
  let key = `${KEPT_ASIDE_PREFIX}${new Date().toISOString()}`;
  try {
    const existing = Object.keys(localStorage).find(
      (k) => k.startsWith(KEPT_ASIDE_PREFIX) && localStorage.getItem(k) === raw,
    );
    if (existing) key = existing;
    else localStorage.setItem(key, raw);
  } catch {
    storage.pin(STORAGE_KEY);
  }
  $keptAside.set({ key, raw, message, detail });
}

function decode(raw: string): FollowUpDoc {
  const start = performance.now();
  const result = decodeStored(raw);
  // Read by the benchmark, with `checklist:mount`: the cost of loading the saved data.
  performance.measure('checklist:decode', { start });
  if (result.ok) return result.doc;
  keepAside(raw, decodeProblemMessage(result.reason), result.detail);
  return emptyDoc();
}

/** Everything the tools store, kept in localStorage and in step across tabs. */
export const $doc = persistentAtom<FollowUpDoc>(STORAGE_KEY, emptyDoc(), { encode: JSON.stringify, decode });

/**
 * Applies a change to the latest stored document, not only to this tab's copy, so that edits made in
 * two tabs to different records are both kept even if this tab has not yet heard of the other's.
 */
export function update(change: (doc: FollowUpDoc) => FollowUpDoc): void {
  let base = $doc.get();
  const raw = storage.engine[STORAGE_KEY];
  if (raw !== undefined && !storage.hasUnsaved(STORAGE_KEY) && !$keptAside.get()) {
    const stored = decodeStored(raw);
    if (stored.ok) base = stored.doc;
  }
  $doc.set(change(base));
}

const newId = () => crypto.randomUUID().slice(0, 8);

/** Adds an interview and returns its id. */
export function addInterview(fields: Partial<ops.InterviewFields>): string {
  const id = newId();
  update((doc) => ops.addInterview(doc, ops.newInterview(id, fields, new Date())));
  return id;
}

/** Changes fields of an interview. */
export const updateInterview = (id: string, patch: Partial<ops.InterviewFields>) =>
  update((doc) => ops.patchInterview(doc, id, patch, new Date()));

/** Deletes an interview and its drafts; it can be brought back with the undo offered in `$undo`. */
export function deleteInterview(id: string): void {
  const doc = $doc.get();
  const index = doc.interviews.findIndex((i) => i.id === id);
  const removed: Interview | undefined = doc.interviews[index];
  if (!removed) return;
  const drafts = ops.draftsUnder(doc, `${id}:`);
  const contacts = removing((d) => ops.withoutDrafts(ops.removeInterview(d, id), `${id}:`));
  $undo.set({
    message: `Deleted the interview${removed.company ? ` at ${removed.company}` : ''}.`,
    undo: () => {
      update((d) => ({
        ...ops.restoreInterview(d, removed, index),
        drafts: { ...d.drafts, ...drafts },
        contacts: { ...contacts(), ...d.contacts },
      }));
      $undo.set(undefined);
    },
  });
}

/**
 * Applies a removal, then forgets the contact data of anyone no longer in any interview. Returns what was
 * forgotten (read once the change is applied), for the undo to put back.
 */
function removing(change: (doc: FollowUpDoc) => FollowUpDoc): () => FollowUpDoc['contacts'] {
  let forgotten: FollowUpDoc['contacts'] = {};
  update((d) => {
    const [pruned, removed] = ops.pruneContacts(change(d));
    forgotten = removed;
    return pruned;
  });
  return () => forgotten;
}

/** Adds someone met at the interview, with what is known of them, and returns their id. */
export function addPerson(
  interviewId: string,
  role: Person['role'] = 'interviewer',
  details: Partial<Omit<Person, 'id'>> = {},
): string {
  const id = newId();
  update((doc) => ops.addPerson(doc, interviewId, ops.newPerson(id, role, details), new Date()));
  return id;
}

export const updatePerson = (
  interviewId: string,
  personId: string,
  patch: Parameters<typeof ops.patchPerson>[3],
) => update((doc) => ops.patchPerson(doc, interviewId, personId, patch, new Date()));

/** Removes a person and their drafts; undoable. */
export function removePerson(interviewId: string, personId: string): void {
  const person = $doc
    .get()
    .interviews.find((i) => i.id === interviewId)
    ?.people.find((p) => p.id === personId);
  removeSubject(interviewId, personId, (doc) => ops.removePerson(doc, interviewId, personId, new Date()));
  offerRestore(interviewId, personId, `Removed ${person?.name || 'a person'}.`);
}

/** Adds a reference, with what is known of them, and returns their id. */
export function addReference(interviewId: string, details: Partial<Omit<Reference, 'id'>> = {}): string {
  const id = newId();
  update((doc) => ops.addReference(doc, interviewId, ops.newReference(id, details), new Date()));
  return id;
}

export const updateReference = (
  interviewId: string,
  referenceId: string,
  patch: Parameters<typeof ops.patchReference>[3],
) => update((doc) => ops.patchReference(doc, interviewId, referenceId, patch, new Date()));

/** Removes a reference and their drafts; undoable. */
export function removeReference(interviewId: string, referenceId: string): void {
  const reference = $doc
    .get()
    .interviews.find((i) => i.id === interviewId)
    ?.references.find((r) => r.id === referenceId);
  removeSubject(interviewId, referenceId, (doc) =>
    ops.removeReference(doc, interviewId, referenceId, new Date()),
  );
  offerRestore(interviewId, referenceId, `Removed ${reference?.name || 'a reference'}.`);
}

let beforeRemoval:
  | { interview: Interview; drafts: FollowUpDoc['drafts']; contacts: () => FollowUpDoc['contacts'] }
  | undefined;

function removeSubject(interviewId: string, subjectId: string, change: (doc: FollowUpDoc) => FollowUpDoc) {
  const doc = $doc.get();
  const interview = doc.interviews.find((i) => i.id === interviewId);
  const prefix = `${interviewId}:${subjectId}:`;
  const drafts = ops.draftsUnder(doc, prefix);
  const contacts = removing((d) => ops.withoutDrafts(change(d), prefix));
  beforeRemoval = interview && { interview, drafts, contacts };
}

function offerRestore(interviewId: string, subjectId: string, message: string): void {
  const before = beforeRemoval;
  if (!before) return;
  $undo.set({
    message,
    undo: () => {
      // Only the removed record comes back: other edits made since to the interview are kept.
      update((doc) => ({
        ...doc,
        interviews: doc.interviews.map((i) => {
          if (i.id !== interviewId) return i;
          const person = before.interview.people.find((p) => p.id === subjectId);
          const reference = before.interview.references.find((r) => r.id === subjectId);
          const ticks = Object.entries(before.interview.done).filter(([k]) => k.endsWith(`:${subjectId}`));
          return {
            ...i,
            people: person ? restoreAt(i.people, person, before.interview.people.indexOf(person)) : i.people,
            references: reference
              ? restoreAt(i.references, reference, before.interview.references.indexOf(reference))
              : i.references,
            done: { ...i.done, ...Object.fromEntries(ticks) },
          };
        }),
        drafts: { ...doc.drafts, ...before.drafts },
        contacts: { ...before.contacts(), ...doc.contacts },
      }));
      $undo.set(undefined);
    },
  });
}

function restoreAt<T extends { id: string }>(list: readonly T[], item: T, index: number): T[] {
  const rest = list.filter((x) => x.id !== item.id);
  return [...rest.slice(0, index), item, ...rest.slice(index)];
}

/** Ticks or unticks a checklist task. */
export const setDone = (interviewId: string, key: string, done: boolean) =>
  update((doc) => ops.setDone(doc, interviewId, key, done, new Date()));

/** Changes the user's own contact details. */
export const updateProfile = (patch: Parameters<typeof ops.patchProfile>[1]) =>
  update((doc) => ops.patchProfile(doc, patch));

/**
 * Records a note as sent: ticks its checklist task and keeps how it left (copied, email app, download).
 * `undoSent` takes both back.
 */
export function markSent(
  interviewId: string,
  key: string,
  draftKey: string,
  via: SentVia,
  base: Draft,
  log?: { contactId: string; notes: string; text: string },
): void {
  const now = new Date();
  update((doc) => {
    const sent = patchDraft(
      ops.setDone(doc, interviewId, key, true, now),
      draftKey,
      { sentVia: via },
      now,
      base,
    );
    if (!log) return sent;
    // A note sent again and again (the check-in) is logged each time, so the next one starts afresh.
    const entry = { id: newId(), on: localDay(now), kind: 'note' as const, notes: log.notes, text: log.text };
    return ops.logContact(sent, log.contactId, entry, now);
  });
}

/** Today as a local `YYYY-MM-DD`. */
export const localDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * Takes back "sent": the task is open again and the note keeps every word. For a logged note (`contactId`
 * given), the entry logged the day it was marked sent goes too.
 */
export function undoSent(interviewId: string, key: string, draftKey: string, contactId?: string): void {
  const now = new Date();
  update((doc) => {
    const at = doc.interviews.find((i) => i.id === interviewId)?.done[key];
    const day = at && localDay(new Date(at));
    const entry =
      contactId && doc.contacts[contactId]?.log.findLast((e) => e.kind === 'note' && e.on === day);
    const undone = ops.setDone(doc, interviewId, key, false, now);
    const unlogged = entry ? ops.unlogContact(undone, contactId, entry.id, now) : undone;
    return unlogged.drafts[draftKey] ? patchDraft(unlogged, draftKey, { sentVia: '' }, now) : unlogged;
  });
}

/** Remembers that a hint was answered "not now". */
export const dismissHint = (id: string) => update((doc) => ops.dismissHint(doc, id));

/** Forgets the notice about unreadable data; the kept-aside copy stays in storage. */
export const dismissKeptAside = () => $keptAside.set(undefined);
