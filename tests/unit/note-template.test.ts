import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/model/model';
import { composeNote, wordCount } from '../../src/features/notes/note-template';
import { contactBlock } from '../../src/core/contact-block';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('wordCount', () => {
  it.each([
    ['an empty text', '', 0],
    ['blank space', '  \n ', 0],
    ['plain words', 'Thank you for your time', 5],
    ['dashes and punctuation are not words', 'Thanks — really, thanks!', 3],
    ['digits', 'On 24 November 2026', 4],
    ['accented names with an apostrophe are one word', "José's", 1],
    ['decomposed accents too', "Jose\u0301's team", 2],
    ['a typographic apostrophe', 'don’t', 1],
    ['a lone apostrophe is not a word', "rock ' roll", 2],
    ['a marker is one word', 'We discussed [detail].', 3],
    ['hyphenated parts count apart', 'follow-up', 2],
    ['non-Latin scripts', 'Спасибо большое', 2],
  ])('%s', (_name, text, count) => {
    expect(wordCount(text)).toBe(count);
  });
});

const profile = (p: Partial<Profile>): Profile => ({
  name: '',
  homePhone: '',
  cellPhone: '',
  email: '',
  postalAddress: '',
  ...p,
});

describe('contactBlock', () => {
  it.each([
    ['an empty profile', {}, ''],
    ['a blank profile', { cellPhone: ' ', email: '  ', postalAddress: '\n \n' }, ''],
    [
      'every channel, cell first, then home, email and address',
      {
        homePhone: '555 0100',
        cellPhone: '555 0199',
        email: 'me@example.com',
        postalAddress: '1 Main St\nSpringfield',
      },
      'Cell: 555 0199\nHome: 555 0100\nme@example.com\n1 Main St\nSpringfield',
    ],
    [
      'only the filled fields',
      { homePhone: '555 0100', email: 'me@example.com' },
      'Home: 555 0100\nme@example.com',
    ],
    ['the name is not part of it', { name: 'Sam Lee', email: 'me@example.com' }, 'me@example.com'],
    [
      'an address keeps its lines, each trimmed, without blank ones',
      { cellPhone: ' 555 0199 ', postalAddress: '  1 Main St  \r\n\r\n  Apt 2\rSpringfield ' },
      'Cell: 555 0199\n1 Main St\nApt 2\nSpringfield',
    ],
  ])('%s', (_name, fields, block) => {
    expect(contactBlock(profile(fields))).toBe(block);
  });
});

describe('composeNote', () => {
  const parts = { subject: 'Thank you, {role} interview', body: 'Dear {greeting},\n\nThank you.' };
  const values = { role: 'Analyst', greeting: 'Ms. Okafor' };

  it('signs the body off after a blank line: sign-off, name, contact lines', () => {
    expect(composeNote(parts, values, 'Kind regards', 'Sam Lee', 'Cell: 555 0199\nme@example.com')).toEqual({
      subject: 'Thank you, Analyst interview',
      body: 'Dear Ms. Okafor,\n\nThank you.\n\nKind regards,\nSam Lee\nCell: 555 0199\nme@example.com',
      missing: [],
    });
  });

  it.each([
    ['an empty sign-off becomes "Best regards"', '  ', 'Sam Lee', '', 'Best regards,\nSam Lee', []],
    ['a sign-off typed with its comma gets one comma', 'Thanks, ', 'Sam Lee', '', 'Thanks,\nSam Lee', []],
    ['an empty name is marked and reported', 'Best', ' ', '', 'Best,\n[myName]', ['myName']],
    ['empty contact adds no lines', 'Best', 'Sam', '\n  \n', 'Best,\nSam', []],
    [
      'contact lines are trimmed, blank ones dropped',
      'Best',
      'Sam',
      ' a@b.co \n\n 555 ',
      'Best,\nSam\na@b.co\n555',
      [],
    ],
  ])('%s', (_name, signoff, myName, contact, signature, missing) => {
    const note = composeNote({ subject: 'Hi', body: 'Thanks.' }, {}, signoff, myName, contact);
    expect(note.body).toBe(`Thanks.\n\n${signature}`);
    expect(note.missing).toEqual(missing);
  });

  it('merges what the subject, the body and the signature miss, each once, in that order', () => {
    const note = composeNote(
      { subject: '{role} at {company}', body: '{greeting}: at {company}, {role}.' },
      {},
      '',
      '',
      '',
    );
    expect(note.subject).toBe('[role] at [company]');
    expect(note.missing).toEqual(['role', 'company', 'greeting', 'myName']);
  });

  it('fills {myName}, {signoff} and {contact} in the template from the arguments', () => {
    const note = composeNote(
      { subject: 'From {myName}', body: 'I am {myName}; {signoff}; {contact}' },
      { myName: 'Someone else' },
      'Cheers',
      'Sam',
      'a@b.co',
    );
    expect(note.subject).toBe('From Sam');
    expect(note.body).toBe('I am Sam; Cheers; a@b.co\n\nCheers,\nSam\na@b.co');
  });

  it('inserts hostile values literally in both subject and body', () => {
    const note = composeNote(
      { subject: '{company}', body: '{Detail}' },
      { company: HOSTILE, detail: '$& {company}' },
      '',
      'Sam',
      '',
    );
    expect(note.subject).toBe(HOSTILE);
    expect(note.body).toBe('$& {company}\n\nBest regards,\nSam');
  });

  it.each([
    ['a name', 'Sam'],
    ['no name', ''],
  ])('with signature: false and %s, ends with the last sentence and asks for no name', (_n, myName) => {
    const note = composeNote(
      { subject: '', body: 'Hi {greeting}, thanks for {company}.' },
      { greeting: 'Dana' },
      'Best regards',
      myName,
      'a@b.co',
      { signature: false },
    );
    expect(note).toEqual({ subject: '', body: 'Hi Dana, thanks for [company].', missing: ['company'] });
  });

  it('is only the signature when the body renders empty', () => {
    expect(composeNote({ subject: '', body: '{feedback}' }, {}, '', 'Sam', '').body).toBe(
      'Best regards,\nSam',
    );
  });
});
