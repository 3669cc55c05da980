/**
 * Every date the user sees, written one way per purpose, in US English ("en-US"), through `Intl.DateTimeFormat`
 * instances made once. Pure: "now" is always passed in; dates are local wall-clock times.
 */

const LOCALE = 'en-US';
const cache = new Map<string, Intl.DateTimeFormat>();

/** A formatter for these options, made the first time it is asked for and kept. */
export function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALE, options)));
  return f;
}

/**
 * A formatter made the first time it is used, then kept: cheaper per call than looking one up. An invalid
 * date (from a damaged record) reads as '' instead of throwing.
 */
function once(options: Intl.DateTimeFormatOptions): (d: Date) => string {
  let f: Intl.DateTimeFormat | undefined;
  // ICU puts a narrow no-break space before AM/PM; the site writes a plain one, as people type it.
  return (d) =>
    Number.isNaN(d.getTime()) ? '' : (f ??= formatter(options)).format(d).replace(/\u202f/g, ' ');
}

const dayShort = once({ weekday: 'short', month: 'short', day: 'numeric' });
const dayShortYear = once({ weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
const dayTime = once({
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const history = once({ month: 'short', day: 'numeric', year: 'numeric' });
const moment = once({ month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });

/**
 * A day in a list (what is due, when a task was ticked, a touch): "Wed, Dec 2"; given `now`, with the year
 * when it is not `now`'s ("Tue, Nov 24, 2025").
 */
export const shortDate = (d: Date, now?: Date): string =>
  now && d.getFullYear() !== now.getFullYear() ? dayShortYear(d) : dayShort(d);

/** When an interview is: "Wed, Nov 25, 2026, 2:00 PM", or "Wed, Nov 25, 2026" with no time given. */
export const interviewDate = (d: Date, timeKnown: boolean): string =>
  timeKnown ? dayTime(d) : dayShortYear(d);

/** A date in a history or a record: "Nov 27, 2026". */
export const historyDate = (d: Date): string => history(d);

/** A moment something happened to the data (kept aside, a backup): "Nov 27, 2026, 3:04 PM". */
export const momentText = (d: Date): string => moment(d);

/** Whole calendar days from `from` to `to` (local dates; negative when `to` is earlier), DST-proof. */
export function calendarDaysBetween(from: Date, to: Date): number {
  const a = Date.UTC(from.getFullYear(), from.getMonth(), from.getDate());
  const b = Date.UTC(to.getFullYear(), to.getMonth(), to.getDate());
  return Math.round((b - a) / 86_400_000);
}

/** Whether `due` has passed at `now`: what is due, and a touch, show as overdue from the moment after. */
export function isOverdue(due: Date, now: Date): boolean {
  return due.getTime() < now.getTime();
}

/** "Tuesday". */
export const weekdayName = once({ weekday: 'long' });

const monthDayOnly = once({ month: 'long', day: 'numeric' });
const monthDayYear = once({ month: 'long', day: 'numeric', year: 'numeric' });

/** "November 27", or "November 27, 2025" when the year is not `now`'s. */
export function monthDay(d: Date, now: Date): string {
  return d.getFullYear() === now.getFullYear() ? monthDayOnly(d) : monthDayYear(d);
}

/**
 * When something happened, as a note says it the day it is written: "this morning", "this afternoon",
 * "this evening" or "today" (no time known), "yesterday", "on Tuesday" within the last week, then
 * "on November 27", with the year only when it is not this year's. A date in the future (a clock set
 * wrong, a note written ahead) reads as its date: "on December 8".
 */
export function spokenPast(at: Date, now: Date, { timeKnown = true }: { timeKnown?: boolean } = {}): string {
  const days = calendarDaysBetween(at, now);
  if (days === 0) {
    if (!timeKnown) return 'today';
    const h = at.getHours();
    return h < 12 ? 'this morning' : h < 17 ? 'this afternoon' : 'this evening';
  }
  if (days === 1) return 'yesterday';
  // "On Wednesday", said on a Tuesday, could be tomorrow: a day later in the week than today is "last".
  if (days > 1 && days < 7) return `${at.getDay() >= now.getDay() ? 'last' : 'on'} ${weekdayName(at)}`;
  return `on ${monthDay(at, now)}`;
}

/**
 * A day ahead, as a note names it: "today", "tomorrow", "Thursday" within the coming week, else
 * "December 14" (with the year when it is not this year's). No preposition: "by Thursday", "on Thursday".
 */
export function spokenAhead(day: Date, now: Date): string {
  const days = calendarDaysBetween(now, day);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  // The date with the day, so that the day cannot be taken for another: "Friday, December 4".
  if (days > 1 && days < 7) return `${weekdayName(day)}, ${monthDay(day, now)}`;
  return monthDay(day, now);
}

/** "2:30 PM". */
export const clockTime = (d: Date): string => formatter({ hour: 'numeric', minute: '2-digit' }).format(d);
