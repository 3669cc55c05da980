import { parseLocalDateTime } from '../../lib/deadlines';
import type { Interview, InterviewFormat, Outcome } from '../../lib/model';

/** Choices for the interview's format, with their labels. */
export const FORMATS: readonly (readonly [InterviewFormat, string])[] = [
  ['in-person', 'In person'],
  ['video', 'Video call'],
  ['phone', 'Phone'],
];

/** Choices for the outcome, with their labels. */
export const OUTCOMES: readonly (readonly [Outcome, string])[] = [
  ['waiting', 'Waiting to hear'],
  ['offer', 'Offer'],
  ['not-selected', 'Not selected'],
  ['withdrawn', 'Withdrawn'],
];

/** "Role at Company", or what there is of it. */
export function interviewTitle(i: Interview): string {
  if (i.role && i.company) return `${i.role} at ${i.company}`;
  return i.company || i.role || 'Untitled interview';
}

// One formatter for all: creating one per call costs more than the rest of drawing a long list.
let dateFormat: Intl.DateTimeFormat | undefined;

/** The interview's date and format in words. */
export function whenText(i: Interview): string {
  const at = parseLocalDateTime(i.at);
  const format = FORMATS.find(([f]) => f === i.format)?.[1] ?? '';
  dateFormat ??= new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  return `${at ? dateFormat.format(at) : 'Date not set'} · ${format}`;
}
