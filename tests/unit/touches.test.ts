import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../../src/core/local-dates';
import * as builders from '../../src/core/model/builders';
import * as peopleOps from '../../src/core/model/people-ops';
import { newDraft } from '../../src/features/notes/draft-ops';
import {
  type KeepInTouch,
  type Draft,
  type FollowUpDoc,
  type Interview,
  type Outcome,
  type Person,
  type Reference,
  emptyDoc,
} from '../../src/core/model/model';
import { peopleOf } from '../../src/core/people';
import { addInterval, historyOf, lastContact, nextTouch } from '../../src/core/touches';

// vitest.config.ts runs unit tests in America/New_York: DST starts 2026-03-08 and ends 2026-11-01.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const pad = (n: number) => String(n).padStart(2, '0');
/** A Date as local `YYYY-MM-DDTHH:mm`, so failures read as wall-clock times. */
const local = (d: Date | undefined) =>
  d &&
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
const day = (s: string): Date => {
  const d = parseLocalDate(s);
  if (!d) throw new Error(`bad test date ${s}`);
  return d;
};

describe('the test time zone', () => {
  it('has DST changes on the dates the DST cases use, so they cannot pass vacuously', () => {
    expect(new Date(2026, 2, 9).getTimezoneOffset()).not.toBe(new Date(2026, 2, 7).getTimezoneOffset());
    expect(new Date(2026, 10, 2).getTimezoneOffset()).not.toBe(new Date(2026, 9, 31).getTimezoneOffset());
  });
});

describe('addInterval', () => {
  it.each([
    ['2026-01-31', 1, 'month', '2026-02-28T09:00'],
    ['2028-01-31', 1, 'month', '2028-02-29T09:00'],
    ['2026-08-31', 6, 'month', '2027-02-28T09:00'],
    ['2026-11-30', 3, 'month', '2027-02-28T09:00'],
    ['2026-03-31', 1, 'month', '2026-04-30T09:00'],
    ['2026-12-31', 1, 'month', '2027-01-31T09:00'],
    ['2026-01-15', 12, 'month', '2027-01-15T09:00'],
    ['2026-12-28', 1, 'week', '2027-01-04T09:00'],
    ['2028-02-26', 1, 'week', '2028-03-04T09:00'],
    ['2026-01-01', 52, 'week', '2026-12-31T09:00'],
  ] as const)('puts %s plus %i %s on %s', (from, every, unit, expected) => {
    expect(local(addInterval(day(from), every, unit))).toBe(expected);
  });

  it('keeps to the calendar day at 09:00 whatever the time of day it counts from', () => {
    expect(local(addInterval(new Date(2026, 4, 10, 23, 45), 1, 'month'))).toBe('2026-06-10T09:00');
    expect(local(addInterval(new Date(2026, 4, 10, 0, 5), 2, 'week'))).toBe('2026-05-24T09:00');
  });

  it.each([
    ['a change to standard time (weeks)', new Date(2026, 9, 20, 9, 0), 2, 'week', '2026-11-03T09:00', 14, 1],
    [
      'a change to standard time (months)',
      new Date(2026, 9, 15, 9, 0),
      1,
      'month',
      '2026-11-15T09:00',
      31,
      1,
    ],
    ['a change to summer time (weeks)', new Date(2026, 1, 27, 9, 0), 2, 'week', '2026-03-13T09:00', 14, -1],
    ['a change to summer time (months)', new Date(2026, 1, 15, 9, 0), 1, 'month', '2026-03-15T09:00', 28, -1],
  ] as const)('stays at 09:00 local across %s', (_name, from, every, unit, expected, days, hours) => {
    const due = addInterval(from, every, unit);
    expect(local(due)).toBe(expected);
    // The day of the change is 23 or 25 hours long: counting days as 24 hours would be an hour off.
    expect(due.getTime() - from.getTime()).toBe(days * DAY + hours * HOUR);
  });
});

// -- A person's contacts ---------------------------------------------------------------------------------

const STAMP = '2026-06-01T12:00:00.000Z';
/** An interview held on `at`, with the outcome given (and when it came). */
const interview = (
  id: string,
  at: string,
  people: Person[],
  outcome: Outcome = 'waiting',
  outcomeAt = '',
  references: Reference[] = [],
): Interview => ({
  ...builders.newInterview(id, { company: `Company ${id}`, role: 'Designer', at, outcome }, new Date(STAMP)),
  outcomeAt,
  people,
  references,
});
const ana = (id: string) => builders.newPerson(id, 'interviewer', { name: 'Ana Ruiz', contactId: 'ana' });
const docOf = (interviews: Interview[], over: Partial<FollowUpDoc> = {}): FollowUpDoc => ({
  ...emptyDoc(),
  interviews,
  ...over,
});
const anaIn = (doc: FollowUpDoc) => peopleOf(doc.interviews).find((g) => g.contactId === 'ana')!;
const sent = (updatedAt: string, sentVia: Draft['sentVia'] = 'copied'): Draft => ({
  ...newDraft(new Date(updatedAt)),
  sentVia,
});
const rhythm = (over: Partial<KeepInTouch>): KeepInTouch => ({
  ...builders.newKeepInTouch(new Date(STAMP)),
  ...over,
});
const touch = (doc: FollowUpDoc, now: Date) => {
  const t = nextTouch(anaIn(doc), doc, now);
  return t && { due: local(t.due), why: t.why };
};
const log = (doc: FollowUpDoc, id: string, on: string, now: Date) =>
  peopleOps.logContact(doc, 'ana', { id, on, kind: 'emailed', notes: '' }, now);

describe('nextTouch with a rhythm', () => {
  const now = new Date(2026, 10, 26, 12, 0);
  // Met on 15 September; nothing since.
  const met = docOf([interview('i1', '2026-09-15T10:00', [ana('a1')], 'offer', '2026-09-20T15:00:00.000Z')]);
  const every3 = { contacts: { ana: rhythm({ rhythm: 'every', every: 3, unit: 'month' }) } };

  it('never suggests a touch with the rhythm "none", even after a "no"', () => {
    const no = docOf([interview('i1', '2026-09-15T10:00', [ana('a1')], 'not-selected', STAMP)], {
      contacts: { ana: rhythm({ rhythm: 'none' }) },
    });
    expect(nextTouch(anaIn(no), no, now)).toBeUndefined();
  });

  it('counts every 3 months from the last contact, here the interview', () => {
    expect(touch({ ...met, ...every3 }, now)).toEqual({ due: '2026-12-15T09:00', why: 'rhythm' });
  });

  it('counts in weeks with a weekly rhythm', () => {
    const doc = { ...met, contacts: { ana: rhythm({ rhythm: 'every', every: 2, unit: 'week' }) } };
    expect(touch(log(doc, 'l1', '2026-11-20', now), now)).toEqual({ due: '2026-12-04T09:00', why: 'rhythm' });
  });

  it('starts again from a contact logged, and goes back when the contact is taken back', () => {
    const doc = { ...met, ...every3 };
    const logged = log(doc, 'l1', '2026-11-20', now);
    expect(touch(logged, now)?.due).toBe('2027-02-20T09:00');
    expect(lastContact(anaIn(logged), logged, now)).toEqual(day('2026-11-20'));
    expect(touch(peopleOps.unlogContact(logged, 'ana', 'l1', now), now)?.due).toBe('2026-12-15T09:00');
  });

  it('starts again from a note marked sent to any record of the person', () => {
    const doc = {
      ...met,
      ...every3,
      drafts: { 'i1:a1:touch-base': sent('2026-11-10T15:00:00.000Z') },
    };
    expect(touch(doc, now)?.due).toBe('2027-02-10T09:00');
    // A note written but not sent is no contact.
    const unsent = { ...doc, drafts: { 'i1:a1:touch-base': sent('2026-11-10T15:00:00.000Z', '') } };
    expect(touch(unsent, now)?.due).toBe('2026-12-15T09:00');
  });

  it('counts from when the rhythm was set for someone never in touch yet', () => {
    // A reference for an interview still ahead: never contacted.
    const ref = builders.newReference('r1', { name: 'Maria Lopez', contactId: 'maria' });
    const doc = docOf([interview('i1', '2026-12-10T10:00', [], 'waiting', '', [ref])], {
      contacts: {
        maria: rhythm({ rhythm: 'every', every: 1, unit: 'month', updatedAt: '2026-11-26T17:00:00.000Z' }),
      },
    });
    const maria = peopleOf(doc.interviews)[0]!;
    expect(lastContact(maria, doc, now)).toBeUndefined();
    expect(local(nextTouch(maria, doc, now)?.due)).toBe('2026-12-26T09:00');
  });
});

describe('nextTouch left to the suggestion', () => {
  const now = new Date(2026, 10, 26, 12, 0);
  // Interviewed on 20 August, thanked by hand the next day, told "no" on 28 August.
  const decided = (outcome: Outcome, over: Partial<Interview> = {}) =>
    docOf([
      {
        ...interview('i1', '2026-08-20T10:00', [ana('a1')], outcome, '2026-08-28T16:00:00.000Z'),
        done: { 'thank-you-sent:a1': '2026-08-21T14:00:00.000Z' },
        ...over,
      },
    ]);

  it('suggests one check-in about 3 months after a "no"', () => {
    expect(touch(decided('not-selected'), now)).toEqual({ due: '2026-11-28T09:00', why: 'after-no' });
  });

  it('suggests one note about 2 months after withdrawing', () => {
    expect(touch(decided('withdrawn'), now)).toEqual({ due: '2026-10-28T09:00', why: 'after-withdrawal' });
  });

  it.each(['waiting', 'offer'] as const)('suggests nothing while the outcome is %j', (outcome) => {
    expect(nextTouch(anaIn(decided(outcome)), decided(outcome), now)).toBeUndefined();
  });

  it('counts from a contact after the "no", when there was one', () => {
    const doc = log(decided('not-selected'), 'l1', '2026-09-10', now);
    expect(touch(doc, now)).toEqual({ due: '2026-12-10T09:00', why: 'after-no' });
  });

  it('counts from the "no" when it came after the last contact', () => {
    const doc = log(decided('not-selected'), 'l1', '2026-08-25', now);
    expect(touch(doc, now)?.due).toBe('2026-11-28T09:00');
  });

  it('suggests nothing more once a contact came 2 months or more after the "no": that was the check-in', () => {
    expect(touch(log(decided('not-selected'), 'l1', '2026-10-26', now), now)?.due).toBe('2027-01-26T09:00');
    expect(touch(log(decided('not-selected'), 'l1', '2026-11-02', now), now)).toBeUndefined();
  });

  it('suggests nothing more once the check-in note is sent and logged', () => {
    const doc = peopleOps.logContact(
      decided('not-selected'),
      'ana',
      { id: 'l1', on: '2026-11-28', kind: 'note', notes: 'Check in', text: 'Hi Ana' },
      now,
    );
    expect(touch(doc, new Date(2026, 10, 28, 12, 0))).toBeUndefined();
  });

  it('follows the latest interview with the person', () => {
    const doc = docOf([
      interview('old', '2026-03-10T10:00', [ana('a0')], 'not-selected', '2026-03-20T15:00:00.000Z'),
      interview('new', '2026-11-02T10:00', [ana('a1')], 'waiting'),
    ]);
    expect(nextTouch(anaIn(doc), doc, now)).toBeUndefined();
  });

  it('takes the interview date for a "no" of unknown date', () => {
    const doc = decided('not-selected', { outcomeAt: '', done: {} });
    expect(touch(doc, now)?.due).toBe('2026-11-20T09:00');
  });

  it('suggests nothing for a reference, whatever the outcome', () => {
    const ref = builders.newReference('r1', { name: 'Maria Lopez', contactId: 'maria' });
    const doc = docOf([
      interview('i1', '2026-08-20T10:00', [], 'not-selected', '2026-08-28T16:00:00.000Z', [ref]),
    ]);
    expect(nextTouch(peopleOf(doc.interviews)[0]!, doc, now)).toBeUndefined();
  });

  it('stays at 09:00 local when the three months cross the change to standard time', () => {
    const doc = decided('not-selected', {
      at: '2026-08-05T10:00',
      outcomeAt: '2026-08-10T23:30:00.000Z',
      done: {},
    });
    // 19:30 in New York on 10 August; due on the morning of 10 November, after clocks went back.
    expect(touch(doc, now)?.due).toBe('2026-11-10T09:00');
  });
});

describe('historyOf', () => {
  const now = new Date(2026, 10, 26, 12, 0);
  const doc = docOf(
    [
      interview('i1', '2026-06-10T10:00', [
        ana('a1'),
        builders.newPerson('b1', 'interviewer', { name: 'Ben Cho' }),
      ]),
      {
        ...interview('i2', '2026-09-15T10:00', [ana('a2')]),
        done: {
          'touched-base:a2': '2026-10-01T14:00:00.000Z',
          'name-checked:a2': '2026-09-15T15:00:00.000Z',
          'details-recorded:a2': '2026-09-15T15:05:00.000Z',
        },
      },
      // Still ahead: not a contact yet.
      interview('i3', '2026-12-15T10:00', [ana('a3')]),
    ],
    {
      drafts: {
        'i1:a1:thank-you': sent('2026-06-10T20:00:00.000Z', 'email'),
        'i1:a1:after-no': sent('2026-06-20T20:00:00.000Z', ''),
        'i1:a1:check-in': sent('2026-11-01T15:00:00.000Z', 'copied'),
        'i1:b1:thank-you': sent('2026-06-10T21:00:00.000Z', 'email'),
      },
      contacts: {
        ana: rhythm({
          log: [
            { id: 'l1', on: '2026-10-20', kind: 'called', notes: 'Coffee next month' },
            { id: 'l2', on: '2026-11-01', kind: 'note', notes: 'Check-in', text: 'Hi Ana, a quick update' },
          ],
        }),
      },
    },
  );
  const lines = (options?: { logged?: string }) =>
    historyOf(anaIn(doc), doc, now, options).map((e) => [local(e.on), e.kind, e.what]);

  it('lists interviews held, notes sent, hand ticks and logged contacts, newest first', () => {
    expect(lines({ logged: 'check-in' })).toEqual([
      ['2026-11-01T00:00', 'note', 'Check-in'],
      ['2026-10-20T00:00', 'called', 'Coffee next month'],
      ['2026-10-01T10:00', 'ticked', 'touched-base'],
      ['2026-09-15T10:00', 'interview', 'i2'],
      ['2026-06-10T16:00', 'sent', 'thank-you'],
      ['2026-06-10T10:00', 'interview', 'i1'],
    ]);
  });

  it('keeps the text of a note sent and logged, and how a note left the builder', () => {
    const events = historyOf(anaIn(doc), doc, now, { logged: 'check-in' });
    expect(events[0]).toMatchObject({ logId: 'l2', text: 'Hi Ana, a quick update' });
    expect(events.find((e) => e.kind === 'sent')).toMatchObject({ via: 'email', interviewId: 'i1' });
  });

  it('shows a repeated note once: as logged, not also as a sent draft', () => {
    expect(
      lines()
        .filter(([, kind]) => kind === 'sent')
        .map(([, , what]) => what),
    ).toEqual(['check-in', 'thank-you']);
    expect(lines({ logged: 'check-in' }).some(([, , what]) => what === 'check-in')).toBe(false);
  });
});
