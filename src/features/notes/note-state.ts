/**
 * What the note builder decides about the note on screen, apart from its view: which draft is shown (a
 * repeated note sent a while ago starts afresh), what sending it marks, and what a repeated note logs. Pure.
 */
import type { ChecklistItem } from '../../core/checklist-schema';
import type { Draft, FollowUpDoc, Interview } from '../../core/model/model';
import { type Recipient, sentKey, startDraft } from './compose';
import type { Situation } from './situation-schema';

/** A repeated note (the check-in) sent a while ago: the next one starts afresh; the last is kept in the log. */
export function isStale(draft: Draft | undefined, situation: Situation, sentNow: boolean): boolean {
  return !!draft?.sentVia && !!situation.repeats && !sentNow;
}

/** The draft shown for a saved recipient: the stored one, unless missing or stale, then a fresh start. */
export function shownDraft(
  doc: FollowUpDoc,
  key: string,
  situation: Situation,
  sentNow: boolean,
  recipient: Recipient | undefined,
  now: Date,
): Draft {
  const stored = doc.drafts[key];
  return stored && !isStale(stored, situation, sentNow) ? stored : startDraft(doc, recipient, now);
}

/** The checklist task and draft that sending this note marks, when it is for a saved person. */
export function sendTarget(
  interview: Interview | undefined,
  recipient: Recipient | undefined,
  key: string | undefined,
  situation: Situation,
  items: readonly ChecklistItem[],
): { interviewId: string; key: string; draftKey: string } | undefined {
  return interview && recipient && key
    ? { interviewId: interview.id, key: sentKey(situation, recipient.id, items), draftKey: key }
    : undefined;
}

/** A note sent again and again is logged with the person, its text kept. */
export function repeatLog(
  situation: Situation,
  recipient: Recipient | undefined,
  body: string,
): { contactId: string; label: string; text: string } | undefined {
  return situation.repeats && recipient
    ? { contactId: recipient.contactId, label: situation.label, text: body }
    : undefined;
}
