/**
 * What the note builder decides about the note on screen, apart from its view: which draft is shown (a
 * repeated note sent a while ago starts afresh), what sending it marks, what a repeated note logs, and the
 * links into the builder (whom and what for), whose name's spelling is still to be confirmed. Pure.
 */
import type { ChecklistItem } from '../../core/checklist-schema';
import { type Draft, type FollowUpDoc, type Interview, doneKey } from '../../core/model/model';
import { ITEM_NAME_CHECKED } from '../../core/content-ids';
import { type Recipient, firstRecipientFor, sentKey, startDraft } from './compose';
import type { Situation } from './situation-schema';

/**
 * Whether the note's recipient is someone met at a saved interview whose name's spelling the user has not yet
 * confirmed (the checklist's name check). References are not asked: the user knows them.
 */
export function spellingUnchecked(
  interview: Interview | undefined,
  recipient: Recipient | undefined,
): recipient is Recipient {
  return (
    !!interview &&
    !!recipient &&
    recipient.kind !== 'reference' &&
    !interview.done[doneKey(ITEM_NAME_CHECKED, recipient.id)]
  );
}

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

/** Whom and what for a link into the builder asks: ids, each empty when not named. */
export interface NoteLink {
  interviewId: string;
  recipientId: string;
  /** The situation asked for; kept while the recipient changes. */
  situationId: string;
}

/**
 * What a link into the builder asks for (`#interview=…&to=…&situation=…`, or just the situation). A link that
 * names an interview and a situation but no one is for the first person of that interview the note fits.
 */
export function readNoteLink(hash: string, doc: FollowUpDoc, situations: readonly Situation[]): NoteLink {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const interviewId = params.get('interview') ?? '';
  const situationId = params.get('situation') ?? '';
  const asked = situations.find((s) => s.id === situationId);
  const named = doc.interviews.find((i) => i.id === interviewId);
  const recipientId = params.get('to') ?? (asked && named ? firstRecipientFor(named, asked) : '');
  return { interviewId, recipientId, situationId };
}

/** The builder's address for the note on screen: whom and what for, never what is typed. */
export function noteLink(
  interview: Interview | undefined,
  recipient: Recipient | undefined,
  situationId: string,
): string {
  const params = new URLSearchParams();
  if (interview) params.set('interview', interview.id);
  if (recipient) params.set('to', recipient.id);
  params.set('situation', situationId);
  return `#${params}`;
}
