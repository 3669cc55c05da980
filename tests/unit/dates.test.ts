import { describe, expect, it } from 'vitest';
import {
  calendarDaysBetween,
  historyDate,
  interviewDate,
  momentText,
  shortDate,
  spokenAhead,
  spokenPast,
} from '../../src/core/dates';

const now = new Date(2026, 11, 1, 21, 30); // Tuesday, December 1, 2026, 9:30 pm

describe('spokenPast: when something happened, as a note written now says it', () => {
  it.each([
    ['this morning', new Date(2026, 11, 1, 9, 0)],
    ['this afternoon', new Date(2026, 11, 1, 14, 0)],
    ['this evening', new Date(2026, 11, 1, 18, 0)],
    ['yesterday', new Date(2026, 10, 30, 23, 59)],
    ['yesterday', new Date(2026, 10, 30, 0, 0)],
    ['last Friday', new Date(2026, 10, 27, 10, 0)],
    ['last Wednesday', new Date(2026, 10, 25, 10, 0)],
    ['on Sunday', new Date(2026, 10, 29, 10, 0)],
    ['on November 24', new Date(2026, 10, 24, 10, 0)],
    ['on December 30, 2025', new Date(2025, 11, 30, 10, 0)],
    ['on December 8', new Date(2026, 11, 8, 10, 0)],
  ])('says "%s"', (expected, at) => {
    expect(spokenPast(at, now)).toBe(expected);
  });

  it('says "today" for a date with no time', () => {
    expect(spokenPast(new Date(2026, 11, 1, 12, 0), now, { timeKnown: false })).toBe('today');
  });

  it('counts days across midnight, not 24-hour spans', () => {
    expect(spokenPast(new Date(2026, 11, 1, 23, 50), new Date(2026, 11, 2, 0, 5))).toBe('yesterday');
  });

  it('counts across a year end and a month end', () => {
    expect(spokenPast(new Date(2026, 11, 31, 16, 0), new Date(2027, 0, 1, 9, 0))).toBe('yesterday');
    expect(spokenPast(new Date(2026, 11, 20, 16, 0), new Date(2027, 0, 2, 9, 0))).toBe(
      'on December 20, 2026',
    );
  });
});

describe('spokenAhead: a day ahead', () => {
  it.each([
    ['today', new Date(2026, 11, 1, 23, 0)],
    ['tomorrow', new Date(2026, 11, 2, 12, 0)],
    ['Thursday, December 3', new Date(2026, 11, 3, 12, 0)],
    ['Monday, December 7', new Date(2026, 11, 7, 12, 0)],
    ['December 8', new Date(2026, 11, 8, 12, 0)],
    ['January 4, 2027', new Date(2027, 0, 4, 12, 0)],
  ])('says "%s"', (expected, day) => {
    expect(spokenAhead(day, now)).toBe(expected);
  });
});

describe('calendarDaysBetween', () => {
  it('is whole days across a daylight-saving change', () => {
    expect(calendarDaysBetween(new Date(2026, 2, 7, 23, 0), new Date(2026, 2, 9, 1, 0))).toBe(2);
    expect(calendarDaysBetween(new Date(2026, 10, 1, 0, 30), new Date(2026, 9, 31, 23, 30))).toBe(-1);
  });
});

describe('one format per purpose', () => {
  it.each([
    ['a due date in a list', shortDate(new Date(2026, 11, 2, 9, 0)), 'Wed, Dec 2'],
    ['a list date of this year', shortDate(new Date(2026, 10, 27), now), 'Fri, Nov 27'],
    ['a list date of another year', shortDate(new Date(2025, 10, 24), now), 'Mon, Nov 24, 2025'],
    ['New Year’s Day', shortDate(new Date(2026, 0, 1)), 'Thu, Jan 1'],
    ['New Year’s Eve, late', shortDate(new Date(2027, 11, 31, 23, 59)), 'Fri, Dec 31'],
    [
      'an interview with a time',
      interviewDate(new Date(2026, 10, 25, 14, 0), true),
      'Wed, Nov 25, 2026, 2:00 PM',
    ],
    [
      'an interview just after midnight',
      interviewDate(new Date(2026, 10, 25, 0, 5), true),
      'Wed, Nov 25, 2026, 12:05 AM',
    ],
    [
      'an interview at noon thirty',
      interviewDate(new Date(2026, 10, 25, 12, 30), true),
      'Wed, Nov 25, 2026, 12:30 PM',
    ],
    ['an interview with no time', interviewDate(new Date(2026, 10, 25), false), 'Wed, Nov 25, 2026'],
    ['a history date', historyDate(new Date(2026, 10, 27, 15, 4)), 'Nov 27, 2026'],
    ['a moment of the data', momentText(new Date(2026, 10, 27, 15, 4)), 'Nov 27, 2026, 3:04 PM'],
    ['an unreadable date', shortDate(new Date('soon')), ''],
  ])('writes %s as %j', (_purpose, text, expected) => {
    expect(text).toBe(expected);
  });

  it('writes a plain space before AM/PM, as people type it', () => {
    expect(momentText(new Date(2026, 10, 27, 15, 4))).not.toMatch(/\u202f/);
  });
});
