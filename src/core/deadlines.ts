/**
 * When follow-up work is due and how to say so. Pure: every "now" is passed in, and all dates are
 * local wall-clock times, as the user typed them.
 */
import {
  FOLLOW_UP_BUSINESS_DAYS_AFTER_DATE,
  FOLLOW_UP_BUSINESS_DAYS_WITHOUT_DATE,
  THANK_YOU_DAYS,
} from './rules';
import { calendarDaysBetween } from './dates';
import { counted } from './words';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** When the thank-you notes are due: two calendar days after the interview (`THANK_YOU_DAYS`), same wall-clock time. */
export function thankYouDue(interviewAt: Date): Date {
  // Calendar arithmetic, not +48 h: across a DST change the wall-clock time must stay the same.
  return new Date(
    interviewAt.getFullYear(),
    interviewAt.getMonth(),
    interviewAt.getDate() + THANK_YOU_DAYS,
    interviewAt.getHours(),
    interviewAt.getMinutes(),
  );
}

/** The moment `days` business days after `from`, same time of day (Monday to Friday; holidays are not known). */
export function addBusinessDays(from: Date, days: number): Date {
  const date = new Date(+from);
  // getDay() % 6 is 0 on Sunday (0) and Saturday (6): those days do not count.
  while (days > 0) if (date.setDate(date.getDate() + 1) && date.getDay() % 6) days--;
  return date;
}

/**
 * When to follow up (`src/core/rules.ts`): 09:00 two business days after the decision date, or five business
 * days after the interview without one. A Friday decision date makes it the Tuesday, never the Sunday.
 */
export function followUpDue(interviewAt: Date, decisionDate: Date | undefined): Date {
  const day = addBusinessDays(
    decisionDate ?? interviewAt,
    decisionDate ? FOLLOW_UP_BUSINESS_DAYS_AFTER_DATE : FOLLOW_UP_BUSINESS_DAYS_WITHOUT_DATE,
  );
  day.setHours(9, 0);
  return day;
}

/** Says how far away `due` is, or how late it is, in the unit a reader cares about. */
export function formatDue(due: Date, now: Date): string {
  const ms = due.getTime() - now.getTime();
  if (ms >= 0) {
    if (ms < HOUR) return `due in ${Math.max(1, Math.ceil(ms / MINUTE))} min`;
    const days = calendarDaysBetween(now, due);
    if (ms < 12 * HOUR || days === 0) return `due in ${Math.floor(ms / HOUR)} h`;
    if (days === 1) return 'due tomorrow';
    return `due in ${days} days`;
  }
  const late = -ms;
  // Floor like the hours, but never "0 min": it is already late.
  if (late < HOUR) return `overdue by ${Math.max(1, Math.floor(late / MINUTE))} min`;
  if (late < DAY) return `overdue by ${Math.floor(late / HOUR)} h`;
  // A 25-hour day can hold 24 h of lateness within one calendar date.
  const days = Math.max(1, calendarDaysBetween(due, now));
  return `overdue by ${counted(days, 'day')}`;
}
