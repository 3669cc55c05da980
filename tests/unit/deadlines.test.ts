import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOverdue } from '../../src/core/dates';
import { addBusinessDays, followUpDue, formatDue, thankYouDue } from '../../src/core/deadlines';
import {
  dayText,
  dayTimeText,
  interviewAt,
  interviewDayAndTime,
  parseInterviewAt,
  parseLocalDate,
  parseLocalDateTime,
  twoDigits,
} from '../../src/core/local-dates';

// vitest.config.ts runs unit tests in America/New_York: DST starts 2026-03-08 and ends 2026-11-01.
const HOUR = 3_600_000;

/** A local date-time from the same notation the user types; throws so a typo in a table fails loudly. */
const at = (s: string): Date => {
  const d = parseLocalDateTime(s);
  if (!d) throw new Error(`bad test date ${s}`);
  return d;
};
const day = (s: string): Date => {
  const d = parseLocalDate(s);
  if (!d) throw new Error(`bad test date ${s}`);
  return d;
};
const pad = (n: number) => String(n).padStart(2, '0');
/** A Date back in local `YYYY-MM-DDTHH:mm`, so failures read as wall-clock times. */
const local = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

describe('the test time zone', () => {
  it('has DST changes on the dates the DST cases use, so they cannot pass vacuously', () => {
    expect(new Date(2026, 2, 9).getTimezoneOffset()).not.toBe(new Date(2026, 2, 7).getTimezoneOffset());
    expect(new Date(2026, 10, 2).getTimezoneOffset()).not.toBe(new Date(2026, 9, 31).getTimezoneOffset());
  });
});

describe('parseLocalDateTime', () => {
  it.each([
    ['an ordinary date-time', '2026-03-07T10:00', '2026-03-07T10:00'],
    ['the last minute of the year', '2026-12-31T23:59', '2026-12-31T23:59'],
    ['midnight', '2026-01-01T00:00', '2026-01-01T00:00'],
    ['a leap day', '2028-02-29T12:30', '2028-02-29T12:30'],
    ['a time skipped by DST, moved to the next real time', '2026-03-08T02:30', '2026-03-08T03:30'],
  ])('reads %s as local time', (_name, input, expected) => {
    expect(local(parseLocalDateTime(input)!)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['garbage', 'next tuesday'],
    ['February 30', '2026-02-30T10:00'],
    ['February 29 of a common year', '2027-02-29T10:00'],
    ['April 31', '2026-04-31T10:00'],
    ['month 13', '2026-13-01T10:00'],
    ['month 0', '2026-00-10T10:00'],
    ['day 0', '2026-01-00T10:00'],
    ['hour 25', '2026-01-10T25:00'],
    ['hour 24', '2026-01-10T24:00'],
    ['minute 60', '2026-01-10T10:60'],
    ['a year Date would move to the 1900s', '0050-01-10T10:00'],
    ['unpadded fields', '2026-1-10T9:00'],
    ['a space instead of T', '2026-01-10 10:00'],
    ['seconds', '2026-01-10T10:00:00'],
    ['a zone', '2026-01-10T10:00Z'],
    ['surrounding whitespace', ' 2026-01-10T10:00 '],
    ['a date without a time', '2026-01-10'],
  ])('rejects %s', (_name, input) => {
    expect(parseLocalDateTime(input)).toBeUndefined();
  });
});

describe('parseLocalDate', () => {
  it.each([
    ['an ordinary date', '2026-12-01', '2026-12-01T00:00'],
    ['a leap day', '2028-02-29', '2028-02-29T00:00'],
    ['the day DST starts', '2026-03-08', '2026-03-08T00:00'],
  ])('reads %s as local midnight', (_name, input, expected) => {
    expect(local(parseLocalDate(input)!)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['garbage', 'soon'],
    ['February 30', '2026-02-30'],
    ['February 29 of a common year', '2027-02-29'],
    ['April 31', '2026-04-31'],
    ['month 13', '2026-13-01'],
    ['day 0', '2026-12-00'],
    ['no separators', '20261201'],
    ['an unpadded day', '2026-12-1'],
    ['a date-time', '2026-12-01T00:00'],
  ])('rejects %s', (_name, input) => {
    expect(parseLocalDate(input)).toBeUndefined();
  });
});

describe('an interview’s moment as stored, from its date and time fields and back', () => {
  it.each([
    ['2026-11-30', '10:00', '2026-11-30T10:00'],
    ['2026-11-30', '', '2026-11-30'],
    ['', '10:00', ''],
    ['', '', ''],
  ])('%s and %s are stored as "%s"', (day, time, at) => {
    expect(interviewAt(day, time)).toBe(at);
    if (day) expect(interviewDayAndTime(at)).toEqual({ day, time });
  });

  it('writes a day and a moment from their numbers, two digits each, as the invite readers need', () => {
    expect(twoDigits(9)).toBe('09');
    expect(twoDigits(23)).toBe('23');
    expect(dayText(2026, 3, 7)).toBe('2026-03-07');
    expect(dayTimeText('2026-03-07', 9, 5)).toBe('2026-03-07T09:05');
    expect(parseLocalDateTime(dayTimeText(dayText(2026, 12, 31), 23, 59))).toEqual(
      new Date(2026, 11, 31, 23, 59),
    );
  });

  it('reads what it writes: a date alone as noon, a time as that time', () => {
    expect(parseInterviewAt(interviewAt('2026-11-30', '09:15'))).toEqual(new Date(2026, 10, 30, 9, 15));
    expect(parseInterviewAt(interviewAt('2026-11-30', ''))).toEqual(new Date(2026, 10, 30, 12, 0));
  });
});

describe('thankYouDue', () => {
  it.each([
    ['an ordinary week', '2026-05-12T10:00', '2026-05-14T10:00', 48],
    ['across a month end', '2026-01-30T14:30', '2026-02-01T14:30', 48],
    ['into the new year', '2026-12-30T16:00', '2027-01-01T16:00', 48],
    ['from New Year’s Eve', '2026-12-31T09:15', '2027-01-02T09:15', 48],
    ['onto a leap day', '2028-02-27T11:00', '2028-02-29T11:00', 48],
    ['past February 28 in a common year', '2027-02-27T11:00', '2027-03-01T11:00', 48],
    ['across the spring DST change (23-hour day)', '2026-03-07T10:00', '2026-03-09T10:00', 47],
    ['across the autumn DST change (25-hour day)', '2026-10-31T10:00', '2026-11-02T10:00', 49],
  ])('is two calendar days later at the same wall-clock time: %s', (_name, interview, expected, hours) => {
    const due = thankYouDue(at(interview));
    expect(local(due)).toBe(expected);
    expect((due.getTime() - at(interview).getTime()) / HOUR).toBe(hours);
  });
});

describe('followUpDue', () => {
  it.each([
    [
      'two business days after a Wednesday decision date',
      '2026-05-12T16:45',
      '2026-05-20',
      '2026-05-22T09:00',
    ],
    [
      'a Friday decision date makes it the Tuesday, not the Sunday',
      '2026-05-12T10:00',
      '2026-05-15',
      '2026-05-19T09:00',
    ],
    ['past a month end, over a weekend', '2026-01-20T10:00', '2026-01-30', '2026-02-03T09:00'],
    ['past a year end, over a weekend', '2026-12-15T10:00', '2026-12-31', '2027-01-04T09:00'],
    ['a Saturday decision date counts from the Monday', '2026-03-02T10:00', '2026-03-07', '2026-03-10T09:00'],
    [
      'five business days after a weekday interview without a decision date',
      '2026-05-12T16:45',
      undefined,
      '2026-05-19T09:00',
    ],
    ['without a decision date, from a Saturday interview', '2026-05-16T10:00', undefined, '2026-05-22T09:00'],
    ['without a decision date, into the new year', '2026-12-28T10:00', undefined, '2027-01-04T09:00'],
    ['without a decision date, over a leap day', '2028-02-25T10:00', undefined, '2028-03-03T09:00'],
    [
      'without a decision date, across the autumn DST change',
      '2026-10-29T15:00',
      undefined,
      '2026-11-05T09:00',
    ],
  ])('is at 09:00 local, %s', (_name, interview, decision, expected) => {
    expect(local(followUpDue(at(interview), decision === undefined ? undefined : day(decision)))).toBe(
      expected,
    );
  });

  it("holds the guide's worked example: Leon, interviewed Tuesday March 3, decision Friday March 13, checks in Tuesday March 17", () => {
    const guide = readFileSync(
      join(import.meta.dirname, '..', '..', 'content', 'guide', 'no-word-yet.mdx'),
      'utf8',
    );
    expect(guide).toContain('Tuesday, March 3');
    expect(guide).toContain('Friday, March 13');
    expect(guide).toContain('Tuesday, March 17');
    expect(local(followUpDue(at('2026-03-03T10:00'), day('2026-03-13')))).toBe('2026-03-17T09:00');
  });
});

describe('addBusinessDays', () => {
  it.each([
    ['Monday + 1 is Tuesday', '2026-05-11', 1, '2026-05-12'],
    ['Friday + 1 is Monday', '2026-05-15', 1, '2026-05-18'],
    ['Friday + 2 is Tuesday', '2026-05-15', 2, '2026-05-19'],
    ['Sunday + 1 is Monday', '2026-05-17', 1, '2026-05-18'],
    ['Wednesday + 5 is next Wednesday', '2026-05-13', 5, '2026-05-20'],
    ['+ 0 is the same day', '2026-05-16', 0, '2026-05-16'],
  ])('%s', (_name, from, days, expected) => {
    expect(local(addBusinessDays(day(from), days)).slice(0, 10)).toBe(expected);
  });
});

describe('formatDue', () => {
  const now = at('2026-05-12T10:00');
  it.each([
    ['due this very moment', now, now, 'due in 1 min'],
    ['30 seconds away', plus(now, 30_000), now, 'due in 1 min'],
    ['10 minutes and 1 second away, rounded up', plus(now, 601_000), now, 'due in 11 min'],
    ['59 minutes away', at('2026-05-12T10:59'), now, 'due in 59 min'],
    ['exactly 1 hour away', at('2026-05-12T11:00'), now, 'due in 1 h'],
    ['11 h 59 min away, rounded down', at('2026-05-12T21:59'), now, 'due in 11 h'],
    ['under 12 hours away but tomorrow', at('2026-05-13T02:00'), at('2026-05-12T20:00'), 'due in 6 h'],
    ['exactly 12 hours away, later today', at('2026-05-12T20:00'), at('2026-05-12T08:00'), 'due in 12 h'],
    ['exactly 12 hours away, tomorrow', at('2026-05-13T06:00'), at('2026-05-12T18:00'), 'due tomorrow'],
    ['23 hours away, later today', at('2026-05-12T23:30'), at('2026-05-12T00:30'), 'due in 23 h'],
    ['late tomorrow', at('2026-05-13T23:00'), now, 'due tomorrow'],
    ['26 hours away, two dates on', at('2026-05-14T01:00'), at('2026-05-12T23:00'), 'due in 2 days'],
    ['across a month end', at('2026-06-03T09:00'), at('2026-05-30T10:00'), 'due in 4 days'],
    ['across a year end', at('2027-01-02T09:00'), at('2026-12-30T10:00'), 'due in 3 days'],
    ['across the spring DST change', at('2026-03-09T00:30'), at('2026-03-07T23:00'), 'due in 2 days'],
    ['later on the 25-hour day', at('2026-11-01T23:30'), at('2026-11-01T00:00'), 'due in 24 h'],
  ])('not yet due, %s', (_name, due, when, expected) => {
    expect(formatDue(due, when)).toBe(expected);
  });

  it.each([
    ['30 seconds late', plus(now, -30_000), now, 'overdue by 1 min'],
    ['5 min 59 s late, rounded down', plus(now, -359_000), now, 'overdue by 5 min'],
    ['59 minutes late', at('2026-05-12T09:01'), now, 'overdue by 59 min'],
    ['exactly 1 hour late', at('2026-05-12T09:00'), now, 'overdue by 1 h'],
    ['23 h 59 min late', at('2026-05-11T10:01'), now, 'overdue by 23 h'],
    ['exactly 24 hours late', at('2026-05-11T10:00'), now, 'overdue by 1 day'],
    ['25 hours late over two dates', at('2026-05-10T23:00'), at('2026-05-12T00:00'), 'overdue by 2 days'],
    ['47 hours late over two dates', at('2026-05-10T11:00'), now, 'overdue by 2 days'],
    ['across a year end', at('2026-12-30T10:00'), at('2027-01-02T10:00'), 'overdue by 3 days'],
    [
      'a whole 23-hour day, still in hours',
      at('2026-03-08T00:00'),
      at('2026-03-09T00:00'),
      'overdue by 23 h',
    ],
    ['24.5 hours within the 25-hour day', at('2026-11-01T00:00'), at('2026-11-01T23:30'), 'overdue by 1 day'],
  ])('overdue, %s', (_name, due, when, expected) => {
    expect(formatDue(due, when)).toBe(expected);
  });
});

describe('isOverdue', () => {
  const due = at('2026-05-12T10:00');
  it.each([
    ['not when due is still ahead', plus(due, -1), false],
    ['not at the due moment itself', due, false],
    ['as soon as the moment has passed', plus(due, 1), true],
  ])('is %s', (_name, now, expected) => {
    expect(isOverdue(due, now)).toBe(expected);
  });
});
