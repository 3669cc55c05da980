import { interviewDate } from '../../core/dates';
import { parseInterviewAt } from '../../core/local-dates';
import { FORMATS, type Interview, OUTCOMES, PERSON_ROLES } from '../../core/model/model';

/** A label for every value: a value added to the model and not named here fails to compile. */
const labelled = <T extends string>(values: readonly T[], names: Record<T, string>) =>
  values.map((v) => [v, names[v]] as const);

/** Choices for the interview's format, with their labels. */
export const FORMAT_LABELS = labelled(FORMATS, {
  'in-person': 'In person',
  video: 'Video call',
  phone: 'Phone',
});

/** Choices for the outcome, with their labels. */
export const OUTCOME_LABELS = labelled(OUTCOMES, {
  waiting: 'Waiting to hear',
  offer: 'Offer',
  'not-selected': 'Not selected',
  withdrawn: 'Withdrawn',
  cancelled: 'Cancelled by them',
});

/** Choices for a person's role, with their labels. */
export const ROLE_LABELS = labelled(PERSON_ROLES, {
  interviewer: 'Interviewed me',
  other: 'Other contact',
});

/** The interview's date (and time, when known) and format in words: "Wed, Nov 25, 2026, 2:00 PM · In person". */
export function whenText(i: Interview): string {
  const at = parseInterviewAt(i.at);
  const format = FORMAT_LABELS.find(([f]) => f === i.format)?.[1] ?? '';
  const when = at ? interviewDate(at, i.at.includes('T')) : 'Date not set';
  return `${when} · ${format}`;
}
