import { describe, expect, it } from 'vitest';
import { newInterview, newKeepInTouch, newPerson } from '../../src/core/model/builders';
import { newDraft } from '../../src/features/notes/draft-ops';
import type { FollowUpDoc } from '../../src/core/model/model';
import { recallFor } from '../../src/features/notes/recall';
import { currentDoc } from '../fixtures/stored';

const now = new Date(2026, 10, 26, 12, 0);
/** Dana, met at two interviews and linked as one person (contact id `dana`). */
function dana(): FollowUpDoc {
  const at = (id: string, day: string, pid: string) => ({
    ...newInterview(id, { company: id, at: day }, now),
    people: [newPerson(pid, 'interviewer', { name: 'Dana Nguyen', contactId: 'dana' })],
  });
  return {
    ...currentDoc,
    interviews: [at('b', '2026-10-01', 'p2'), at('a', '2026-06-02', 'p1')],
    drafts: {},
  };
}

describe('what a check-in recalls of the last exchange', () => {
  it('is the last line logged by hand, dated as people say it', () => {
    const log = [
      { id: 'l1', on: '2026-07-01', kind: 'met' as const, notes: 'Lunch near the office' },
      { id: 'l2', on: '2026-09-15', kind: 'emailed' as const, notes: ' Sent the design-systems article ' },
      { id: 'l3', on: '2026-10-20', kind: 'note' as const, notes: 'Check in a few months on', text: 'Hi' },
    ];
    const doc = { ...dana(), contacts: { dana: { ...newKeepInTouch(now), log } } };
    expect(recallFor(doc, 'dana')).toBe('Last time (Sep 15, 2026): Sent the design-systems article');
  });

  it('else the detail of the latest note written to them, in any of their interviews', () => {
    const doc = dana();
    doc.drafts = {
      'a:p1:thank-you': { ...newDraft(new Date(2026, 5, 3)), detail: 'the hiring plan' },
      'b:p2:thank-you': { ...newDraft(new Date(2026, 9, 2)), detail: 'the new design system' },
      'b:p2:follow-up': { ...newDraft(new Date(2026, 9, 9)), detail: '  ' },
    };
    expect(recallFor(doc, 'dana')).toBe('You talked about: the new design system');
  });

  it('is nothing when nothing was recorded, and never someone else’s', () => {
    const doc = dana();
    doc.drafts = { 'i1:p1:thank-you': { ...newDraft(now), detail: 'the warehouse' } };
    expect(recallFor(doc, 'dana')).toBeUndefined();
  });
});
