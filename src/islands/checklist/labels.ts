import { parseInterviewAt } from '../../lib/deadlines';
import type { Interview, InterviewFormat, Outcome, PersonRole } from '../../lib/model';

export { interviewTitle } from '../../lib/titles';

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
  ['cancelled', 'Cancelled by them'],
];

/** Choices for a person's role, with their labels. */
export const ROLE_LABELS: readonly (readonly [PersonRole, string])[] = [
  ['interviewer', 'Interviewed me'],
  ['other', 'Other contact'],
];

// The site is written in US English: dates are spelled the same way, by hand. An Intl formatter would do the
// same, but creating one is slow on a cold start, and the checklist draws many dates at once.
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as people say it: "Fri, Nov 27". */
export function shortDate(d: Date): string {
  return `${DAYS[d.getDay()]}, ${MONTHS[d.getMonth()]} ${d.getDate()}`;
}

/** A time of day: "2:00 PM". */
function clock(d: Date): string {
  const h = d.getHours();
  return `${h % 12 || 12}:${String(d.getMinutes()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The interview's date (and time, when known) and format in words: "Wed, Nov 25, 2026, 2:00 PM · In person". */
export function whenText(i: Interview): string {
  const at = parseInterviewAt(i.at);
  const format = FORMAT_LABELS.find(([f]) => f === i.format)?.[1] ?? '';
  const when = at
    ? `${shortDate(at)}, ${at.getFullYear()}${i.at.includes('T') ? `, ${clock(at)}` : ''}`
    : 'Date not set';
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
