import { CONTACT_KINDS, type ContactKind } from '../../core/model/model';
import type { Met, PersonGroup, RecordKind } from '../../core/people';
import { shortDate } from '../../core/dates';
import { type Touch, isTouchDue } from '../../core/touches';
import { interviewTitle } from '../../core/titles';
import { counted } from '../../core/words';

/** How someone was met, in a few words. */
export const KIND_LABELS: Record<RecordKind, string> = {
  interviewer: 'Interviewer',
  other: 'Contact',
  reference: 'Your reference',
};

/** Each kind of logged contact in words, as a history says it: "Emailed", "Note sent". */
const KIND_WORDS: Record<ContactKind, string> = {
  emailed: 'Emailed',
  met: 'Met',
  called: 'Called',
  linkedin: 'LinkedIn message',
  note: 'Note sent',
};

/** The ways of being in touch that can be logged by hand (a note is logged by sending it), with their labels. */
export const LOG_KINDS = CONTACT_KINDS.filter((k): k is Exclude<ContactKind, 'note'> => k !== 'note').map(
  (k) => [k, KIND_WORDS[k]] as const,
);

/** A logged contact's kind as said in a history. */
export const kindWord = (kind: ContactKind): string => KIND_WORDS[kind];

/**
 * One record in a line: "Interviewer · Product designer at Brightwater Labs · Tue, Nov 24"; given `now`, the
 * date has its year when it is not this year's.
 */
export function metLine(m: Met, now?: Date): string {
  return [KIND_LABELS[m.kind], interviewTitle(m.interview), m.at && shortDate(m.at, now)]
    .filter(Boolean)
    .join(' · ');
}

/** A person in the list: their latest record, and how many interviews more: "… · Tue, Nov 24 · and 1 more interview". */
export function personLine(group: PersonGroup, now: Date): string {
  const more = group.met.length - 1;
  return more > 0
    ? `${metLine(group.met[0], now)} · and ${counted(more, 'more interview')}`
    : metLine(group.met[0], now);
}

/** A date with its year when it is not this year's: "Tue, Nov 24" or "Tue, Nov 24, 2025". */
export function dateText(d: Date, now: Date): string {
  return shortDate(d, now);
}

/** The next touch in words: "Check in by Tue, Feb 24" or "Get in touch: overdue since Tue, Feb 24". */
export function touchText(touch: Touch, now: Date): string {
  const verb = touch.why === 'rhythm' ? 'Get in touch' : 'Check in';
  const when = dateText(touch.due, now);
  return isTouchDue(touch, now) ? `${verb}: due since ${when}` : `${verb} by ${when}`;
}
