import { describe, expect, it } from 'vitest';
import { greetingOptions } from '../../src/core/names';
import * as builders from '../../src/core/model/builders';
import { type FollowUpDoc, type Interview, emptyDoc } from '../../src/core/model/model';
import { patchNameParts, patchPerson } from '../../src/core/model/people-ops';

const now = new Date(2026, 10, 26, 12, 0);
const name = 'María José García-López';

const interview = (id: string, people: Interview['people'], references: Interview['references'] = []) => ({
  ...builders.newInterview(id, { company: `Company ${id}`, role: 'Analyst', at: '2026-11-25T10:00' }, now),
  people,
  references,
});

/** María José met at two interviews (linked) and named as a reference in a third; Ada elsewhere. */
const doc = (): FollowUpDoc => ({
  ...emptyDoc(),
  interviews: [
    interview('a', [builders.newPerson('p1', 'interviewer', { name, contactId: 'mj', honorific: 'Dr.' })]),
    interview('b', [
      builders.newPerson('p2', 'interviewer', { name, contactId: 'mj' }),
      builders.newPerson('p3', 'interviewer', { name: 'Ada Bello' }),
    ]),
    interview('c', [], [builders.newReference('r1', { name, contactId: 'mj' })]),
  ],
});

const records = (d: FollowUpDoc) => d.interviews.flatMap((i) => [...i.people, ...i.references]);

describe('saying which words are the given name', () => {
  it('keeps the parts with every record of a person linked across interviews', () => {
    const changed = patchNameParts(doc(), 'p2', { givenName: 'María José', familyName: 'García-López' }, now);
    expect(records(changed).map((r) => [r.id, r.givenName, r.familyName])).toEqual([
      ['p1', 'María José', 'García-López'],
      ['p2', 'María José', 'García-López'],
      ['p3', '', ''],
      ['r1', 'María José', 'García-López'],
    ]);
    expect(greetingOptions(changed.interviews[0]!.people[0]!)).toEqual([
      'Dr. García-López',
      'María José',
      name,
    ]);
  });

  it('stamps only the interviews it changed', () => {
    const before = doc();
    const changed = patchNameParts(
      before,
      'p3',
      { givenName: 'Ada', familyName: 'Bello' },
      new Date(2026, 11, 1),
    );
    expect(changed.interviews.map((i) => i.updatedAt === before.interviews[0]!.updatedAt)).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('unsays the parts with empty ones, and leaves the document alone for an unknown record', () => {
    const said = patchNameParts(doc(), 'p1', { givenName: 'María José', familyName: 'García-López' }, now);
    const unsaid = patchNameParts(said, 'r1', { givenName: '', familyName: '' }, now);
    expect(records(unsaid).every((r) => r.givenName === '' && r.familyName === '')).toBe(true);
    const d = doc();
    expect(patchNameParts(d, 'nobody', { givenName: 'X', familyName: '' }, now)).toBe(d);
  });

  it('shares parts changed through the edit form with linked records too', () => {
    const changed = patchPerson(
      doc(),
      'a',
      'p1',
      { givenName: 'María José', familyName: 'García-López' },
      now,
    );
    expect(
      records(changed)
        .filter((r) => r.givenName === 'María José')
        .map((r) => r.id),
    ).toEqual(['p1', 'p2', 'r1']);
  });
});
