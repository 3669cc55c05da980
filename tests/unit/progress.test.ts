import { newInterview, newPerson, newReference } from '../../src/core/model/builders';
import { describe, expect, it } from 'vitest';
import type { Interview, Outcome, Person } from '../../src/core/model/model';
import { nextStep, progress, summariesByNextDue, tasksFor, type Task } from '../../src/core/progress';
import type { ChecklistItem } from '../../src/core/checklist-schema';
import { checklistItem } from '../fixtures/checklist-items';

/** The interviews in the order the summaries put them. */
const sortByNextDue = <T extends Interview>(
  interviews: readonly T[],
  its: readonly ChecklistItem[],
  at: Date,
): T[] => summariesByNextDue(interviews, its, at).map((s) => s.interview);

// Unit tests run in America/New_York (vitest.config.ts); every time below is local wall-clock time.
const STAMP = '2026-05-12T18:00:00.000Z';

const item = (
  id: string,
  scope: ChecklistItem['scope'],
  when?: Outcome,
  more: Partial<ChecklistItem> = {},
): ChecklistItem => checklistItem(id, scope, { ...(when && { when }), ...more });

/** A cut-down checklist in the shape of content/checklist.yaml, with the ids the next-step rules name. */
const items: ChecklistItem[] = [
  item('thank-you-sent', 'interviewer', undefined, {
    due: 'thank-you',
    todo: 'Thank {name}',
    note: 'thank-you',
  }),
  item('name-checked', 'person'),
  item('contact-details-given', 'interview'),
  item('reference-alerted', 'reference'),
  item('follow-up-sent', 'interview', undefined, { due: 'follow-up', todo: 'Follow up with {company}' }),
  item('thank-after-no', 'interview', 'not-selected', { todo: 'Thank {company} after the no' }),
];

const person = (id: string, name: string, role: Person['role'] = 'interviewer') =>
  newPerson(id, role, { name });
const reference = (id: string, name: string) => newReference(id, { name });

const interview = (over: Partial<Interview> = {}): Interview => ({
  ...newInterview(
    'i1',
    { company: 'Acme', role: 'Clerk', at: '2026-05-12T10:00', format: 'video' },
    new Date(STAMP),
  ),
  people: [person('p1', 'Ann'), person('p2', 'Bob', 'other'), person('p3', 'Cy')],
  references: [reference('r1', 'Dee'), reference('r2', 'Eve')],
  ...over,
});

/** A done map ticking every task of the interview except the keys listed. */
const doneExcept = (over: Partial<Interview>, ...open: string[]): Record<string, string> =>
  Object.fromEntries(
    tasksFor(interview(over), items)
      .filter((t) => !open.includes(t.key))
      .map((t) => [t.key, STAMP]),
  );

const keys = (tasks: readonly Task[]) => tasks.map((t) => t.key);

describe('tasksFor', () => {
  it('expands each item per interviewer, person or reference, in checklist order then list order', () => {
    expect(keys(tasksFor(interview(), items))).toEqual([
      'thank-you-sent:p1',
      'thank-you-sent:p3',
      'name-checked:p1',
      'name-checked:p2',
      'name-checked:p3',
      'contact-details-given',
      'reference-alerted:r1',
      'reference-alerted:r2',
      'follow-up-sent',
    ]);
  });

  it('keeps only the interview-wide items when nobody was met and there are no references', () => {
    expect(keys(tasksFor(interview({ people: [], references: [] }), items))).toEqual([
      'contact-details-given',
      'follow-up-sent',
    ]);
  });

  it.each<[Outcome, boolean]>([
    ['waiting', false],
    ['offer', false],
    ['not-selected', true],
    ['withdrawn', false],
  ])('includes an item limited to "not-selected" when the outcome is %s: %s', (outcome, included) => {
    expect(keys(tasksFor(interview({ outcome }), items)).includes('thank-after-no')).toBe(included);
  });

  it.each<[Outcome, string[]]>([
    ['offer', ['offer-thanks:p1', 'offer-thanks:p2']],
    ['waiting', []],
  ])('applies `when` to per-person items too (outcome %s)', (outcome, expected) => {
    const people = [person('p1', 'Ann'), person('p2', 'Bob', 'other')];
    expect(keys(tasksFor(interview({ outcome, people }), [item('offer-thanks', 'person', 'offer')]))).toEqual(
      expected,
    );
  });

  it.each([
    ['an interviewer task', 'thank-you-sent:p3', 'thank-you-sent', 'p3', 'Cy'],
    ['a task for someone who did not interview', 'name-checked:p2', 'name-checked', 'p2', 'Bob'],
    ['a reference task', 'reference-alerted:r2', 'reference-alerted', 'r2', 'Eve'],
  ])(
    'names the subject of %s and keeps the item label and guide',
    (_name, key, itemId, subjectId, subjectName) => {
      const task = tasksFor(interview(), items).find((t) => t.key === key);
      expect(task).toEqual({
        key,
        itemId,
        label: `Do ${itemId}`,
        guide: `guide#${itemId}`,
        subjectId,
        subjectName,
        done: false,
        ...(itemId === 'thank-you-sent' && { due: new Date(2026, 4, 14, 10, 0) }),
      });
    },
  );

  it('leaves out optional items: they are done by sending their note, not tasks of their own', () => {
    const optional = item('linkedin-connected', 'person', undefined, { optional: true });
    expect(keys(tasksFor(interview(), [optional, item('name-checked', 'person')]))).toEqual([
      'name-checked:p1',
      'name-checked:p2',
      'name-checked:p3',
    ]);
  });

  describe('tasks the data answers', () => {
    const auto = [
      item('details-recorded', 'person', undefined, { auto: 'person-details' }),
      item('contact-details-given', 'interview', undefined, { auto: 'profile-complete' }),
    ];
    const profile = {
      name: 'Me',
      homePhone: '1',
      cellPhone: '2',
      email: 'me@example.com',
      postalAddress: 'Here',
    };
    const withPerson = (over: Partial<Person>) =>
      interview({ people: [{ ...person('p1', 'Ann'), ...over }] });

    it.each<[string, Partial<Person>, boolean]>([
      ['nothing recorded', {}, false],
      ['a title only', { title: 'Manager' }, false],
      ['an email only', { email: 'ann@example.com' }, false],
      ['a title and an email', { title: 'Manager', email: 'ann@example.com' }, true],
      ['a title and a phone', { title: 'Manager', phone: '555-0100' }, true],
      ['a title of spaces and an email', { title: '  ', email: 'ann@example.com' }, false],
    ])("counts a person's details as recorded with %s: %s", (_name, over, done) => {
      const [task] = tasksFor(withPerson(over), auto.slice(0, 1));
      expect(task).toMatchObject({ done, auto: true });
    });

    it.each<[string, Partial<typeof profile> | undefined, boolean]>([
      ['every channel', {}, true],
      ['a cell and an email only (a mobile-only reader)', { homePhone: '', postalAddress: '' }, true],
      ['a home phone and an email only', { cellPhone: ' ', postalAddress: '' }, true],
      ['no postal address', { postalAddress: ' ' }, true],
      ['no email', { email: ' ' }, false],
      ['no phone at all', { homePhone: '', cellPhone: ' ' }, false],
      ['no profile given', undefined, false],
    ])('counts "a way to reach you" as given with %s: %s', (_name, over, done) => {
      const [task] = tasksFor(interview(), auto.slice(1), over && { ...profile, ...over });
      expect(task).toMatchObject({ done, auto: true });
    });

    it('ignores a stale tick on a task the data answers', () => {
      const [task] = tasksFor(interview({ done: { 'contact-details-given': STAMP } }), auto.slice(1), {
        ...profile,
        email: '',
      });
      expect(task?.done).toBe(false);
    });
  });

  it('gives an interview-wide task no subject at all', () => {
    const task = tasksFor(interview(), items).find((t) => t.key === 'contact-details-given')!;
    expect(task).not.toHaveProperty('subjectId');
    expect(task).not.toHaveProperty('subjectName');
  });

  it.each([
    ['an empty name', ''],
    ['a name of spaces only', '   '],
  ])('calls someone with %s "Unnamed"', (_name, name) => {
    const tasks = tasksFor(
      interview({ people: [person('p1', name)], references: [reference('r1', name)] }),
      items,
    );
    expect(tasks.filter((t) => t.subjectId).map((t) => t.subjectName)).toEqual([
      'Unnamed',
      'Unnamed',
      'Unnamed',
    ]);
  });

  describe('done keys', () => {
    const done = {
      'thank-you-sent:p1': '2026-05-13T14:00:00.000Z',
      'contact-details-given': '2026-05-12T20:00:00.000Z',
      // A key without the person's id ticks nobody; a key for someone removed is ignored.
      'name-checked': STAMP,
      'reference-alerted:gone': STAMP,
    };
    const tasks = tasksFor(interview({ done }), items);
    it.each([
      ['thank-you-sent:p1', '2026-05-13T14:00:00.000Z'],
      ['thank-you-sent:p3', undefined],
      ['name-checked:p1', undefined],
      ['contact-details-given', '2026-05-12T20:00:00.000Z'],
      ['reference-alerted:r1', undefined],
      ['follow-up-sent', undefined],
    ])('%s is done at %s', (key, doneAt) => {
      const task = tasks.find((t) => t.key === key)!;
      expect(task.done).toBe(doneAt !== undefined);
      expect(task.doneAt).toBe(doneAt);
      if (doneAt === undefined) expect(task).not.toHaveProperty('doneAt');
    });

    it('never lists a done key that no task has', () => {
      expect(keys(tasks)).not.toContain('name-checked');
      expect(keys(tasks)).not.toContain('reference-alerted:gone');
    });
  });

  it('passes hostile strings through unchanged as plain data', () => {
    const names = [
      '<img src=x onerror=alert(1)>',
      '"); DROP TABLE people;--',
      '${constructor}',
      ' \u202Eevil\n ',
    ];
    const people = names.map((name, i) => person(`p${i}`, name));
    const odd = [person('__proto__', '__proto__'), person('constructor', 'toString')];
    const hostile = interview({
      people: [...people, ...odd],
      references: [reference('hasOwnProperty', '<script>alert("r")</script>')],
      done: JSON.parse('{"thank-you-sent:__proto__": "<b>when</b>"}') as Record<string, string>,
    });
    const tasks = tasksFor(hostile, [
      item('thank-you-sent', 'interviewer'),
      item('reference-alerted', 'reference'),
    ]);
    expect(tasks.map((t) => [t.key, t.subjectName, t.done])).toEqual([
      ...names.map((name, i) => [`thank-you-sent:p${i}`, name, false]),
      ['thank-you-sent:__proto__', '__proto__', true],
      ['thank-you-sent:constructor', 'toString', false],
      ['reference-alerted:hasOwnProperty', '<script>alert("r")</script>', false],
    ]);
    expect(tasks.find((t) => t.subjectId === '__proto__')?.doneAt).toBe('<b>when</b>');
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])(
    'does not count an interview item with id "%s" as done through inherited object keys',
    (id) => {
      const [task] = tasksFor(interview({ done: {} }), [item(id, 'interview')]);
      expect(task!.done).toBe(false);
      expect(task).not.toHaveProperty('doneAt');
    },
  );
});

describe('progress', () => {
  const tasks = (done: number, total: number) =>
    tasksFor(
      interview({
        people: Array.from({ length: total }, (_, i) => person(`p${i}`, `P${i}`)),
        done: Object.fromEntries(Array.from({ length: done }, (_, i) => [`thank-you-sent:p${i}`, STAMP])),
      }),
      [item('thank-you-sent', 'interviewer')],
    );
  it.each([
    ['no tasks at all', 0, 0, 0],
    ['nothing done', 0, 3, 0],
    ['one of three, rounded down', 1, 3, 33],
    ['two of three, rounded down not up', 2, 3, 66],
    ['half', 1, 2, 50],
    ['all but one of 200, never a premature 100', 199, 200, 99],
    ['everything', 3, 3, 100],
  ])('%s', (_name, done, total, percent) => {
    expect(progress(tasks(done, total))).toEqual({ done, total, percent });
  });
});

describe('nextStep', () => {
  const now = new Date(2026, 4, 13, 9, 0); // the day after the 2026-05-12T10:00 interview
  const local = (d: Date | undefined) =>
    d && new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

  it.each<[string, Partial<Interview>, string, string | undefined, string | undefined]>([
    [
      'the first open thank-you note, due two days on',
      {},
      'thank-you-sent:p1',
      '2026-05-14T10:00',
      'due tomorrow',
    ],
    [
      'the next interviewer once the first note is sent',
      { done: { 'thank-you-sent:p1': STAMP } },
      'thank-you-sent:p3',
      '2026-05-14T10:00',
      'due tomorrow',
    ],
    [
      'an overdue thank-you note',
      { at: '2026-05-08T15:00' },
      'thank-you-sent:p1',
      '2026-05-10T15:00',
      'overdue by 3 days',
    ],
    [
      'the follow-up while waiting, a week on without a decision date',
      { done: doneExcept({}, 'follow-up-sent', 'name-checked:p1', 'contact-details-given') },
      'follow-up-sent',
      '2026-05-19T09:00',
      'due in 6 days',
    ],
    [
      'the follow-up two business days after a Friday decision date: the Tuesday, not the Sunday',
      { decisionDate: '2026-05-15', done: doneExcept({}, 'follow-up-sent', 'contact-details-given') },
      'follow-up-sent',
      '2026-05-19T09:00',
      'due in 6 days',
    ],
    [
      'the follow-up a week on when the decision date is malformed',
      { decisionDate: '2026-02-30', done: doneExcept({}, 'follow-up-sent') },
      'follow-up-sent',
      '2026-05-19T09:00',
      'due in 6 days',
    ],
    [
      'the follow-up when nobody met was an interviewer',
      { people: [person('p1', 'Ann', 'other')] },
      'follow-up-sent',
      '2026-05-19T09:00',
      'due in 6 days',
    ],
    [
      'the first other open task, undated, once an offer is made',
      { outcome: 'offer', done: doneExcept({ outcome: 'offer' }, 'name-checked:p3', 'follow-up-sent') },
      'name-checked:p3',
      undefined,
      undefined,
    ],
    [
      'the first other open task, undated, once the follow-up is sent',
      { done: doneExcept({}, 'reference-alerted:r2', 'contact-details-given') },
      'contact-details-given',
      undefined,
      undefined,
    ],
    [
      'the thank-you after a "no"',
      { outcome: 'not-selected', done: doneExcept({ outcome: 'not-selected' }, 'thank-after-no') },
      'thank-after-no',
      undefined,
      undefined,
    ],
    [
      'a thank-you note due at noon two days on when only the date is known',
      { at: '2026-05-12' },
      'thank-you-sent:p1',
      '2026-05-14T12:00',
      'due tomorrow',
    ],
    [
      'an undated thank-you note when the interview time is malformed',
      { at: '12/05/2026' },
      'thank-you-sent:p1',
      undefined,
      undefined,
    ],
    [
      'an undated follow-up when the interview time is malformed',
      { at: '', decisionDate: '2026-05-15', done: doneExcept({}, 'follow-up-sent') },
      'follow-up-sent',
      undefined,
      undefined,
    ],
  ])('is %s', (_name, over, key, due, dueText) => {
    const step = nextStep(interview(over), items, now)!;
    expect(step.task.key).toBe(key);
    expect(local(step.due)).toBe(due);
    expect(step.dueText).toBe(dueText);
    if (due === undefined) expect(Object.keys(step)).toEqual(['task']);
  });

  it('puts an open thank-you note ahead of open items earlier in the checklist', () => {
    const reordered = [item('contact-details-given', 'interview'), items[0]!];
    expect(nextStep(interview(), reordered, now)?.task.key).toBe('thank-you-sent:p1');
  });

  it.each<[string, Partial<Interview>]>([
    ['everything is done', { done: doneExcept({}) }],
    [
      'everything is done after a "no"',
      { outcome: 'not-selected', done: doneExcept({ outcome: 'not-selected' }) },
    ],
  ])('is undefined when %s', (_name, over) => {
    expect(nextStep(interview(over), items, now)).toBeUndefined();
  });
});

describe('summariesByNextDue', () => {
  const now = new Date(2026, 4, 13, 9, 0);
  const byId: Record<string, Interview> = {
    soon: interview({ id: 'soon' }), // thank-you due 2026-05-14T10:00
    sameDue: interview({ id: 'sameDue' }),
    overdue: interview({ id: 'overdue', at: '2026-05-01T10:00' }),
    later: interview({ id: 'later', done: doneExcept({}, 'follow-up-sent') }), // follow-up due 2026-05-19
    undated: interview({
      id: 'undated',
      outcome: 'offer',
      done: doneExcept({ outcome: 'offer' }, 'name-checked:p1'),
    }),
    badTime: interview({ id: 'badTime', at: 'not a date' }),
    finished: interview({ id: 'finished', done: doneExcept({}) }),
    alsoFinished: interview({ id: 'alsoFinished', outcome: 'offer', done: doneExcept({ outcome: 'offer' }) }),
  };
  const ids = (list: readonly Interview[]) => list.map((i) => i.id);

  it.each([
    ['nothing to sort', [], []],
    ['most overdue first', ['soon', 'overdue'], ['overdue', 'soon']],
    ['soonest first', ['later', 'soon'], ['soon', 'later']],
    ['equal due dates in input order', ['sameDue', 'soon'], ['sameDue', 'soon']],
    ['dated steps before undated ones', ['undated', 'later'], ['later', 'undated']],
    ['a malformed interview time as undated, in input order', ['badTime', 'undated'], ['badTime', 'undated']],
    ['undated steps before finished interviews', ['finished', 'undated'], ['undated', 'finished']],
    ['finished interviews last, in input order', ['alsoFinished', 'finished'], ['alsoFinished', 'finished']],
    [
      'all groups at once',
      ['finished', 'undated', 'soon', 'later', 'badTime', 'overdue', 'alsoFinished', 'sameDue'],
      ['overdue', 'soon', 'sameDue', 'later', 'undated', 'badTime', 'finished', 'alsoFinished'],
    ],
  ])('puts %s', (_name, input, expected) => {
    expect(
      ids(
        sortByNextDue(
          input.map((id) => byId[id]!),
          items,
          now,
        ),
      ),
    ).toEqual(expected);
  });

  it('returns a new array and leaves the input as it was', () => {
    const input = [byId.later!, byId.overdue!];
    const sorted = sortByNextDue(input, items, now);
    expect(sorted).not.toBe(input);
    expect(ids(input)).toEqual(['later', 'overdue']);
  });
});
