import { newPerson } from '../../src/lib/doc-ops';
import { describe, expect, it } from 'vitest';
import { dueList, interviewTitle } from '../../src/lib/due';
import type { Interview, Person } from '../../src/lib/model';
import { dueItems } from '../fixtures/checklist-items';

// Unit tests run in America/New_York (vitest.config.ts); every time below is local wall-clock time.
const STAMP = '2026-11-25T18:00:00.000Z';
const now = new Date(2026, 10, 26, 9, 0); // Thursday morning, the day after a Wednesday interview

/** The items of content/checklist.yaml that the due list reads, with their to-do phrases. */
const items = dueItems;

const person = (id: string, name: string, role: Person['role'] = 'interviewer') =>
  newPerson(id, role, { name });

const interview = (id: string, over: Partial<Interview> = {}): Interview => ({
  id,
  company: 'Brightwater Labs',
  role: 'Designer',
  at: '2026-11-25T14:00',
  format: 'in-person',
  place: '',
  decisionDate: '',
  outcome: 'waiting',
  notes: '',
  people: [],
  references: [],
  done: {},
  createdAt: STAMP,
  updatedAt: STAMP,
  ...over,
});

const texts = (list: ReturnType<typeof dueList>) => list.map((d) => `${d.text} · ${d.dueText ?? 'no date'}`);

describe('dueList', () => {
  it('shows the thank-you deadline the moment an interview is recorded, before anyone is added', () => {
    const [first] = dueList([interview('i1')], items, undefined, now);
    expect(first).toMatchObject({ itemId: 'add-interviewers', key: '', text: 'Add who interviewed you' });
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
    const references = [
      { id: 'r1', name: 'Maria Lopez', relationship: '', email: '', phone: '', qualities: '' },
    ];
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
