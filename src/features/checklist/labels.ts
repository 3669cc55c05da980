import { interviewDate } from '../../core/dates';
import { parseInterviewAt } from '../../core/deadlines';
import type { Interview, InterviewFormat, Outcome, PersonRole } from '../../core/model/model';

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

/** The interview's date (and time, when known) and format in words: "Wed, Nov 25, 2026, 2:00 PM · In person". */
export function whenText(i: Interview): string {
  const at = parseInterviewAt(i.at);
  const format = FORMAT_LABELS.find(([f]) => f === i.format)?.[1] ?? '';
  const when = at ? interviewDate(at, i.at.includes('T')) : 'Date not set';
  return `${when} · ${format}`;
}
