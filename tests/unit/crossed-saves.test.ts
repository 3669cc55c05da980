/** Two tabs' saves that cross: which of this tab's recent changes another tab's save had not seen. */
import { describe, expect, it } from 'vitest';
import { keepUnseenChanges } from '../../src/core/model/crossed-saves';
import type { KeepInTouch, FollowUpDoc } from '../../src/core/model/model';
import { currentDoc } from '../fixtures/stored';

const base = currentDoc;
const first = base.interviews[0]!;
const contact: KeepInTouch = {
  rhythm: 'auto',
  every: 3,
  unit: 'month',
  log: [],
  apart: [],
  updatedAt: first.createdAt,
};
const withInterview = (doc: FollowUpDoc, company: string, id = `x-${company}`): FollowUpDoc => ({
  ...doc,
  interviews: [...doc.interviews, { ...first, id, company }],
});
const companies = (doc: FollowUpDoc) => doc.interviews.map((i) => i.company);

describe('keepUnseenChanges', () => {
  it('returns their document itself when this tab saved nothing lately', () => {
    const theirs = withInterview(base, 'Theirs Co');
    expect(keepUnseenChanges(theirs, base, [])).toBe(theirs);
  });

  it('returns their document itself when it saw every change this tab saved', () => {
    const mine = withInterview(base, 'Mine Co');
    const theirs = withInterview(structuredClone(mine), 'Theirs Co');
    expect(keepUnseenChanges(theirs, mine, [{ before: base, after: mine }])).toBe(theirs);
  });

  type Case = [what: string, change: (doc: FollowUpDoc) => FollowUpDoc, seen: (doc: FollowUpDoc) => unknown];
  const cases: Case[] = [
    ['a new interview', (d) => withInterview(d, 'Mine Co'), (d) => companies(d).includes('Mine Co')],
    [
      'an interview edited',
      (d) => ({ ...d, interviews: d.interviews.map((i) => ({ ...i, role: 'Edited here' })) }),
      (d) => d.interviews[0]?.role === 'Edited here',
    ],
    ['an interview removed', (d) => ({ ...d, interviews: [] }), (d) => !companies(d).includes(first.company)],
    [
      'the profile',
      (d) => ({ ...d, profile: { ...d.profile, email: 'new@here.example' } }),
      (d) => d.profile.email === 'new@here.example',
    ],
    [
      'a keep-in-touch record',
      (d) => ({ ...d, contacts: { ...d.contacts, 'p:1': contact } }),
      (d) => 'p:1' in d.contacts,
    ],
    ['a draft removed', (d) => ({ ...d, drafts: {} }), (d) => Object.keys(d.drafts).length === 0],
    ['a hint answered', (d) => ({ ...d, dismissed: ['hint'] }), (d) => d.dismissed.includes('hint')],
    ['the card’s UID', (d) => ({ ...d, cardUid: 'urn:uuid:1' }), (d) => d.cardUid === 'urn:uuid:1'],
  ];

  it.each(cases)(
    'puts back %s their save had not seen, and keeps what they changed',
    (_what, change, seen) => {
      const mine = change(base);
      const theirs = withInterview(structuredClone(base), 'Theirs Co');
      const merged = keepUnseenChanges(theirs, mine, [{ before: base, after: mine }]);
      expect(seen(merged)).toBe(true);
      expect(companies(merged)).toContain('Theirs Co');
    },
  );

  it('takes theirs when both tabs changed the same record', () => {
    const rename = (doc: FollowUpDoc, company: string): FollowUpDoc => ({
      ...doc,
      interviews: doc.interviews.map((i) => ({ ...i, company })),
    });
    const mine = rename(base, 'Mine Co');
    const theirs = rename(structuredClone(base), 'Theirs Co');
    expect(keepUnseenChanges(theirs, mine, [{ before: base, after: mine }])).toBe(theirs);
  });

  it('puts back changes from several saves, in their order, and a record removed later stays removed', () => {
    const one = withInterview(base, 'One Co');
    const two = withInterview(one, 'Two Co');
    const three = { ...two, interviews: two.interviews.filter((i) => i.company !== 'One Co') };
    const saves = [
      { before: base, after: one },
      { before: one, after: two },
      { before: two, after: three },
    ];
    const merged = keepUnseenChanges(withInterview(structuredClone(base), 'Theirs Co'), three, saves);
    expect(companies(merged)).toEqual([first.company, 'Theirs Co', 'Two Co']);
  });

  it('leaves alone a record they brought back that this tab did not remove', () => {
    // This tab heard of their removal (not a save of its own), then they undid it.
    const removed = { ...base, interviews: [] };
    const mine = withInterview(removed, 'Mine Co');
    const merged = keepUnseenChanges(structuredClone(base), mine, [{ before: removed, after: mine }]);
    expect(companies(merged)).toEqual([first.company, 'Mine Co']);
  });
});
