/**
 * Dates as the document stores them: local wall-clock dates and times, as the user typed them (`YYYY-MM-DD`,
 * `YYYY-MM-DDTHH:mm`), read into `Date`s and written back. Pure; an impossible date reads as undefined.
 */

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function localDate(y: number, month: number, d: number, h = 0, min = 0): Date | undefined {
  if (month < 1 || month > 12 || d < 1 || h > 23 || min > 59) return undefined;
  const date = new Date(y, month - 1, d, h, min);
  // Date rolls 2026-02-30 over to March 2 (and years below 100 into the 1900s): a changed date never existed.
  if (date.getFullYear() !== y || date.getMonth() !== month - 1 || date.getDate() !== d) return undefined;
  return date;
}

/** Parses a local `YYYY-MM-DDTHH:mm`; undefined when malformed or impossible. */
export function parseLocalDateTime(s: string): Date | undefined {
  const m = DATE_TIME.exec(s);
  return m ? localDate(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])) : undefined;
}

/** Parses a local `YYYY-MM-DD` as local midnight; undefined when malformed or impossible. */
export function parseLocalDate(s: string): Date | undefined {
  const m = DATE.exec(s);
  return m ? localDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/**
 * The moment of an interview as stored: a local date-time, or a date alone (taken as noon, so that its
 * deadlines fall on the right days). Undefined when malformed or impossible.
 */
export function parseInterviewAt(s: string): Date | undefined {
  const date = parseLocalDate(s);
  return date ? new Date(date.getFullYear(), date.getMonth(), date.getDate(), 12, 0) : parseLocalDateTime(s);
}

/** An interview's moment as stored, from a date field and a time field: `YYYY-MM-DDTHH:mm`, or the day alone. */
export const interviewAt = (day: string, time: string): string => (day && time ? `${day}T${time}` : day);

/** An interview's stored moment as a date field and a time field (empty when none is known). */
export const interviewDayAndTime = (at: string): { day: string; time: string } => ({
  day: at.slice(0, 10),
  time: at.slice(11, 16),
});

/** A number as two digits, as stored dates and times write it: 9 is "09". */
export const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** A local day as stored, from its numbers (month 1 to 12): `2026-11-30`. */
export const dayText = (year: number, month: number, day: number): string =>
  `${year}-${twoDigits(month)}-${twoDigits(day)}`;

/** A local moment as stored, from a stored day and the hour and minute: `2026-11-30T09:05`. */
export const dayTimeText = (day: string, hour: number, minute: number): string =>
  interviewAt(day, `${twoDigits(hour)}:${twoDigits(minute)}`);

/** A day as a local `YYYY-MM-DD`, as logged contacts are dated. */
export const localDay = (d: Date) => dayText(d.getFullYear(), d.getMonth() + 1, d.getDate());
