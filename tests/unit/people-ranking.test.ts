import { describe, expect, it } from 'vitest';
import * as builders from '../../src/core/model/builders';
import { type FollowUpDoc, type Interview, type Person, emptyDoc } from '../../src/core/model/model';
import { peopleOf } from '../../src/core/people';
import { filterPeople, rankPeople } from '../../src/features/people/ranking';

// Unit tests run in America/New_York (vitest.config.ts); times below are local wall-clock time.
const now = new Date(2026, 10, 26, 12, 0);

const interview = (
  id: string,
  company: string,
  at: string,
  people: Person[],
  over: Partial<Interview> = {},
) => ({
  ...builders.newInterview(id, { company, role: 'Designer', at }, now),
  people,
  ...over,
});
const person = (id: string, name: string) => builders.newPerson(id, 'interviewer', { name, contactId: id });
const rows = (doc: FollowUpDoc) => rankPeople(peopleOf(doc.interviews), doc, now);
const names = (list: readonly { group: { name: string } }[]) => list.map((r) => r.group.name);

describe('the People list', () => {
  // Told "no" in August: a check-in is suggested (and overdue by now); the others are still waiting.
  const no = interview('no', 'Harbor Foods', '2026-08-10T10:00', [person('ana', 'Ana Ruiz')], {
    outcome: 'not-selected',
    outcomeAt: '2026-08-20T16:00:00.000Z',
  });
  const recent = interview('recent', 'Brightwater Labs', '2026-11-20T10:00', [person('dana', 'Dana Nguyen')]);
  const older = interview('older', 'Initech', '2026-10-01T10:00', [person('jose', 'José Ortega')]);
  const undated = interview('undated', 'Acme', '', [person('zed', 'Zed Ory')]);
  const doc = { ...emptyDoc(), interviews: [undated, older, no, recent] };

  it('puts whoever is due a touch first, then the most recently met, the undated last', () => {
    const list = rows(doc);
    expect(names(list)).toEqual(['Ana Ruiz', 'Dana Nguyen', 'José Ortega', 'Zed Ory']);
    expect(list[0]?.touch?.why).toBe('after-no');
    expect(list[1]?.touch).toBeUndefined();
  });

  it('finds people by name or company, whatever the case and accents', () => {
    expect(names(filterPeople(rows(doc), 'jose'))).toEqual(['José Ortega']);
    expect(names(filterPeople(rows(doc), 'BRIGHTWATER'))).toEqual(['Dana Nguyen']);
    expect(names(filterPeople(rows(doc), '  '))).toHaveLength(4);
    expect(filterPeople(rows(doc), 'nobody here')).toEqual([]);
  });

  it('treats hostile search text as text', () => {
    expect(() => filterPeople(rows(doc), '(.*+[')).not.toThrow();
    expect(filterPeople(rows(doc), '<img src=x onerror=alert(1)>')).toEqual([]);
  });
});
