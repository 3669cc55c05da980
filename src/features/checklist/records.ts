/**
 * Adding, changing and removing the people and references of an interview, and deleting an interview, each
 * removal with an undo. Loaded with an interview's view; adding and changing an interview itself is in
 * features/checklist/interview-actions.ts, which the checklist's list needs at load.
 */
import * as builders from '../../core/model/builders';
import { newId } from '../../core/model/builders';
import * as iops from './interview-ops';
import {
  type FollowUpDoc,
  type Interview,
  type Person,
  type Reference,
  draftPrefix,
  isDoneFor,
} from '../../core/model/model';
import * as people from '../../core/model/people-ops';
import { $doc, $undo, update } from '../../core/store/followup';

/** Adds someone met at the interview, with what is known of them, and returns their id. */
export function addPerson(
  interviewId: string,
  role: Person['role'] = 'interviewer',
  details: Partial<Omit<Person, 'id'>> = {},
): string {
  const id = newId();
  update((doc) => iops.addPerson(doc, interviewId, builders.newPerson(id, role, details), new Date()));
  return id;
}

/** Adds a reference, with what is known of them, and returns their id. */
export function addReference(interviewId: string, details: Partial<Omit<Reference, 'id'>> = {}): string {
  const id = newId();
  update((doc) => iops.addReference(doc, interviewId, builders.newReference(id, details), new Date()));
  return id;
}

/** Deletes an interview and its drafts; it can be brought back with the undo offered in `$undo`. */
export function deleteInterview(id: string): void {
  const doc = $doc.get();
  const index = doc.interviews.findIndex((i) => i.id === id);
  const removed: Interview | undefined = doc.interviews[index];
  if (!removed) return;
  const drafts = iops.draftsUnder(doc, draftPrefix(id));
  const contacts = removing((d) => iops.withoutDrafts(iops.removeInterview(d, id), draftPrefix(id)));
  $undo.set({
    message: `Deleted the interview${removed.company ? ` at ${removed.company}` : ''}.`,
    undo: () => {
      update((d) => ({
        ...iops.restoreInterview(d, removed, index),
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
    const [pruned, removed] = people.pruneContacts(change(d));
    forgotten = removed;
    return pruned;
  });
  return () => forgotten;
}

export const updatePerson = (
  interviewId: string,
  personId: string,
  patch: Parameters<typeof people.patchPerson>[3],
) => update((doc) => people.patchPerson(doc, interviewId, personId, patch, new Date()));

/** Removes a person and their drafts; undoable. */
export function removePerson(interviewId: string, personId: string): void {
  const person = $doc
    .get()
    .interviews.find((i) => i.id === interviewId)
    ?.people.find((p) => p.id === personId);
  removeSubject(interviewId, personId, (doc) => people.removePerson(doc, interviewId, personId, new Date()));
  offerRestore(interviewId, personId, `Removed ${person?.name || 'a person'}.`);
}

export const updateReference = (
  interviewId: string,
  referenceId: string,
  patch: Parameters<typeof people.patchReference>[3],
) => update((doc) => people.patchReference(doc, interviewId, referenceId, patch, new Date()));

/** Removes a reference and their drafts; undoable. */
export function removeReference(interviewId: string, referenceId: string): void {
  const reference = $doc
    .get()
    .interviews.find((i) => i.id === interviewId)
    ?.references.find((r) => r.id === referenceId);
  removeSubject(interviewId, referenceId, (doc) =>
    people.removeReference(doc, interviewId, referenceId, new Date()),
  );
  offerRestore(interviewId, referenceId, `Removed ${reference?.name || 'a reference'}.`);
}

let beforeRemoval:
  | { interview: Interview; drafts: FollowUpDoc['drafts']; contacts: () => FollowUpDoc['contacts'] }
  | undefined;

function removeSubject(interviewId: string, subjectId: string, change: (doc: FollowUpDoc) => FollowUpDoc) {
  const doc = $doc.get();
  const interview = doc.interviews.find((i) => i.id === interviewId);
  const prefix = draftPrefix(interviewId, subjectId);
  const drafts = iops.draftsUnder(doc, prefix);
  const contacts = removing((d) => iops.withoutDrafts(change(d), prefix));
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
          const ticks = Object.entries(before.interview.done).filter(([k]) => isDoneFor(k, subjectId));
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
