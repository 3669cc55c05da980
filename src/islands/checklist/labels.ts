import { parseInterviewAt } from '../../lib/deadlines';
import type { Interview, InterviewFormat, Outcome, PersonRole } from '../../lib/model';

export { interviewTitle } from '../../lib/due';

/** Choices for the interview's format, with their labels. */
export const FORMAT_LABELS: readonly (readonly [InterviewFormat, string])[] = [
  ['in-person', 'In person'],
  ['video', 'Video call'],
  ['phone', 'Phone'],
];

/** Choices for the outcome, with their labels. */
export const OUTCOME_LABELS: readonly (readonly [Outcome, string])[] = [
  ['waiting', 'Waiting to hear'],
  ['offer', 'Offer'],
  ['not-selected', 'Not selected'],
  ['withdrawn', 'Withdrawn'],
];

/** Choices for a person's role, with their labels. */
export const ROLE_LABELS: readonly (readonly [PersonRole, string])[] = [
  ['interviewer', 'Interviewed me'],
  ['other', 'Other contact'],
];

// One formatter each: creating one per call costs more than the rest of drawing a long list.
let dateTime: Intl.DateTimeFormat | undefined;
let dateOnly: Intl.DateTimeFormat | undefined;

/** A date as people say it: "Thu 27 Nov". */
export function shortDate(d: Date): string {
  dateOnly ??= new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
  return dateOnly.format(d);
}

/** The interview's date and format in words. */
export function whenText(i: Interview): string {
  const at = parseInterviewAt(i.at);
  const format = FORMAT_LABELS.find(([f]) => f === i.format)?.[1] ?? '';
  dateTime ??= new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  const when = at ? (i.at.includes('T') ? dateTime.format(at) : shortDate(at)) : 'Date not set';
  return `${when} · ${format}`;
}

/** A link into the note builder, ids encoded: they may come from an imported file. */
export function noteHref(interviewId: string, situation?: string, recipientId?: string): string {
  const params = new URLSearchParams({
    interview: interviewId,
    ...(recipientId && { to: recipientId }),
    ...(situation && { situation }),
  });
  return `/notes/#${params}`;
}
