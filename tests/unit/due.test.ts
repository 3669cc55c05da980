import { newInterview, newKeepInTouch, newPerson, newReference } from '../../src/core/model/builders';
import { describe, expect, it } from 'vitest';
import { TOUCH_LEAD_DAYS, type TouchData, checkInsAhead, dueList } from '../../src/core/due';
import type { Interview, Person } from '../../src/core/model/model';
import { dueItems } from '../fixtures/checklist-items';
import { interviewTitle } from '../../src/core/titles';

// Unit tests run in America/New_York (vitest.config.ts); every time below is local wall-clock time.
const STAMP = '2026-11-25T18:00:00.000Z';
const now = new Date(2026, 10, 26, 9, 0); // Thursday morning, the day after a Wednesday interview

/** The items of content/checklist.yaml that the due list reads, with their to-do phrases. */
const items = dueItems;

const person = (id: string, name: string, role: Person['role'] = 'interviewer') =>
  newPerson(id, role, { name });

const interview = (id: string, over: Partial<Interview> = {}): Interview => ({
  ...newInterview(
    id,
    { company: 'Brightwater Labs', role: 'Designer', at: '2026-11-25T14:00' },
    new Date(STAMP),
  ),
  ...over,
});

const texts = (list: ReturnType<typeof dueList>) => list.map((d) => `${d.text} · ${d.dueText ?? 'no date'}`);

describe('dueList', () => {
  it('shows the thank-you deadline the moment an interview is recorded, before anyone is added', () => {
    const [first] = dueList([interview('i1')], items, undefined, now);
    expect(first).toMatchObject({
      kind: 'add-interviewers',
      text: 'Thank your interviewers',
      hint: 'Add who they were',
    });
    expect(first?.due).toEqual(new Date(2026, 10, 27, 14, 0));
    expect(first?.dueText).toBe('due tomorrow');
  });

  it('thanks each interviewer, with the note builder as the action', () => {
    const list = dueList(
      [interview('i1', { people: [person('p1', 'Dana Nguyen'), person('p2', 'Jon Okafor')] })],
      items,
      undefined,
      now,
    );
    expect(texts(list)).toEqual([
      'Thank Dana Nguyen · due tomorrow',
      'Thank Jon Okafor · due tomorrow',
      'Follow up with Brightwater Labs · due in 6 days',
    ]);
    expect(list[0]).toMatchObject({
      key: 'thank-you-sent:p1',
      note: { situation: 'thank-you', recipientId: 'p1' },
      context: 'Designer at Brightwater Labs',
      overdue: false,
    });
  });

  it('leaves out what is done, and people who did not interview', () => {
    const list = dueList(
      [
        interview('i1', {
          people: [person('p1', 'Dana Nguyen'), person('p2', 'Ravi Shah', 'other')],
          done: { 'thank-you-sent:p1': STAMP, 'follow-up-sent': STAMP },
        }),
      ],
      items,
      undefined,
      now,
    );
    expect(list).toEqual([]);
  });

  it('puts the most overdue first across interviews, then the soonest; ties keep interview order', () => {
    const list = dueList(
      [
        interview('later', { people: [person('a', 'Ann')] }),
        interview('old', { at: '2026-11-20T10:00', people: [person('b', 'Bo')], company: 'Acme' }),
        interview('same', { people: [person('c', 'Cy')] }),
      ],
      items,
      undefined,
      now,
    );
    expect(texts(list).slice(0, 4)).toEqual([
      'Thank Bo · overdue by 4 days',
      'Follow up with Acme · due tomorrow',
      'Thank Ann · due tomorrow',
      'Thank Cy · due tomorrow',
    ]);
    expect(list[0]?.overdue).toBe(true);
  });

  it('briefs references by the thank-you deadline, and thanks them only once the outcome is known', () => {
    const references = [newReference('r1', { name: 'Maria Lopez' })];
    const waiting = dueList(
      [interview('i1', { references, people: [person('p', 'P')] })],
      items,
      undefined,
      now,
    );
    expect(texts(waiting)).toContain('Brief Maria Lopez, your reference · due tomorrow');
    expect(texts(waiting).some((t) => t.startsWith('Thank Maria'))).toBe(false);

    const decided = dueList(
      [interview('i1', { references, outcome: 'not-selected', done: { 'reference-alerted:r1': STAMP } })],
      items,
      undefined,
      now,
    );
    expect(texts(decided)).toEqual([
      'Thank Maria Lopez for the reference · no date',
      'Thank Brightwater Labs after the no · no date',
    ]);
  });

  it('drops the follow-up and the "add who interviewed you" once an outcome is known', () => {
    expect(dueList([interview('i1', { outcome: 'offer' })], items, undefined, now)).toEqual([]);
  });

  it('shows nothing dated for an interview without a usable date, and never throws', () => {
    expect(
      dueList([interview('i1', { at: 'soon', people: [person('p', 'P')] })], items, undefined, now),
    ).toEqual([]);
  });

  it('keeps hostile names as plain text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const [first] = dueList([interview('i1', { people: [person('p', hostile)] })], items, undefined, now);
    expect(first?.text).toBe(`Thank ${hostile}`);
  });
});

describe('dueList with the people to get in touch with', () => {
  const nothingLogged: TouchData = { drafts: {}, contacts: {} };
  /** Interviewed on 20 August and thanked by hand the next day, then told "no" at `outcomeAt`. */
  const toldNo = (id: string, p: Person, outcomeAt: string, over: Partial<Interview> = {}) =>
    interview(id, {
      company: `Company ${id}`,
      at: '2026-08-20T10:00',
      outcome: 'not-selected',
      outcomeAt,
      people: [p],
      done: { [`thank-you-sent:${p.id}`]: '2026-08-21T14:00:00.000Z', 'thank-after-no': outcomeAt },
      ...over,
    });
  const ana = toldNo('ana-i', person('a1', 'Ana Ruiz'), '2026-08-28T16:00:00.000Z');
  const ben = toldNo('ben-i', person('b1', 'Ben Cho'), '2026-09-03T16:00:00.000Z');
  const cal = toldNo('cal-i', person('c1', 'Cal Dunn'), '2026-09-04T16:00:00.000Z');
  const dee = toldNo('dee-i', person('d1', 'Dee Obi'), '2026-08-20T16:00:00.000Z', {
    at: '2026-08-10T10:00',
    done: { 'thank-you-sent:d1': '2026-08-11T14:00:00.000Z', 'thank-after-no': '2026-08-20T16:00:00.000Z' },
  });
  const waiting = interview('i1', { people: [person('p1', 'Dana Nguyen')] });

  it(`adds the check-ins due within ${TOUCH_LEAD_DAYS} days, or overdue, among the tasks by date`, () => {
    const list = dueList([waiting, ana, ben, cal, dee], items, undefined, now, nothingLogged);
    expect(texts(list)).toEqual([
      'Check in with Dee Obi · overdue by 6 days',
      'Thank Dana Nguyen · due tomorrow',
      'Check in with Ana Ruiz · due in 2 days',
      'Follow up with Brightwater Labs · due in 6 days',
      // Due on the morning of the seventh day; Cal's, a day later, waits for next week.
      'Check in with Ben Cho · due in 7 days',
    ]);
    expect(list[0]?.overdue).toBe(true);
  });

  it('leaves the people out when not given what was logged and sent', () => {
    expect(texts(dueList([waiting, ana, dee], items, undefined, now))).toEqual([
      'Thank Dana Nguyen · due tomorrow',
      'Follow up with Brightwater Labs · due in 6 days',
    ]);
  });

  it('offers the check-in note once per person, to them as met in their latest interview', () => {
    const earlier = toldNo('old-i', person('a0', 'Ana Ruiz'), '2026-03-20T15:00:00.000Z', {
      at: '2026-03-10T10:00',
      done: { 'thank-you-sent:a0': '2026-03-11T14:00:00.000Z', 'thank-after-no': '2026-03-20T15:00:00.000Z' },
    });
    const linked = (i: Interview) => ({ ...i, people: i.people.map((p) => ({ ...p, contactId: 'ana' })) });
    const list = dueList([linked(earlier), linked(ana)], items, undefined, now, nothingLogged);
    expect(list).toEqual([
      {
        kind: 'touch',
        interviewId: 'ana-i',
        contactId: 'ana',
        who: 'Ana Ruiz',
        changedAt: STAMP,
        text: 'Check in with Ana Ruiz',
        context: 'A friendly check-in after the “no” · Designer at Company ana-i',
        due: new Date(2026, 10, 28, 9, 0),
        dueText: 'due in 2 days',
        overdue: false,
        note: { situation: 'check-in', recipientId: 'a1' },
      },
    ]);
  });

  it('keeps in touch with a reference on their rhythm, without offering a note', () => {
    const referee = interview('ref-i', {
      at: '2026-08-20T10:00',
      outcome: 'offer',
      outcomeAt: '2026-09-01T15:00:00.000Z',
      references: [newReference('r1', { name: 'Maria Lopez', contactId: 'maria' })],
      done: {
        'reference-alerted:r1': '2026-08-19T14:00:00.000Z',
        'reference-thanked:r1': '2026-09-01T14:00:00.000Z',
      },
    });
    const contacts = {
      maria: {
        ...newKeepInTouch(new Date(STAMP)),
        rhythm: 'every' as const,
        every: 1,
        log: [
          { id: 'l1', on: '2026-10-27', kind: 'called' as const, notes: 'Said she would be glad to help' },
        ],
      },
    };
    const [entry, ...rest] = dueList([referee], items, undefined, now, { drafts: {}, contacts });
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      text: 'Get in touch with Maria Lopez',
      context: 'Keep in touch · your reference',
      dueText: 'due tomorrow',
      contactId: 'maria',
    });
    expect(entry?.note).toBeUndefined();
  });
});

describe('checkInsAhead: what an interview that ended announces', () => {
  const told = (id: string, p: Person, outcome: Interview['outcome'] = 'not-selected') =>
    interview(id, {
      at: '2026-11-10T10:00',
      outcome,
      outcomeAt: '2026-11-20T16:00:00.000Z',
      people: [p],
      done: {
        [`thank-you-sent:${p.id}`]: '2026-11-11T14:00:00.000Z',
        'thank-after-no': '2026-11-20T16:00:00.000Z',
      },
    });
  const data = (...interviews: Interview[]) => ({ interviews, drafts: {}, contacts: {} });

  it('names each person of a "no" or a withdrawal with their check-in, soonest first', () => {
    const no = told('no', person('n1', 'Ana Ruiz'));
    const withdrawn = told('w', person('w1', 'Ben Cho'), 'withdrawn');
    const [ana] = checkInsAhead(no, data(no, withdrawn), now);
    expect(ana).toMatchObject({ who: 'Ana Ruiz', contactId: no.people[0]!.contactId });
    expect(ana!.due!.getTime()).toBeGreaterThan(now.getTime());
    expect(checkInsAhead(withdrawn, data(no, withdrawn), now).map((t) => t.who)).toEqual(['Ben Cho']);
  });

  it('announces nothing while waiting or after an offer, nor for people of other interviews', () => {
    const waiting = interview('i1', { people: [person('p1', 'Dana Nguyen')] });
    const offer = told('o', person('o1', 'Cy Lam'), 'offer');
    const no = told('no', person('n1', 'Ana Ruiz'));
    expect(checkInsAhead(waiting, data(waiting, no), now)).toEqual([]);
    expect(checkInsAhead(offer, data(offer, no), now)).toEqual([]);
    expect(checkInsAhead(told('empty', person('e1', 'Eve')), data(no), now)).toEqual([]);
  });
});

describe('interviewTitle', () => {
  it.each([
    ['Designer', 'Acme', 'Designer at Acme'],
    ['', 'Acme', 'Acme'],
    ['Designer', ' ', 'Designer'],
    ['', '', 'Untitled interview'],
  ])('titles role %j at company %j as %j', (role, company, title) => {
    expect(interviewTitle({ role, company })).toBe(title);
  });
});
