import type { ContactKind } from '../../core/model/model';
import type { Met, RecordKind } from '../../core/people';
import { shortDate } from '../../core/dates';
import type { Touch } from '../../core/touches';
import { interviewTitle } from '../../core/titles';

/** How someone was met, in a few words. */
export const KIND_LABELS: Record<RecordKind, string> = {
  interviewer: 'Interviewer',
  other: 'Contact',
  reference: 'Your reference',
};

/** The ways of being in touch that can be logged by hand, with their labels. */
export const LOG_KINDS: readonly (readonly [Exclude<ContactKind, 'note'>, string])[] = [
  ['emailed', 'Emailed'],
  ['met', 'Met'],
  ['called', 'Called'],
  ['linkedin', 'LinkedIn message'],
];

/** A logged contact's kind as said in a history: "Emailed", "A note sent". */
export const kindWord = (kind: ContactKind) => LOG_KINDS.find(([k]) => k === kind)?.[1] ?? 'Note sent';

/** One record in a line: "Interviewer · Product designer at Brightwater Labs · Tue, Nov 24". */
export function metLine(m: Met): string {
  return [KIND_LABELS[m.kind], interviewTitle(m.interview), m.at && shortDate(m.at)]
    .filter(Boolean)
    .join(' · ');
}

/** A date with its year when it is not this year's: "Tue, Nov 24" or "Tue, Nov 24, 2025". */
export function dateText(d: Date, now: Date): string {
  return shortDate(d, now);
}

/** The next touch in words: "Check in by Tue, Feb 24" or "Get in touch: overdue since Tue, Feb 24". */
export function touchText(touch: Touch, now: Date): string {
  const verb = touch.why === 'rhythm' ? 'Get in touch' : 'Check in';
  const when = dateText(touch.due, now);
  return touch.due < now ? `${verb}: due since ${when}` : `${verb} by ${when}`;
}
