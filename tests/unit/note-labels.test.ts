import { describe, expect, it } from 'vitest';
import { noteFileName, noteNoun } from '../../src/features/notes/labels';
import { sentLine } from '../../src/features/notes/sent-line';
import { interviewTitle } from '../../src/core/titles';

describe('noteFileName', () => {
  it.each([
    ['names the situation and the recipient', 'thank-you', 'Dana Nguyen', 'thank-you-dana-nguyen.txt'],
    ['drops accents', 'thank-you', 'María José de la Cruz', 'thank-you-maria-jose-de-la-cruz.txt'],
    ['keeps only safe characters', 'after-no', '<img src=x>"; DROP/..\\', 'after-no-img-src-x-drop.txt'],
    ['falls back to "note" without a usable name', 'thank-you', '王小明', 'thank-you-note.txt'],
    ['falls back to "note" without any name', 'alert-reference', '  ', 'alert-reference-note.txt'],
    [
      'stops a long name at 60 characters, never on a hyphen',
      'thank-you',
      `${'a'.repeat(59)} b`,
      `thank-you-${'a'.repeat(59)}.txt`,
    ],
  ])('%s', (_name, situation, recipient, expected) => {
    expect(noteFileName(situation, recipient)).toBe(expected);
  });
});

describe('sentLine', () => {
  it.each([
    [
      'says when and how',
      'Dana Nguyen',
      '2026-11-26T15:00:00.000Z',
      'copied',
      'Sent to Dana Nguyen on Thu, Nov 26 (copied)',
    ],
    [
      'names the email app',
      'Dana',
      '2026-11-26T15:00:00.000Z',
      'email',
      'Sent to Dana on Thu, Nov 26 (opened in your email app)',
    ],
    [
      'says a tick in the checklist',
      'Dana',
      '2026-11-26T15:00:00.000Z',
      '',
      'Sent to Dana on Thu, Nov 26 (ticked in your checklist)',
    ],
    ['leaves out a date it cannot read', '', 'soon', 'marked', 'Sent to them (marked as sent)'],
  ] as const)('%s', (_name, who, at, via, expected) => {
    expect(sentLine(who, at, via)).toBe(expected);
  });
});

describe('noteNoun', () => {
  it.each([
    ['Thank-you after the interview', 'Thank-you note'],
    ['Thank a reference', 'Thank-you note'],
    ['Follow-up when you have not heard back', 'Follow-up note'],
    ['Alert a reference', 'Note'],
  ])('calls a note for %j a %j', (label, expected) => {
    expect(noteNoun({ label })).toBe(expected);
  });
});

describe('interviewTitle', () => {
  it.each([
    [{ role: 'Buyer', company: 'Northwind' }, 'Buyer at Northwind'],
    [{ role: ' ', company: 'Northwind' }, 'Northwind'],
    [{ role: 'Buyer', company: '' }, 'Buyer'],
    [{ role: '', company: '' }, 'Untitled interview'],
  ])('calls %j %j, in every tool', (interview, expected) => {
    expect(interviewTitle(interview)).toBe(expected);
  });
});
