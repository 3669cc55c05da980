/**
 * Keeping in touch: when someone was last in touch, and when to get in touch next. The timer counts from the
 * last contact of any kind (met at an interview, a note sent, a contact logged), so logging one resets it.
 * Pure: the document's parts and "now" are passed in; all dates are local wall-clock dates.
 */
import { isOverdue } from './dates';
import { parseInterviewAt, parseLocalDate } from './local-dates';
import type { ContactKind, FollowUpDoc, KeepInTouch, Outcome, SentVia } from './model/model';
import type { PersonGroup } from './people';
import { ITEM_DETAILS_RECORDED, ITEM_NAME_CHECKED } from './content-ids';

/** The hour of the day a touch falls due. */
const TOUCH_HOUR = 9;

/**
 * `every` weeks or months after `from`, at 09:00 local time. Months are calendar months: from January 31,
 * one month is the last day of February. Calendar arithmetic keeps the hour across daylight-saving changes.
 */
export function addInterval(from: Date, every: number, unit: KeepInTouch['unit']): Date {
  const y = from.getFullYear();
  const m = from.getMonth();
  const d = from.getDate();
  if (unit === 'week') return new Date(y, m, d + 7 * every, TOUCH_HOUR, 0);
  const lastDay = new Date(y, m + every + 1, 0).getDate();
  return new Date(y, m + every, Math.min(d, lastDay), TOUCH_HOUR, 0);
}

/** One contact with a person, for their history and their timer. */
export interface TouchEvent {
  on: Date;
  kind: 'interview' | 'sent' | 'ticked' | ContactKind;
  /** The interview (for `interview`), the situation (`sent`), the checklist item (`ticked`), or the logged line. */
  what: string;
  /** How a note left the builder. */
  via?: SentVia;
  /** The logged contact's id, to take it back. */
  logId?: string;
  /** The text of a note sent and logged. */
  text?: string;
  /** The interview of a record this came from. */
  interviewId?: string;
}

type Drafts = FollowUpDoc['drafts'];
const sentIndex = new WeakMap<Drafts, Map<string, [situation: string, at: string, via: SentVia][]>>();

/** Notes marked sent, by `interviewId:recipientId`, worked out once per set of drafts. */
function sentByRecipient(drafts: Drafts) {
  let index = sentIndex.get(drafts);
  if (index) return index;
  index = new Map();
  for (const [key, draft] of Object.entries(drafts)) {
    if (!draft.sentVia) continue;
    const cut = key.lastIndexOf(':');
    const list = index.get(key.slice(0, cut)) ?? [];
    list.push([key.slice(cut + 1), draft.updatedAt, draft.sentVia]);
    index.set(key.slice(0, cut), list);
  }
  sentIndex.set(drafts, index);
  return index;
}

/** A tick this close to a note marked sent is that note's own tick. */
const SAME_MOMENT_MS = 60_000;

/** Checklist ticks that are not a contact with the person. */
const NOT_CONTACT = new Set<string>([ITEM_NAME_CHECKED, ITEM_DETAILS_RECORDED]);

/**
 * Everything known of a person's contacts: the interviews they were met at (those already held), the notes
 * marked sent, ticks for notes sent outside the builder, and the contacts logged; newest first. Notes of the
 * situation `options.logged` are left out: each one sent is logged (the repeated check-in), so it is there.
 */
export function historyOf(
  group: PersonGroup,
  doc: Pick<FollowUpDoc, 'drafts' | 'contacts'>,
  now: Date,
  options: { logged?: string } = {},
): TouchEvent[] {
  const events: TouchEvent[] = [];
  const sent = sentByRecipient(doc.drafts);
  for (const { interview, record, kind, at } of group.met) {
    if (at && at <= now && kind !== 'reference')
      events.push({ on: at, kind: 'interview', what: interview.id, interviewId: interview.id });
    const notes = sent.get(`${interview.id}:${record.id}`) ?? [];
    for (const [situation, when, via] of notes) {
      const on = new Date(when);
      if (situation !== options.logged && !Number.isNaN(on.getTime()))
        events.push({ on, kind: 'sent', what: situation, via, interviewId: interview.id });
    }
    // A note sent from the builder ticks its task at the same moment: that tick is the note, not a second
    // contact. Other ticks are things done by hand (a note sent from the user's own mail, a call).
    const sentAt = notes.map(([, when]) => Date.parse(when));
    const suffix = `:${record.id}`;
    for (const [key, at] of Object.entries(interview.done)) {
      const item = key.slice(0, -suffix.length);
      if (!key.endsWith(suffix) || NOT_CONTACT.has(item)) continue;
      const on = new Date(at);
      if (Number.isNaN(on.getTime()) || sentAt.some((t) => Math.abs(t - on.getTime()) < SAME_MOMENT_MS))
        continue;
      events.push({ on, kind: 'ticked', what: item, interviewId: interview.id });
    }
  }
  for (const entry of doc.contacts[group.contactId]?.log ?? []) {
    const on = parseLocalDate(entry.on);
    if (on)
      events.push({
        on,
        kind: entry.kind,
        what: entry.notes,
        logId: entry.id,
        ...(entry.text && { text: entry.text }),
      });
  }
  return events.sort((a, b) => b.on.getTime() - a.on.getTime());
}

/**
 * When the person was last in touch (the latest moment of their history up to now), or undefined if never (a
 * reference not yet asked, say). Worked out without building the history: the due list asks it of everyone.
 */
export function lastContact(
  group: PersonGroup,
  doc: Pick<FollowUpDoc, 'drafts' | 'contacts'>,
  now: Date,
): Date | undefined {
  const limit = now.getTime();
  let best = -Infinity;
  const consider = (t: number) => {
    if (t <= limit && t > best) best = t;
  };
  const sent = sentByRecipient(doc.drafts);
  for (const { interview, record, kind, at } of group.met) {
    if (at && kind !== 'reference') consider(at.getTime());
    for (const [, when] of sent.get(`${interview.id}:${record.id}`) ?? []) consider(Date.parse(when));
    const suffix = `:${record.id}`;
    for (const [key, at] of Object.entries(interview.done))
      if (key.endsWith(suffix) && !NOT_CONTACT.has(key.slice(0, -suffix.length))) consider(Date.parse(at));
  }
  for (const entry of doc.contacts[group.contactId]?.log ?? []) {
    const on = parseLocalDate(entry.on);
    if (on) consider(on.getTime());
  }
  return best === -Infinity ? undefined : new Date(best);
}

/** Why a touch is due: the person's own rhythm, or the suggestion after a "no" or after withdrawing. */
export type TouchReason = 'rhythm' | 'after-no' | 'after-withdrawal';

/** The next time to get in touch with someone. */
export interface Touch {
  due: Date;
  why: TouchReason;
  last?: Date;
}

/** Whether a touch's day has come: a reminder shown as due. */
export const isTouchDue = (touch: Touch | undefined, now: Date): boolean =>
  touch !== undefined && isOverdue(touch.due, now);

/** Months from a "no" to the one friendly check-in suggested. */
export const MONTHS_AFTER_NO = 3;

/** The suggestion by outcome: months after it, once. */
const SUGGESTED: Partial<Record<Outcome, [months: number, why: TouchReason]>> = {
  'not-selected': [MONTHS_AFTER_NO, 'after-no'],
  withdrawn: [2, 'after-withdrawal'],
};

/** The suggested check-in for a person, from their latest interview's outcome, if there is one. */
export function suggestion(group: PersonGroup): { months: number; why: TouchReason; from: Date } | undefined {
  const latest = group.met[0];
  if (latest.kind === 'reference') return undefined;
  const [months, why] = SUGGESTED[latest.interview.outcome] ?? [];
  if (!months || !why) return undefined;
  const decided = new Date(latest.interview.outcomeAt);
  const from = Number.isNaN(decided.getTime())
    ? (parseInterviewAt(latest.interview.at) ?? latest.at)
    : decided;
  return from && { months, why, from };
}

/**
 * When to get in touch next. With a rhythm, that long after the last contact (or after the rhythm was set,
 * for someone never contacted). With none, never. Left to the suggestion: after a "no", one check-in about
 * three months after the last contact; after withdrawing (often for an offer elsewhere), one note about two
 * months on, once settled. A contact well after the outcome (a month short of the suggestion) is that
 * check-in, and nothing more is suggested.
 */
export function nextTouch(
  group: PersonGroup,
  doc: Pick<FollowUpDoc, 'drafts' | 'contacts'>,
  now: Date,
): Touch | undefined {
  const contact = doc.contacts[group.contactId];
  const rhythm = contact?.rhythm ?? 'auto';
  if (rhythm === 'none') return undefined;
  if (contact && rhythm === 'every') {
    const last = lastContact(group, doc, now);
    const from = last ?? new Date(contact.updatedAt);
    if (Number.isNaN(from.getTime())) return undefined;
    return { due: addInterval(from, contact.every, contact.unit), why: 'rhythm', ...(last && { last }) };
  }
  // Most people have no rhythm and no suggestion (still waiting to hear): nothing to work out for them.
  const suggested = suggestion(group);
  if (!suggested) return undefined;
  const last = lastContact(group, doc, now);
  const { months, why, from } = suggested;
  // Any contact on or after the day a month short of the suggestion is the check-in itself.
  const settled = addInterval(from, months - 1, 'month');
  settled.setHours(0, 0, 0, 0);
  if (last && last >= settled) return undefined;
  const start = last && last > from ? last : from;
  return { due: addInterval(start, months, 'month'), why, ...(last && { last }) };
}
