import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  allInterviewsCalendar,
  allInterviewsCalendarFile,
  calendarFileName,
  interviewCalendar,
  sequenceOf,
} from '../../src/features/data/ics';
import {
  type CalendarRecord,
  KEEP_CANCELLED_DAYS,
  readRecord,
} from '../../src/features/data/calendar-record';
import { escapeText, foldLine } from '../../src/features/data/content-line';
import { newPerson } from '../../src/core/model/builders';
import { logContact, patchContact } from '../../src/core/model/people-ops';
import { type FollowUpDoc, type Interview, type Person, emptyDoc } from '../../src/core/model/model';
import { dueItems } from '../fixtures/checklist-items';
import { HOSTILE, currentDoc } from '../fixtures/stored';

// Unit tests run in America/New_York (vitest.config.ts): every Date below is local wall-clock time there.

/** The checklist's items with deadlines (the ones without are left out of calendars anyway). */
const items = dueItems;

const base = currentDoc.interviews[0]!;
/** Yesterday's interview: one thank-you sent, one to send, a reference to brief; follow-up in a week. */
const brightwater: Interview = {
  ...base,
  id: 'bw',
  company: 'Brightwater Labs',
  role: 'Product designer',
  at: '2026-11-25T10:00',
  decisionDate: '',
  people: [
    newPerson('p1', 'interviewer', { name: 'Dana Nguyen' }),
    newPerson('p2', 'interviewer', { name: 'Sam Ortiz' }),
  ],
  done: { 'thank-you-sent:p1': '2026-11-25T20:00:00.000Z' },
  updatedAt: '2026-11-25T20:00:00.000Z',
};
/** Harbor Foods (the fixture): its thank-you is sent, its reference overdue, its follow-up ahead. */
const harbor: Interview = base;
/** An interview still ahead, nobody recorded yet. */
const upcoming: Interview = {
  ...base,
  id: 'up',
  company: 'Northwind',
  role: 'Analyst',
  at: '2026-12-10T14:00',
  decisionDate: '',
  people: [],
  references: [],
  done: {},
};
const now = new Date(2026, 10, 26, 12, 0); // Thursday 26 November 2026, noon

interface Parsed {
  uid: string;
  status: string | null;
  sequence: number;
  summary: string;
  description: string;
  start: Date;
  alarms: Date[];
}

/** Parses a calendar with a real iCalendar parser: each event with its reminders as moments. */
function events(text: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    const start = event.startDate.toJSDate();
    return {
      uid: event.uid,
      status: (v.getFirstPropertyValue('status') as string | null) ?? null,
      sequence: event.sequence,
      summary: event.summary,
      description: event.description,
      start,
      alarms: v.getAllSubcomponents('valarm').map((a) => {
        const trigger = a.getFirstPropertyValue('trigger') as ICAL.Duration;
        return new Date(start.getTime() + trigger.toSeconds() * 1000);
      }),
    };
  });
}

describe('allInterviewsCalendar', () => {
  const all = events(allInterviewsCalendar([brightwater, harbor, upcoming], items, now));
  const uids = all.map((e) => e.uid);

  it('holds every open date of every interview, soonest first', () => {
    expect(all.map((e) => [e.uid, e.summary])).toEqual([
      [
        'i1-reference-alerted:r1@follow-up-kit',
        'Brief Maria Lopez, your reference (Operations coordinator at Harbor Foods)',
      ],
      ['bw-thank-you-sent:p2@follow-up-kit', 'Thank Sam Ortiz (Product designer at Brightwater Labs)'],
      [
        'bw-reference-alerted:r1@follow-up-kit',
        'Brief Maria Lopez, your reference (Product designer at Brightwater Labs)',
      ],
      ['bw-follow-up-sent@follow-up-kit', 'Follow up with Brightwater Labs'],
      ['i1-follow-up-sent@follow-up-kit', 'Follow up with Harbor Foods'],
      ['up-interview@follow-up-kit', 'Interview: Analyst at Northwind'],
      ['up-add-interviewers@follow-up-kit', 'Send your thank-you notes (Analyst at Northwind)'],
      ['up-follow-up-sent@follow-up-kit', 'Follow up with Northwind'],
    ]);
    expect(all.find((e) => e.uid.startsWith('bw-thank-you'))?.start).toEqual(new Date(2026, 10, 27, 10, 0));
    expect(all.find((e) => e.uid.startsWith('up-interview'))?.start).toEqual(new Date(2026, 11, 10, 14, 0));
  });

  it('leaves out the tasks already done', () => {
    expect(uids).not.toContain('bw-thank-you-sent:p1@follow-up-kit');
    expect(uids).not.toContain('i1-thank-you-sent:p1@follow-up-kit');
  });

  it('reminds the day before and on the morning of the due date at 09:00, never in the past', () => {
    const thanks = all.find((e) => e.uid === 'bw-thank-you-sent:p2@follow-up-kit')!;
    // The day before (the 26th, 09:00) has passed at noon: only the morning of the 27th is left.
    expect(thanks.alarms).toEqual([new Date(2026, 10, 27, 9, 0)]);
    const followUp = all.find((e) => e.uid === 'bw-follow-up-sent@follow-up-kit')!;
    expect(followUp.alarms).toEqual([new Date(2026, 11, 1, 9, 0), new Date(2026, 11, 2, 9, 0)]);
    const overdue = all.find((e) => e.uid === 'i1-reference-alerted:r1@follow-up-kit')!;
    expect(overdue.alarms).toEqual([]);
    for (const e of all) for (const alarm of e.alarms) expect(alarm.getTime()).toBeGreaterThan(now.getTime());
  });

  it('reminds at 09:00 local on both sides of a change to standard time', () => {
    // DST ends in New York at 02:00 on Sunday 1 November 2026: the day-before reminder is 26 hours ahead.
    const fall: Interview = { ...brightwater, at: '2026-10-30T10:00', done: {} };
    const thanks = events(interviewCalendar(fall, items, new Date(2026, 9, 29, 12, 0))).find(
      (e) => e.uid === 'bw-thank-you-sent:p1@follow-up-kit',
    );
    expect(thanks?.start).toEqual(new Date(2026, 10, 1, 10, 0));
    expect(thanks?.alarms.map((a) => [a.getDate(), a.getHours(), a.getMinutes()])).toEqual([
      [31, 9, 0],
      [1, 9, 0],
    ]);
    const spring: Interview = { ...brightwater, at: '2027-03-12T08:30', done: {} };
    const early = events(interviewCalendar(spring, items, new Date(2027, 2, 1))).find(
      (e) => e.uid === 'bw-thank-you-sent:p1@follow-up-kit',
    );
    // Due at 08:30 on Sunday 14 March, the day DST starts: the morning reminder is the deadline itself.
    expect(early?.alarms.map((a) => [a.getDate(), a.getHours(), a.getMinutes()])).toEqual([
      [13, 9, 0],
      [14, 8, 30],
    ]);
  });

  it('keeps the same UIDs across two exports, and a higher SEQUENCE once the interview changed', () => {
    const later = events(
      allInterviewsCalendar([brightwater, harbor, upcoming], items, new Date(2026, 10, 26, 18, 0)),
    );
    expect(later.map((e) => e.uid)).toEqual(uids);
    const changed = { ...brightwater, updatedAt: '2026-11-26T17:00:00.000Z' };
    const again = events(allInterviewsCalendar([changed], items, now));
    const before = all.find((e) => e.uid === 'bw-follow-up-sent@follow-up-kit')!;
    const after = again.find((e) => e.uid === 'bw-follow-up-sent@follow-up-kit')!;
    expect(before.sequence).toBe(sequenceOf(brightwater));
    expect(after.sequence).toBeGreaterThan(before.sequence);
  });

  it.each([
    ['commas and semicolons', 'Smith, Jones; & Co'],
    ['hostile markup and SQL', HOSTILE],
    [
      'long accented text that must be folded',
      'Entrepôt numéro 7, côté quai, près de la grue 🏗️ '.repeat(4).trim(),
    ],
  ])('keeps a company with %s intact through escaping and folding', (_case, company) => {
    const text = allInterviewsCalendar([{ ...brightwater, company }], items, now);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(events(text).map((e) => e.summary)).toContain(`Follow up with ${company}`);
  });

  it('keeps line breaks and property text in a name from starting a line of their own', () => {
    const name = 'Sam\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil';
    const text = allInterviewsCalendar(
      [{ ...brightwater, people: [newPerson('p2', 'interviewer', { name })] }],
      items,
      now,
    );
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(3);
    expect(events(text)[0]?.summary).toBe(
      'Thank Sam\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:evil (Product designer at Brightwater Labs)',
    );
  });

  it('removes control characters before they reach the file', () => {
    const text = allInterviewsCalendar(
      [{ ...brightwater, company: 'Bright\u0000water\u0007 La\u001bbs\u007f\u0085', place: 'Dock\u000b 7' }],
      items,
      now,
    );
    // eslint-disable-next-line no-control-regex
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(events(text).map((e) => e.summary)).toContain('Follow up with Brightwater Labs');
  });

  it('links each task to its note when given the site origin', () => {
    const text = allInterviewsCalendar([brightwater], items, now, { origin: 'https://followup.example.org' });
    const thanks = events(text).find((e) => e.uid === 'bw-thank-you-sent:p2@follow-up-kit')!;
    expect(thanks.description).toBe(
      'Product designer at Brightwater Labs.\nWrite it with the Follow-Up Kit: https://followup.example.org/notes/#interview=bw&to=p2&situation=thank-you',
    );
  });

  it('is empty when nothing dated is open', () => {
    const done = {
      ...brightwater,
      at: '2026-11-01T10:00',
      outcome: 'offer' as const,
      done: { 'thank-you-sent:p1': 'x', 'thank-you-sent:p2': 'x', 'reference-alerted:r1': 'x' },
    };
    expect(allInterviewsCalendar([done], items, now)).toBe('');
    expect(allInterviewsCalendar([], items, now)).toBe('');
    expect(interviewCalendar({ ...brightwater, at: 'not a date' }, items, now)).toBe('');
  });
});

describe('allInterviewsCalendar with the people to get in touch with', () => {
  const ana = (id: string, name = 'Ana Ruiz') => newPerson(id, 'interviewer', { name, contactId: 'ana' });
  /** Interviewed on `at` and thanked by hand that evening, then told "no" at `outcomeAt`. */
  const toldNo = (id: string, at: string, outcomeAt: string, people: Person[]): Interview => ({
    ...upcoming,
    id,
    company: 'Lakeside',
    role: 'Planner',
    at,
    outcome: 'not-selected',
    outcomeAt,
    people,
    done: {
      ...Object.fromEntries(
        people.map((p) => [`thank-you-sent:${p.id}`, `${at.slice(0, 10)}T23:00:00.000Z`]),
      ),
      'thank-after-no': outcomeAt,
    },
    updatedAt: outcomeAt,
  });
  const old = toldNo('old', '2026-03-10T10:00', '2026-03-20T15:00:00.000Z', [ana('a0')]);
  const recent = toldNo('new', '2026-08-20T10:00', '2026-09-10T15:00:00.000Z', [
    ana('a1'),
    newPerson('b1', 'other', { name: 'Ben Cho' }),
  ]);
  const doc: FollowUpDoc = { ...emptyDoc(), interviews: [recent, old] };
  const touchEvents = (d: FollowUpDoc, at = now, origin?: string) =>
    events(allInterviewsCalendar(d.interviews, items, at, { touches: d, ...(origin && { origin }) }));

  it('cancels the next touch of a person merged into another, with a higher SEQUENCE', () => {
    const first = allInterviewsCalendarFile(doc.interviews, items, now, { touches: doc }, {});
    const ben = events(first.text).find((e) => e.uid === 'touch-b1@follow-up-kit')!;
    // Ben Cho found to be Ana Ruiz: his record now carries her contact id.
    const merged = {
      ...recent,
      people: recent.people.map((p) => (p.id === 'b1' ? { ...p, contactId: 'ana' } : p)),
    };
    const after: FollowUpDoc = { ...doc, interviews: [merged, old] };
    const next = allInterviewsCalendarFile(after.interviews, items, now, { touches: after }, first.sent);
    const byUid = new Map(events(next.text).map((e) => [e.uid, e]));
    expect(byUid.get('touch-b1@follow-up-kit')).toMatchObject({ status: 'CANCELLED', start: ben.start });
    expect(byUid.get('touch-b1@follow-up-kit')!.sequence).toBeGreaterThan(ben.sequence);
    expect(byUid.get('touch-ana@follow-up-kit')?.status).toBeNull();
  });

  it('holds one event per person, at 09:00 on the day the check-in is due', () => {
    expect(touchEvents(doc).map((e) => [e.uid, e.summary, e.start])).toEqual([
      ['touch-ana@follow-up-kit', 'Check in with Ana Ruiz', new Date(2026, 11, 10, 9, 0)],
      ['touch-b1@follow-up-kit', 'Check in with Ben Cho', new Date(2026, 11, 10, 9, 0)],
    ]);
    // Without what was logged and sent, the calendar has only the interviews' deadlines: none here.
    expect(allInterviewsCalendar(doc.interviews, items, now)).toBe('');
  });

  it('links the check-in note, written to the person as met in their latest interview', () => {
    const [first] = touchEvents(doc, now, 'https://followup.example.org');
    expect(first?.description).toBe(
      'A friendly check-in after the “no” · Planner at Lakeside.\nWrite it with the Follow-Up Kit: https://followup.example.org/notes/#interview=new&to=a1&situation=check-in',
    );
  });

  it('moves the same event when a contact is logged: same UID, a later start, a higher SEQUENCE', () => {
    const rhythm = patchContact(
      doc,
      'ana',
      (c) => ({ ...c, rhythm: 'every', every: 3 }),
      new Date(2026, 10, 1, 12),
    );
    const before = touchEvents(rhythm).find((e) => e.uid === 'touch-ana@follow-up-kit')!;
    // Three months from the thank-you ticked on 20 August: overdue, so no reminder is left.
    expect(before).toMatchObject({ start: new Date(2026, 10, 20, 9, 0), alarms: [] });
    // Exported again the next day with nothing changed: the very same event.
    const again = touchEvents(rhythm, new Date(2026, 10, 27, 12, 0));
    expect(again.find((e) => e.uid === before.uid)).toEqual(before);
    const at = new Date(2026, 10, 30, 12, 0);
    const met = logContact(rhythm, 'ana', { id: 'l1', on: '2026-11-30', kind: 'met', notes: 'Coffee' }, at);
    const after = touchEvents(met, at).find((e) => e.uid === 'touch-ana@follow-up-kit')!;
    expect(after.start).toEqual(new Date(2027, 1, 28, 9, 0));
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.alarms).toEqual([new Date(2027, 1, 27, 9, 0), new Date(2027, 1, 28, 9, 0)]);
  });

  it('keeps a hostile name as plain text in the event', () => {
    const hostile = { ...doc, interviews: [{ ...recent, people: [ana('a1', HOSTILE)] }, old] };
    const text = allInterviewsCalendar(hostile.interviews, items, now, { touches: hostile });
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(events(text).map((e) => [e.uid, e.summary])).toEqual([
      ['touch-ana@follow-up-kit', `Check in with ${HOSTILE}`],
    ]);
  });
});

describe('interviewCalendar', () => {
  it('holds one interview’s open dates only', () => {
    const list = events(interviewCalendar(brightwater, items, now));
    expect(list.map((e) => e.uid.split('-')[0])).toEqual(['bw', 'bw', 'bw']);
  });

  it('uses CRLF line ends and no line over 75 octets', () => {
    const text = interviewCalendar({ ...brightwater, company: 'é'.repeat(200) }, items, now);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('calendarFileName', () => {
  it.each([
    [brightwater, 'follow-up-brightwater-labs-2026-11-25.ics'],
    [{ ...brightwater, company: 'Café Éclair, Inc.' }, 'follow-up-cafe-eclair-inc-2026-11-25.ics'],
    [{ ...brightwater, company: '', role: 'Designer' }, 'follow-up-designer-2026-11-25.ics'],
    [{ ...brightwater, company: HOSTILE, at: '' }, 'follow-up-img-src-x-onerror-alert-1-drop-table-in.ics'],
    [{ ...brightwater, company: '株式会社', role: '' }, 'follow-up-interview-2026-11-25.ics'],
    [undefined, 'follow-up-all-interviews.ics'],
  ])('names %#: %s', (interview, name) => {
    expect(calendarFileName(interview)).toBe(name);
  });
});

describe('escapeText and foldLine', () => {
  it('escapes in the order that keeps backslashes unambiguous', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('never splits a multi-byte character across lines', () => {
    const folded = foldLine(`SUMMARY:${'😀'.repeat(40)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'😀'.repeat(40)}`);
  });
});

describe('line breaks in calendar text', () => {
  it('keeps them, escaped, in a multi-line place, a summary and every reminder', () => {
    const ahead: Interview = {
      ...upcoming,
      role: 'Analyst',
      company: 'Northwind\nTraders',
      place: 'Building 4, floor 2\r\nAsk at the front desk\n\n',
    };
    const text = allInterviewsCalendar([ahead], items, now);
    expect(text).toContain('DESCRIPTION:Building 4\\, floor 2\\nAsk at the front desk\r\n');
    const interview = events(text).find((e) => e.uid === 'up-interview@follow-up-kit')!;
    expect(interview.description).toBe('Building 4, floor 2\nAsk at the front desk');
    expect(interview.summary).toBe('Interview: Analyst at Northwind\nTraders');
    // Nothing unescaped: every physical line is a property or a folded continuation.
    for (const line of text.split('\r\n').filter(Boolean)) expect(line).toMatch(/^([A-Z-]+[:;]| )/);
  });
});

describe('events that should go away', () => {
  const day = (n: number) => new Date(2026, 10, 26 + n, 12, 0);
  const first = allInterviewsCalendarFile([brightwater, harbor, upcoming], items, day(0), {}, {});
  const parsed = (text: string) => new Map(events(text).map((e) => [e.uid, e]));

  it.each<[string, Interview[]]>([
    ['an interview deleted', [harbor, upcoming]],
    [
      'a task done',
      [
        {
          ...brightwater,
          done: { ...brightwater.done, 'follow-up-sent': '2026-11-27T10:00:00.000Z' },
          updatedAt: '2026-11-27T10:00:00.000Z',
        },
        harbor,
        upcoming,
      ],
    ],
  ])('writes %s as cancelled with a higher SEQUENCE, then forgets it after 60 days', (_name, after) => {
    const before = parsed(first.text).get('bw-follow-up-sent@follow-up-kit')!;
    const next = allInterviewsCalendarFile(after, items, day(1), {}, first.sent);
    const gone = parsed(next.text).get('bw-follow-up-sent@follow-up-kit')!;
    expect(gone.status).toBe('CANCELLED');
    expect(gone.sequence).toBeGreaterThan(before.sequence);
    expect(gone.start).toEqual(before.start);
    expect(gone.summary).toBe(before.summary);
    expect(gone.alarms).toEqual([]);
    // The events still there are not cancelled.
    expect(parsed(next.text).get('i1-follow-up-sent@follow-up-kit')?.status).toBeNull();
    // Repeated unchanged in the next files, for 60 days from when it went away.
    const again = allInterviewsCalendarFile(after, items, day(30), {}, next.sent);
    expect(parsed(again.text).get('bw-follow-up-sent@follow-up-kit')).toMatchObject({
      status: 'CANCELLED',
      sequence: gone.sequence,
    });
    const last = allInterviewsCalendarFile(after, items, day(1 + KEEP_CANCELLED_DAYS + 1), {}, again.sent);
    expect(parsed(last.text).has('bw-follow-up-sent@follow-up-kit')).toBe(false);
    expect(last.sent['bw-follow-up-sent']).toBeUndefined();
  });

  it('never cancels an interview that has taken place: the calendar keeps it, and the record forgets it', () => {
    expect(parsed(first.text).get('up-interview@follow-up-kit')?.status).toBeNull();
    // December 10 at 2 pm has passed.
    const after = allInterviewsCalendarFile([brightwater, harbor, upcoming], items, day(15), {}, first.sent);
    expect(parsed(after.text).has('up-interview@follow-up-kit')).toBe(false);
    expect(after.sent['up-interview']).toBeUndefined();
    // Deleted, it is cancelled as any other event.
    const deleted = allInterviewsCalendarFile([brightwater, harbor], items, day(1), {}, first.sent);
    expect(parsed(deleted.text).get('up-interview@follow-up-kit')?.status).toBe('CANCELLED');
  });

  it('writes an event that came back with a SEQUENCE above its cancellation', () => {
    const gone = allInterviewsCalendarFile([harbor, upcoming], items, day(1), {}, first.sent);
    const cancelled = parsed(gone.text).get('bw-follow-up-sent@follow-up-kit')!;
    const back = allInterviewsCalendarFile([brightwater, harbor, upcoming], items, day(2), {}, gone.sent);
    const event = parsed(back.text).get('bw-follow-up-sent@follow-up-kit')!;
    expect(event.status).toBeNull();
    expect(event.sequence).toBeGreaterThan(cancelled.sequence);
  });

  it('reads a damaged record as empty, and keeps only well-formed entries', () => {
    expect(readRecord('not json')).toEqual({});
    expect(readRecord('[1,2]')).toEqual({});
    const good: CalendarRecord = {
      a: { seq: 3, start: '2026-11-27T15:00:00.000Z', minutes: 30, summary: 'x' },
    };
    expect(readRecord(JSON.stringify({ ...good, b: { seq: 'no' } }))).toEqual(good);
  });
});
