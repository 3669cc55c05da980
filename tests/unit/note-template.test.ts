import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/lib/model';
import type { Placeholder } from '../../src/lib/note-placeholders';
import {
  composeNote,
  contactBlock,
  joinList,
  placeholdersIn,
  renderTemplate,
  unknownPlaceholders,
  wordCount,
} from '../../src/lib/note-template';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('placeholdersIn', () => {
  it.each([
    ['no placeholders', 'Thank you for your time.', []],
    [
      'each name once, in order of first use',
      '{greeting}, {company} … {greeting} at {role}',
      ['greeting', 'company', 'role'],
    ],
    ['unknown names too', 'Dear {greting}', ['greting']],
    ['not braces with spaces, digits or nothing inside', '{first name} {1} {} {my_name}', []],
    ['the inner name of doubled braces', '{{company}}', ['company']],
  ])('%s', (_name, template, names) => {
    expect(placeholdersIn(template)).toEqual(names);
  });
});

describe('unknownPlaceholders', () => {
  it.each([
    ['every known placeholder, the optional one included', '{greeting} {company} {feedback} {contact}', []],
    ['a typo', 'Dear {greeting}, at {compnay} and {compnay}', ['compnay']],
    [
      'names of object built-ins are not placeholders',
      '{constructor} {toString} {hasOwnProperty}',
      ['constructor', 'toString', 'hasOwnProperty'],
    ],
    ['case matters', '{Company}', ['Company']],
  ])('%s', (_name, template, unknown) => {
    expect(unknownPlaceholders(template)).toEqual(unknown);
  });
});

describe('renderTemplate', () => {
  it.each<[string, string, Partial<Record<Placeholder, string>>, string, Placeholder[]]>([
    [
      'fills in each placeholder',
      'Dear {greeting}, thanks from {company}.',
      { greeting: 'Ms. Okafor', company: 'Acme' },
      'Dear Ms. Okafor, thanks from Acme.',
      [],
    ],
    ['trims values', 'Dear {greeting},', { greeting: '  Katherine \n' }, 'Dear Katherine,', []],
    [
      'marks an empty placeholder and reports it',
      'We discussed {detail}.',
      { detail: '' },
      'We discussed [detail].',
      ['detail'],
    ],
    ['treats a blank value as empty', 'At {company}.', { company: '   ' }, 'At [company].', ['company']],
    [
      'treats an absent value as empty',
      'At {company} for {role}.',
      {},
      'At [company] for [role].',
      ['company', 'role'],
    ],
    [
      'reports a placeholder used twice once',
      '{company} and {company}',
      {},
      '[company] and [company]',
      ['company'],
    ],
    ['drops an empty optional feedback without a marker', 'Thanks. {feedback}', {}, 'Thanks.', []],
    [
      'fills in feedback when given',
      'Thanks. {feedback}',
      { feedback: 'Any advice?' },
      'Thanks. Any advice?',
      [],
    ],
    [
      'leaves no hole where an empty feedback paragraph was',
      'One.\n\n{feedback}\n\nTwo.',
      {},
      'One.\n\nTwo.',
      [],
    ],
    ['leaves unknown placeholders as they are', 'At {compnay}.', { company: 'Acme' }, 'At {compnay}.', []],
    ['inserts markup literally', 'At {company}.', { company: HOSTILE }, `At ${HOSTILE}.`, []],
    [
      'inserts replacement patterns literally',
      '{detail}',
      { detail: "$& $1 $$ $' $` $<x>" },
      "$& $1 $$ $' $` $<x>",
      [],
    ],
    [
      'never expands a placeholder inside a value',
      '{detail} at {company}',
      { detail: 'the {company} plan {role}', company: 'Acme' },
      'the {company} plan {role} at Acme',
      [],
    ],
    ['keeps line breaks inside a value', '{contact}', { contact: 'Cell: 1\na@b.co' }, 'Cell: 1\na@b.co', []],
  ])('%s', (_name, template, values, text, missing) => {
    expect(renderTemplate(template, values)).toEqual({ text, missing });
  });

  it.each([
    ['trailing spaces and tabs on each line', 'One.  \t\nTwo. \n', 'One.\nTwo.'],
    ['three or more line breaks in a row', 'One.\n\n\nTwo.\n\n\n\n\nThree.', 'One.\n\nTwo.\n\nThree.'],
    ['blank lines holding only spaces', 'One.\n  \n \n\nTwo.', 'One.\n\nTwo.'],
    ['leading and trailing blank space', '\n\n  One.\n\n', 'One.'],
    ['Windows line breaks', 'One.\r\n\r\n\r\nTwo.', 'One.\n\nTwo.'],
  ])('tidies %s', (_name, template, text) => {
    expect(renderTemplate(template, {}).text).toBe(text);
  });
});

describe('joinList', () => {
  it.each([
    ['nothing', [], ''],
    ['one item', ['A'], 'A'],
    ['two items', ['A', 'B'], 'A and B'],
    ['three items', ['A', 'B', 'C'], 'A, B and C'],
    ['four items', ['A', 'B', 'C', 'D'], 'A, B, C and D'],
    ['empty and blank items are ignored', ['', 'A', '  ', 'B', ''], 'A and B'],
    ['only blank items', ['', ' '], ''],
    ['items are trimmed', [' A ', 'B '], 'A and B'],
  ])('%s', (_name, items, joined) => {
    expect(joinList(items)).toBe(joined);
  });
});

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
      { subject: '{role} at {company}', body: '{greeting}: {detail} at {company}, {role}.' },
      {},
      '',
      '',
      '',
    );
    expect(note.subject).toBe('[role] at [company]');
    expect(note.missing).toEqual(['role', 'company', 'greeting', 'detail', 'myName']);
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
      { subject: '{company}', body: '{detail}' },
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
      { subject: '', body: 'Hi {greeting}, thanks for {detail}.' },
      { greeting: 'Dana' },
      'Best regards',
      myName,
      'a@b.co',
      { signature: false },
    );
    expect(note).toEqual({ subject: '', body: 'Hi Dana, thanks for [detail].', missing: ['detail'] });
  });

  it('is only the signature when the body renders empty', () => {
    expect(composeNote({ subject: '', body: '{feedback}' }, {}, '', 'Sam', '').body).toBe(
      'Best regards,\nSam',
    );
  });
});
