/**
 * Sending a note, as one change to the stored data: the checklist's task ticked, how the note left, and, for a
 * note sent again and again (the check-in), the note logged with the person. Undo takes back exactly that.
 * Loaded with the note's actions, not at page load.
 */
import type { ChecklistItem } from '../../core/checklist-schema';
import type { Situation } from './situation-schema';
import { type Recipient, recipientsOf, sentAt, situationsFor } from './compose';
import * as ops from '../../core/model/doc-ops';
import { patchDraft } from './draft-ops';
import type { Draft, Interview, SentVia } from '../../core/model/model';
import { logContact, unlogContact } from '../../core/model/people-ops';
import { localDay } from '../../core/local-dates';
import { update } from '../../core/store/followup';

/** Where a note's sending is recorded: the interview, the task's key and the draft's key. */
export interface SendTarget {
  interviewId: string;
  key: string;
  draftKey: string;
}

/** A note logged with the person when sent: whose log, and under what words (the situation's label). */
export interface NoteLog {
  contactId: string;
  label: string;
  /** The note as sent. */
  text: string;
}

/**
 * The id of the entry a note sent at `sentAt` (the moment the task was ticked) is logged under, so undoing that
 * send takes out that entry and no other. (Random ids are hex: this one cannot be taken by another entry.)
 */
const loggedAs = (sentAt: string) => `sent-${sentAt}`;

/** Records the note as sent, how (`via`), from the draft as shown; logs it with the person when `log` says. */
export function sendNote(target: SendTarget, via: SentVia, draft: Draft, log?: NoteLog): void {
  const now = new Date();
  update((doc) => {
    const sent = patchDraft(
      ops.setDone(doc, target.interviewId, target.key, true, now),
      target.draftKey,
      { ...draft, sentVia: via },
      now,
      draft,
    );
    if (!log) return sent;
    const entry = { id: loggedAs(now.toISOString()), on: localDay(now), kind: 'note' as const };
    return logContact(sent, log.contactId, { ...entry, notes: log.label, text: log.text }, now);
  });
}

/**
 * Takes back a note marked sent at `sentAt`: the task is open again, the draft keeps every word, and the
 * entry that send logged with the person (if any) is taken out of their history. A note logged by an older
 * version, under a random id, is found as it was then: the note logged that day with this very text.
 */
export function unsendNote(target: SendTarget, sentAt: string, log?: NoteLog): void {
  const now = new Date();
  update((doc) => {
    let undone = ops.setDone(doc, target.interviewId, target.key, false, now);
    if (undone.drafts[target.draftKey]) undone = patchDraft(undone, target.draftKey, { sentVia: '' }, now);
    if (!log) return undone;
    const day = localDay(new Date(sentAt));
    const entries = undone.contacts[log.contactId]?.log ?? [];
    const entry =
      entries.find((e) => e.id === loggedAs(sentAt)) ??
      entries.findLast(
        (e) => e.kind === 'note' && e.on === day && e.text === log.text && !e.id.startsWith('sent-'),
      );
    return entry ? unlogContact(undone, log.contactId, entry.id, now) : undone;
  });
}

/** The next person this situation is still owed to, after `currentId` in the interview's order, or undefined. */
export function nextRecipient(
  interview: Interview | undefined,
  situation: Situation,
  currentId: string,
  items: readonly ChecklistItem[],
): Recipient | undefined {
  const all = recipientsOf(interview).filter(
    (r) =>
      situationsFor([situation], r).length > 0 &&
      (situation.to !== 'interviewer' || r.kind === 'interviewer'),
  );
  const at = all.findIndex((r) => r.id === currentId);
  const order = [...all.slice(at + 1), ...all.slice(0, Math.max(at, 0))];
  return order.find((r) => r.id !== currentId && !sentAt(interview, r.id, situation, items));
}
