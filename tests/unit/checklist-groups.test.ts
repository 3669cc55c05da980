import { describe, expect, it } from 'vitest';
import { groupByScope } from '../../src/features/checklist/checklist-groups';
import type { ChecklistItem } from '../../src/core/checklist-schema';

const item = (id: string, scope: ChecklistItem['scope']): ChecklistItem => ({
  id,
  label: `Do ${id}`,
  why: 'Because it matters.',
  scope,
  guide: 'thank-you-note',
});

describe('groupByScope', () => {
  it('groups items under reader-facing headings, keeping file order inside each group', () => {
    const groups = groupByScope([item('a', 'interview'), item('b', 'interviewer'), item('c', 'interview')]);
    expect(groups.map((g) => [g.title, g.items.map((i) => i.id)])).toEqual([
      ['For each interviewer', ['b']],
      ['For the interview', ['a', 'c']],
    ]);
  });

  it('returns no groups for no items', () => {
    expect(groupByScope([])).toEqual([]);
  });
});
