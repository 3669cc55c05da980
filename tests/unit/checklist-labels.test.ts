import { describe, expect, it } from 'vitest';
import { whenText } from '../../src/features/checklist/labels';
import { checkInLine, interviewFacts } from '../../src/features/checklist/interview-text';
import type { DueTouch } from '../../src/core/due';
import { currentDoc } from '../fixtures/stored';

const interview = (at: string, format: 'in-person' | 'video' | 'phone' = 'in-person') => ({
  ...currentDoc.interviews[0]!,
  at,
  format,
});

describe('whenText', () => {
  it.each([
    ['2026-11-25T14:00', 'in-person', 'Wed, Nov 25, 2026, 2:00 PM · In person'],
    ['2026-11-25T00:05', 'video', 'Wed, Nov 25, 2026, 12:05 AM · Video call'],
    ['2026-11-25T12:30', 'phone', 'Wed, Nov 25, 2026, 12:30 PM · Phone'],
    ['2026-11-25', 'phone', 'Wed, Nov 25, 2026 · Phone'],
    ['soon', 'in-person', 'Date not set · In person'],
  ] as const)('says %j (%s) as %j', (at, format, text) => {
    expect(whenText(interview(at, format))).toBe(text);
  });
});

describe('interviewFacts', () => {
  it('shows only what was filled in, the outcome once it is known, in a fixed order', () => {
    const base = {
      ...currentDoc.interviews[0]!,
      place: '',
      decisionDate: '',
      notes: '',
      outcome: 'waiting' as const,
    };
    expect(interviewFacts(base)).toEqual([]);
    expect(
      interviewFacts({ ...base, notes: 'Bring the portfolio', outcome: 'offer', place: ' 12 Pier St ' }),
    ).toEqual([
      ['Place', ' 12 Pier St '],
      ['Outcome', 'Offer'],
      ['Notes', 'Bring the portfolio'],
    ]);
    // The decision's date reads as every date does, not as stored.
    expect(interviewFacts({ ...base, decisionDate: '2026-12-01' })).toEqual([
      ['Decision expected', 'Tue, Dec 1, 2026'],
    ]);
  });
});

describe('checkInLine', () => {
  const touch = (who: string, day: number): DueTouch => ({
    kind: 'touch',
    interviewId: 'i1',
    contactId: who,
    who,
    changedAt: '',
    text: `Check in with ${who}`,
    context: 'A friendly check-in',
    due: new Date(2027, 1, day, 9, 0),
    dueText: 'due later',
    overdue: false,
  });
  it.each([
    [[], ''],
    [[touch('Ana Ruiz', 26)], 'A friendly check-in with Ana Ruiz is suggested around Fri, Feb 26.'],
    [
      [touch('Ana Ruiz', 26), touch('Jon Park', 28)],
      'Check-ins with Ana Ruiz and Jon Park are suggested from Fri, Feb 26.',
    ],
  ])('says %# check-ins in one sentence', (touches, line) => {
    expect(checkInLine(touches)).toBe(line);
  });
});
