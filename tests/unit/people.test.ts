import { describe, expect, it } from 'vitest';
import * as builders from '../../src/core/model/builders';
import * as interviewOps from '../../src/features/checklist/interview-ops';
import * as peopleOps from '../../src/core/model/people-ops';
import {
  conflictsOf,
  keepApart,
  linkPeople,
  linkSuggestions,
  restoreSnapshot,
  snapshotOf,
  unlinkRecord,
} from '../../src/core/link-people';
import {
  type KeepInTouch,
  type FollowUpDoc,
  type Interview,
  type LoggedContact,
  type Person,
  type Reference,
  emptyDoc,
} from '../../src/core/model/model';
import { nameKey, peopleOf, waysToReach } from '../../src/core/people';

// Unit tests run in America/New_York (vitest.config.ts); times below are local wall-clock time.
const now = new Date(2026, 10, 26, 12, 0);
const later = new Date(2026, 10, 27, 12, 0);

/** An interview held on `at`, with the people and references given. */
const interview = (id: string, at: string, people: Person[], references: Reference[] = []): Interview => ({
  ...builders.newInterview(id, { company: `Company ${id}`, role: 'Designer', at }, now),
  people,
  references,
});
const docOf = (...interviews: Interview[]): FollowUpDoc => ({ ...emptyDoc(), interviews });
const person = (id: string, details: Partial<Omit<Person, 'id'>> = {}) =>
  builders.newPerson(id, 'interviewer', details);
const groupOf = (doc: FollowUpDoc, contactId: string) =>
  peopleOf(doc.interviews).find((g) => g.contactId === contactId)!;
/** The matches offered for a document: the two people's contact ids, and why. */
const suggested = (doc: FollowUpDoc) =>
  linkSuggestions(peopleOf(doc.interviews), doc.contacts).map((s) => [
    s.a.contactId,
    s.b.contactId,
    s.reason,
  ]);
/** Two people, each met at an interview of their own. */
const twoPeople = (a: Partial<Person>, b: Partial<Person>) =>
  docOf(
    interview('i1', '2026-06-10T10:00', [person('a', a)]),
    interview('i2', '2026-10-05T10:00', [person('b', b)]),
  );
const logged = (id: string, on: string): LoggedContact => ({ id, on, kind: 'called', notes: `Call ${id}` });
const contact = (over: Partial<KeepInTouch> = {}): KeepInTouch => ({
  ...builders.newKeepInTouch(now),
  ...over,
});

describe('waysToReach', () => {
  it('gives each email and phone of a person once, the latest record first, blanks left out', () => {
    const doc = docOf(
      interview('i1', '2026-06-10T10:00', [
        person('a', { contactId: 'dana', email: 'dana@old.example', phone: '555-0100' }),
      ]),
      interview('i2', '2026-10-05T10:00', [
        person('b', { contactId: 'dana', email: ' dana@new.example ', phone: '555-0100' }),
      ]),
      interview('i3', '2026-11-05T10:00', [person('c', { contactId: 'dana', email: '', phone: '' })]),
    );
    expect(waysToReach(groupOf(doc, 'dana'))).toEqual({
      emails: ['dana@new.example', 'dana@old.example'],
      phones: ['555-0100'],
    });
  });
});

describe('nameKey', () => {
  it.each([
    ['Dana Nguyen', 'dana nguyen'],
    ['  DANA   NGUYEN ', 'dana nguyen'],
    ['Ms. Dana Nguyen', 'dana nguyen'],
    ['Dr Dana Nguyen', 'dana nguyen'],
    ['Dana Nguyen.', 'dana nguyen'],
    ['José Álvarez', 'jose alvarez'],
    ['Anne-Marie O’Neil', 'anne marie o neil'],
    // A first name that starts like an honorific is a name.
    ['Drew Barry', 'drew barry'],
    ['Missy Elliott', 'missy elliott'],
  ])('compares %j as %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('linkSuggestions', () => {
  it.each([
    ['accents', { name: 'José Álvarez' }, { name: 'Jose Alvarez' }, 'name'],
    ['case', { name: 'DANA NGUYEN' }, { name: 'dana nguyen' }, 'name'],
    ['an honorific', { name: 'Ms. Dana Nguyen' }, { name: 'dana nguyen' }, 'name'],
    ['punctuation and spacing', { name: 'Anne-Marie  O’Neil.' }, { name: 'anne marie o neil' }, 'name'],
    [
      'an email in another case, with spaces',
      { name: 'Dana Nguyen', email: ' Dana.Nguyen@Example.com ' },
      { name: 'Dana Nguyen', email: 'dana.nguyen@example.com' },
      'both',
    ],
    [
      'the same email under another name',
      { name: 'Dana Nguyen', email: 'dn@example.com' },
      { name: 'Dana Nguyen-Smith', email: 'DN@example.com' },
      'email',
    ],
    [
      'the same name where one has no email',
      { name: 'Dana Nguyen', email: 'dn@example.com' },
      { name: 'Dana Nguyen' },
      'name',
    ],
  ])('offers two people matching but for %s', (_name, a, b, reason) => {
    expect(suggested(twoPeople(a, b))).toEqual([['a', 'b', reason]]);
  });

  it.each([
    [
      'the same name with different emails',
      { name: 'Dana Nguyen', email: 'dana@one.example' },
      { name: 'Dana Nguyen', email: 'dana@two.example' },
    ],
    ['different names', { name: 'Dana Nguyen' }, { name: 'Dana Ng' }],
    ['different names with the same honorific', { name: 'Dr. Lee' }, { name: 'Dr. Kim' }],
    ['no name and no email at all', {}, {}],
  ])('leaves alone two people with %s', (_name, a, b) => {
    expect(suggested(twoPeople(a, b))).toEqual([]);
  });

  it('does not offer again two people said to be different, whichever of them remembers it', () => {
    const three = docOf(
      ...twoPeople({ name: 'Dana Nguyen' }, { name: 'Dana Nguyen' }).interviews,
      interview('i3', '2026-11-01T10:00', [person('c', { name: 'Dana Nguyen' })]),
    );
    expect(suggested(three)).toEqual([
      ['a', 'b', 'name'],
      ['a', 'c', 'name'],
    ]);
    expect(suggested(keepApart(three, 'a', 'b', now))).toEqual([['a', 'c', 'name']]);
    expect(suggested(keepApart(three, 'b', 'a', now))).toEqual([['a', 'c', 'name']]);
  });

  it('offers a name recorded in ten interviews as nine matches with the first, not forty-five', () => {
    const doc = docOf(
      ...Array.from({ length: 10 }, (_, k) =>
        // The same record id in each interview, as the migration leaves them: ten people until linked.
        interview(`i${k}`, `2026-0${(k % 9) + 1}-10T10:00`, [
          person('p1', { name: 'Dana Nguyen', contactId: `i${k}:p1` }),
        ]),
      ),
    );
    const matches = suggested(doc);
    expect(matches).toHaveLength(9);
    expect(new Set(matches.map(([a]) => a))).toEqual(new Set(['i0:p1']));
    expect(matches.map(([, b]) => b)).toEqual(Array.from({ length: 9 }, (_, k) => `i${k + 1}:p1`));
  });
});

describe('peopleOf', () => {
  const dana = 'dana';
  const doc = docOf(
    interview('old', '2026-03-10T10:00', [person('p1', { name: 'Dana Nguyen', contactId: dana })]),
    interview('undated', '', [], [builders.newReference('r1', { name: 'Dana Nguyen', contactId: dana })]),
    interview('new', '2026-10-05T14:00', [
      builders.newPerson('p7', 'other', { name: 'Dana Nguyen-Smith', contactId: dana }),
      person('p8', { name: 'Jon Park' }),
    ]),
  );

  it('lists a person met in several interviews once, with every record, the most recent first', () => {
    expect(
      peopleOf(doc.interviews).map((g) => [g.contactId, g.name, g.met.map((m) => [m.interview.id, m.kind])]),
    ).toEqual([
      [
        dana,
        'Dana Nguyen-Smith',
        [
          ['new', 'other'],
          ['old', 'interviewer'],
          ['undated', 'reference'],
        ],
      ],
      ['p8', 'Jon Park', [['new', 'interviewer']]],
    ]);
  });

  it('names a person as most recently recorded with a name, or "Unnamed"', () => {
    const blank = docOf(
      interview('new', '2026-10-05T14:00', [person('p1', { name: ' ', contactId: 'x' }), person('p2')]),
      interview('old', '2026-03-10T10:00', [person('p3', { name: 'Dana Nguyen', contactId: 'x' })]),
    );
    expect(peopleOf(blank.interviews).map((g) => g.name)).toEqual(['Dana Nguyen', 'Unnamed']);
  });
});

/** Dana, met twice and recorded twice: once in i1, and once in i2 along with a reference record. */
function danaTwice(): FollowUpDoc {
  const doc = docOf(
    interview('i1', '2026-06-10T10:00', [
      person('pa', {
        honorific: 'Ms.',
        name: 'Dana Nguyen',
        title: 'Design lead',
        email: 'dana@one.example',
        contactId: 'dana-a',
      }),
    ]),
    interview(
      'i2',
      '2026-10-05T10:00',
      [
        person('pb', {
          name: 'Dana Nguyen',
          title: 'Director',
          email: 'dana@two.example',
          phone: '555-0100',
          postalAddress: '9 Pier Street',
          contactId: 'dana-b',
        }),
      ],
      [
        builders.newReference('rb', {
          name: 'Dana Nguyen',
          relationship: 'Former manager',
          qualities: 'Teamwork',
          contactId: 'dana-b',
        }),
      ],
    ),
  );
  return {
    ...doc,
    contacts: {
      'dana-a': contact({ rhythm: 'every', every: 2, unit: 'month', log: [logged('l2', '2026-10-01')] }),
      'dana-b': contact({
        log: [logged('l3', '2026-11-01'), logged('l1', '2026-07-15')],
        apart: ['someone'],
      }),
    },
  };
}
const link = (doc: FollowUpDoc, picks: Parameters<typeof linkPeople>[3] = {}) =>
  linkPeople(doc, groupOf(doc, 'dana-a'), groupOf(doc, 'dana-b'), picks, later);
const records = (doc: FollowUpDoc) => doc.interviews.map((i) => [i.id, [...i.people, ...i.references]]);

describe('conflictsOf', () => {
  it('lists only the details both have with different values; a blank is not a conflict', () => {
    const doc = danaTwice();
    // Same name, an honorific and a phone on one side only: the email is the one thing to choose.
    expect(conflictsOf(groupOf(doc, 'dana-a'), groupOf(doc, 'dana-b'))).toEqual([
      { field: 'email', values: ['dana@one.example', 'dana@two.example'] },
    ]);
  });

  it('lists each differing detail in the order the form shows them, ignoring surrounding spaces', () => {
    const doc = twoPeople(
      { honorific: 'Ms.', name: 'Dana Nguyen ', phone: '555-0100' },
      { honorific: 'Dr.', name: 'Dana Ng', phone: ' 555-0100' },
    );
    expect(conflictsOf(groupOf(doc, 'a'), groupOf(doc, 'b'))).toEqual([
      { field: 'name', values: ['Dana Nguyen', 'Dana Ng'] },
      { field: 'honorific', values: ['Ms.', 'Dr.'] },
    ]);
  });
});

describe('linkPeople', () => {
  it('gives every record one contact id, with the details picked and blanks filled from the other', () => {
    const linked = link(danaTwice(), { email: 'dana@two.example' });
    expect(records(linked)).toEqual([
      [
        'i1',
        [
          expect.objectContaining({
            id: 'pa',
            contactId: 'dana-a',
            honorific: 'Ms.',
            email: 'dana@two.example',
            phone: '555-0100',
            // Details of one interview stay with it.
            title: 'Design lead',
            postalAddress: '',
          }),
        ],
      ],
      [
        'i2',
        [
          expect.objectContaining({
            id: 'pb',
            contactId: 'dana-a',
            honorific: 'Ms.',
            email: 'dana@two.example',
            phone: '555-0100',
            title: 'Director',
            postalAddress: '9 Pier Street',
          }),
          expect.objectContaining({
            id: 'rb',
            contactId: 'dana-a',
            name: 'Dana Nguyen',
            email: 'dana@two.example',
            phone: '555-0100',
            relationship: 'Former manager',
            qualities: 'Teamwork',
          }),
        ],
      ],
    ]);
    expect(linked.interviews.map((i) => i.updatedAt)).toEqual([later.toISOString(), later.toISOString()]);
    expect(peopleOf(linked.interviews).map((g) => [g.contactId, g.met.length])).toEqual([['dana-a', 3]]);
    expect(suggested(linked)).toEqual([]);
  });

  it('keeps the first person’s value where nothing was picked, and ignores a pick neither has', () => {
    expect(link(danaTwice()).interviews[1]?.people[0]?.email).toBe('dana@one.example');
    const forged = link(danaTwice(), { email: 'someone@else.example' });
    expect(forged.interviews.flatMap((i) => i.people.map((p) => p.email))).toEqual([
      'dana@one.example',
      'dana@one.example',
    ]);
  });

  it('puts both logs together in date order under the kept id, with the rhythm and the people kept apart', () => {
    const linked = link(danaTwice());
    expect(Object.keys(linked.contacts)).toEqual(['dana-a']);
    expect(linked.contacts['dana-a']).toMatchObject({
      rhythm: 'every',
      every: 2,
      unit: 'month',
      apart: ['someone'],
    });
    expect(linked.contacts['dana-a']?.log.map((e) => [e.id, e.on])).toEqual([
      ['l1', '2026-07-15'],
      ['l2', '2026-10-01'],
      ['l3', '2026-11-01'],
    ]);
  });

  it.each([
    ['the kept person', { rhythm: 'every', every: 2, unit: 'week' } as const, {}],
    ['the other person', {}, { rhythm: 'every', every: 2, unit: 'week' } as const],
  ])('keeps a rhythm set on %s over the suggested one', (_name, a, b) => {
    const doc = danaTwice();
    const linked = link({ ...doc, contacts: { 'dana-a': contact(a), 'dana-b': contact(b) } });
    expect(linked.contacts['dana-a']).toMatchObject({ rhythm: 'every', every: 2, unit: 'week' });
  });
});

describe('restoreSnapshot (the undo of a link)', () => {
  it('puts back the records and the contact data exactly: two people again', () => {
    const base = danaTwice();
    // Only the other person had contact data: the undo leaves the kept one without any again.
    const doc = { ...base, contacts: { 'dana-b': base.contacts['dana-b']! } };
    const snap = snapshotOf(doc, [groupOf(doc, 'dana-a'), groupOf(doc, 'dana-b')]);
    const undone = restoreSnapshot(link(doc), snap, later);
    expect(records(undone)).toEqual(records(doc));
    expect(undone.contacts).toEqual(doc.contacts);
    expect(peopleOf(undone.interviews).map((g) => g.contactId)).toEqual(['dana-a', 'dana-b']);
  });

  it('keeps other edits made since to the interviews, and a record deleted since stays deleted', () => {
    const doc = danaTwice();
    const snap = snapshotOf(doc, [groupOf(doc, 'dana-a'), groupOf(doc, 'dana-b')]);
    let edited = peopleOps.removePerson(link(doc), 'i1', 'pa', later);
    edited = interviewOps.patchInterview(edited, 'i2', { notes: 'Second round went well' }, later);
    edited = interviewOps.addPerson(edited, 'i2', person('pn', { name: 'Lee Brennan' }), later);
    const undone = restoreSnapshot(edited, snap, later);
    expect(undone.interviews[0]?.people).toEqual([]);
    expect(undone.interviews[1]).toMatchObject({
      notes: 'Second round went well',
      people: [doc.interviews[1]!.people[0], expect.objectContaining({ id: 'pn', name: 'Lee Brennan' })],
      references: doc.interviews[1]!.references,
    });
    expect(undone.contacts).toEqual(doc.contacts);
  });
});

describe('unlinkRecord', () => {
  it('gives the record a person of its own, both remember they differ, and the log stays with the others', () => {
    const linked = link(danaTwice());
    const split = unlinkRecord(linked, 'i2', 'rb', 'dana-ref', later);
    expect(
      split.interviews.map((i) => [...i.people, ...i.references].map((r) => [r.id, r.contactId])),
    ).toEqual([
      [['pa', 'dana-a']],
      [
        ['pb', 'dana-a'],
        ['rb', 'dana-ref'],
      ],
    ]);
    expect(split.contacts['dana-ref']).toMatchObject({ rhythm: 'auto', log: [], apart: ['dana-a'] });
    expect(split.contacts['dana-a']?.apart).toEqual(['someone', 'dana-ref']);
    expect(split.contacts['dana-a']?.log).toEqual(linked.contacts['dana-a']?.log);
    // Same name and email, but the user said they differ: not offered again.
    expect(peopleOf(split.interviews)).toHaveLength(2);
    expect(suggested(split)).toEqual([]);
  });

  it('changes nothing for a record that is not there', () => {
    const linked = link(danaTwice());
    expect(unlinkRecord(linked, 'i2', 'gone', 'new-id', later)).toBe(linked);
  });
});

describe('a linked person in the interview tools', () => {
  it('keeps the other record and the contact data when deleted from one interview', () => {
    const linked = link(danaTwice());
    const doc = peopleOps.removePerson(linked, 'i1', 'pa', later);
    expect(doc.interviews[1]?.people.map((p) => [p.id, p.contactId])).toEqual([['pb', 'dana-a']]);
    expect(doc.contacts).toEqual(linked.contacts);
    expect(groupOf(doc, 'dana-a').met.map((m) => m.record.id)).toEqual(['pb', 'rb']);
  });

  it('changes the name and email in every interview when edited in one, but not the title', () => {
    const linked = interviewOps.addPerson(
      link(danaTwice()),
      'i2',
      person('px', { name: 'Dana Nguyen', email: 'dana@three.example' }),
      now,
    );
    const patch = { name: 'Dana Nguyen-Smith', email: 'dana@new.example', title: 'Head of design' };
    const doc = peopleOps.patchPerson(linked, 'i1', 'pa', patch, later);
    expect(records(doc)).toEqual([
      ['i1', [expect.objectContaining({ id: 'pa', ...patch })]],
      [
        'i2',
        [
          expect.objectContaining({ id: 'pb', name: patch.name, email: patch.email, title: 'Director' }),
          // Someone else of the same old name, not linked, is left alone.
          expect.objectContaining({ id: 'px', name: 'Dana Nguyen', email: 'dana@three.example' }),
          expect.objectContaining({ id: 'rb', name: patch.name, email: patch.email, qualities: 'Teamwork' }),
        ],
      ],
    ]);
    expect(doc.interviews[1]?.updatedAt).toBe(later.toISOString());
  });

  it('changes the phone everywhere when edited on the reference, but not what the reference will stress', () => {
    const doc = peopleOps.patchReference(
      link(danaTwice()),
      'i2',
      'rb',
      { phone: '555-0199', qualities: 'Calm' },
      later,
    );
    expect(doc.interviews.flatMap((i) => i.people.map((p) => [p.id, p.phone]))).toEqual([
      ['pa', '555-0199'],
      ['pb', '555-0199'],
    ]);
    expect(doc.interviews[1]?.references[0]).toMatchObject({ phone: '555-0199', qualities: 'Calm' });
  });
});
