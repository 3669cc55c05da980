import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { situationSchema } from '../../src/features/notes/situation-schema';
import { describe, expect, it } from 'vitest';
import { noteFileName, noteNoun, noteTitle } from '../../src/features/notes/labels';
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
  const situations = situationSchema
    .array()
    .parse(parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'situations.yaml'), 'utf8')));
  it.each([
    ['thank-you', 'Thank-you note'],
    ['thank-reference', 'Thank-you note'],
    ['follow-up', 'Follow-up note'],
    ['alert-reference', 'Note'],
  ])('calls a note for %j a %j', (id, expected) => {
    const situation = situations.find((s) => s.id === id);
    expect(situation && noteNoun(situation)).toBe(expected);
  });

  it('calls every thank-you a thank-you note', () => {
    for (const s of situations.filter((s) => /^thank/i.test(s.label)))
      expect(noteNoun(s)).toBe('Thank-you note');
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

describe('noteTitle: the builder’s heading', () => {
  it.each([
    [{ noun: 'Thank-you note' as const }, { name: ' Dana Nguyen ' }, 'Thank-you note to Dana Nguyen'],
    [{}, { name: '  ' }, 'Note to someone unnamed'],
    [{ noun: 'Follow-up note' as const }, undefined, 'Follow-up note'],
  ])('says %j to %j as %j', (situation, recipient, expected) => {
    expect(noteTitle(situation, recipient)).toBe(expected);
  });
});
