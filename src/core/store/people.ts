/**
 * Actions of the People page: link the same person across interviews, keep people apart, set a
 * keep-in-touch rhythm, log a contact. Each destructive or surprising change offers an undo.
 */
import * as ops from '../model/people-ops';
import type { KeepInTouch, LoggedContact } from '../model/model';
import type { Met, PersonGroup } from '../people';
import {
  type SharedField,
  keepApart,
  linkPeople,
  restoreSnapshot,
  snapshotOf,
  unlinkRecord,
} from '../link-people';
import { newId } from '../model/builders';
import { localDay } from '../local-dates';
import { $doc, $undo, update } from './followup';

/** Links two people as one, with the details picked where they differ; undoable. */
export function link(
  keep: PersonGroup,
  other: PersonGroup,
  picks: Partial<Record<SharedField, string>>,
): void {
  const snapshot = snapshotOf($doc.get(), [keep, other]);
  update((doc) => linkPeople(doc, keep, other, picks, new Date()));
  $undo.set({
    message: `Linked: ${picks.name ?? keep.name} is one person across ${keep.met.length + other.met.length} records.`,
    undo: () => {
      update((doc) => restoreSnapshot(doc, snapshot, new Date()));
      $undo.set(undefined);
    },
  });
}

/** Remembers that two people with a matching name or email are different people. */
export const notTheSame = (a: string, b: string) => update((doc) => keepApart(doc, a, b, new Date()));

/**
 * Takes one interview's record out of a linked person: it becomes a person of its own. Returns whom a page
 * about the person shows next: the new person when the record taken out was the latest (the one the page
 * is named after), else the person it was taken from.
 */
export function unlink(group: PersonGroup, met: Met): string {
  const id = newId();
  update((doc) => unlinkRecord(doc, met.interview.id, met.record.id, id, new Date()));
  return met === group.met[0] ? id : group.contactId;
}

/** Sets how often to get in touch with someone. */
export const setRhythm = (contactId: string, rhythm: Pick<KeepInTouch, 'rhythm' | 'every' | 'unit'>) =>
  update((doc) => ops.patchContact(doc, contactId, (c) => ({ ...c, ...rhythm }), new Date()));

/** Logs a contact (today unless said otherwise); undoable. Returns its id. */
export function logContact(
  contactId: string,
  name: string,
  entry: Pick<LoggedContact, 'kind' | 'notes'> & { on?: string },
): string {
  const id = newId();
  const now = new Date();
  update((doc) =>
    ops.logContact(
      doc,
      contactId,
      { id, kind: entry.kind, notes: entry.notes, on: entry.on || localDay(now) },
      now,
    ),
  );
  $undo.set({
    message: `Logged: in touch with ${name}.`,
    undo: () => {
      removeLogged(contactId, id);
      $undo.set(undefined);
    },
  });
  return id;
}

/** Takes a logged contact back. */
export const removeLogged = (contactId: string, id: string) =>
  update((doc) => ops.unlogContact(doc, contactId, id, new Date()));

/**
 * Logs a note sent from the builder that is sent again and again (the check-in), with its text, so the next
 * one can start afresh and this one stays in the person's history.
 */
export const logNote = (contactId: string, notes: string, text: string) =>
  update((doc) => {
    const now = new Date();
    return ops.logContact(doc, contactId, { id: newId(), on: localDay(now), kind: 'note', notes, text }, now);
  });

/** Takes back the note logged when a note marked sent at `sentAt` (ISO) is taken back. */
export const unlogNote = (contactId: string, sentAt: string) =>
  update((doc) => {
    const day = localDay(new Date(sentAt));
    const entry = doc.contacts[contactId]?.log.findLast((e) => e.kind === 'note' && e.on === day);
    return entry ? ops.unlogContact(doc, contactId, entry.id, new Date()) : doc;
  });
