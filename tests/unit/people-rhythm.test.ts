import { describe, expect, it } from 'vitest';
import { newInterview, newPerson } from '../../src/core/model/builders';
import { peopleOf } from '../../src/core/people';
import type { TouchEvent } from '../../src/core/touches';
import { historyLine } from '../../src/features/people/history-line';
import { choiceOf, customStart, rhythmFor, suggestedText } from '../../src/features/people/rhythm';

describe('choiceOf: a stored rhythm as the choice shown', () => {
  it.each([
    [undefined, 'auto'],
    [{ rhythm: 'auto', every: 3, unit: 'month' }, 'auto'],
    [{ rhythm: 'none', every: 3, unit: 'month' }, 'none'],
    [{ rhythm: 'every', every: 3, unit: 'month' }, '3'],
    [{ rhythm: 'every', every: 6, unit: 'month' }, '6'],
    [{ rhythm: 'every', every: 2, unit: 'month' }, 'custom'],
    [{ rhythm: 'every', every: 3, unit: 'week' }, 'custom'],
  ] as const)('%j shows as %s', (contact, choice) => {
    expect(choiceOf(contact)).toBe(choice);
  });
});

describe('rhythmFor: what a choice stores', () => {
  it('stores the presets in months, and "as suggested" or "none" as such', () => {
    expect(rhythmFor('1', { every: '9', unit: 'week' })).toEqual({
      rhythm: 'every',
      every: 1,
      unit: 'month',
    });
    expect(rhythmFor('none', { every: '9', unit: 'week' })).toEqual({
      rhythm: 'none',
      every: 3,
      unit: 'month',
    });
  });
  it.each([
    ['2', 'month', { rhythm: 'every', every: 2, unit: 'month' }],
    ['10', 'week', { rhythm: 'every', every: 10, unit: 'week' }],
    ['2.6', 'week', { rhythm: 'every', every: 3, unit: 'week' }],
    ['104', 'week', { rhythm: 'every', every: 104, unit: 'week' }],
    ['105', 'week', undefined],
    ['0', 'month', undefined],
    ['', 'month', undefined],
    ['many', 'month', undefined],
  ] as const)('another rhythm typed as %j %s stores %j', (every, unit, stored) => {
    expect(rhythmFor('custom', { every, unit })).toEqual(stored);
  });
  it('starts another rhythm off the presets, so it does not show as one', () => {
    expect(customStart({ every: '3', unit: 'month' })).toBe('2');
    expect(customStart({ every: '3', unit: 'week' })).toBe('3');
    expect(customStart({ every: '5', unit: 'month' })).toBe('5');
  });
});

describe('suggestedText: "As suggested" in words, from the suggestion itself', () => {
  const from = new Date(2026, 10, 1);
  it.each([
    [undefined, 'Nothing for now. After a “no”, one check-in about 3 months later is suggested.'],
    [{ months: 3, why: 'after-no', from }, 'After the “no”: one friendly check-in, about 3 months later.'],
    [
      { months: 2, why: 'after-withdrawal', from },
      'After withdrawing: one note about 2 months later, once you have settled in.',
    ],
  ] as const)('%j reads %j', (s, text) => {
    expect(suggestedText(s)).toBe(text);
  });
});

describe('historyLine: an entry of the history in words', () => {
  const now = new Date(2026, 11, 1);
  const met = (id: string, company: string) => ({
    ...newInterview(id, { company, role: 'Designer' }, now),
    people: [newPerson(`${id}-p`, 'interviewer', { name: 'Ana Ruiz', contactId: 'ana' })],
  });
  const labels = {
    situations: { 'thank-you': 'Thank-you after the interview' },
    items: { 'name-checked': 'Check the spelling' },
  };
  const once = peopleOf([met('i1', 'Acme')])[0]!;
  const twice = peopleOf([met('i1', 'Acme'), met('i2', 'Initech')])[0]!;
  it.each([
    [once, { on: now, kind: 'interview', what: '', interviewId: 'i1' }, 'Interview: Designer at Acme'],
    [
      once,
      { on: now, kind: 'sent', what: 'thank-you', via: 'email', interviewId: 'i1' },
      'Thank-you after the interview sent (email app)',
    ],
    [
      once,
      { on: now, kind: 'sent', what: 'thank-you', via: 'marked', interviewId: 'i1' },
      'Thank-you after the interview sent',
    ],
    [
      twice,
      { on: now, kind: 'sent', what: 'gone', via: 'copied', interviewId: 'i2' },
      'Note sent (copied) · Designer at Initech',
    ],
    [
      twice,
      { on: now, kind: 'ticked', what: 'name-checked', interviewId: 'i1' },
      'Done: Check the spelling · Designer at Acme',
    ],
  ] as const)('says an entry as its line (%#)', (group, event, line) => {
    expect(historyLine(event as TouchEvent, group, labels)).toBe(line);
  });
});
