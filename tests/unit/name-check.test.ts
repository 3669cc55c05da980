import { describe, expect, it } from 'vitest';
import { checkGreeting } from '../../src/features/notes/name-check';

describe('checkGreeting accepts', () => {
  it.each([
    ['the full name', 'Katherine Okafor', 'Katherine Okafor'],
    ['the first name alone', 'Katherine', 'Katherine Okafor'],
    ['the last name with a title', 'Ms. Okafor', 'Katherine Okafor'],
    ['a title without its dot', 'Dr Okafor', 'Katherine Okafor'],
    ['a title in any case', 'PROF. Okafor', 'Katherine Okafor'],
    ['a title glued to the name by its dot', 'Mrs.Okafor', 'Katherine Okafor'],
    ['every title in the list', 'Mr Mrs Ms Miss Mx Dr Prof Okafor', 'Katherine Okafor'],
    ['a title in the recorded name too', 'Okafor', 'Dr. Katherine Okafor'],
    ['a hyphenated name in full', 'Ms. Okafor-Smith', 'Katherine Okafor-Smith'],
    ['accents spelt exactly', 'José', 'José Núñez'],
    ['the same accent typed composed or decomposed', 'Jose\u0301', 'José Núñez'],
    ['names in any order, with extra spaces', '  Okafor   Katherine ', 'Katherine  Okafor'],
    ['an apostrophe in the name', "Ms. O'Brien", "Siobhan O'Brien"],
  ])('%s', (_name, greeting, recorded) => {
    expect(checkGreeting(greeting, recorded)).toEqual({ ok: true });
  });
});

describe('checkGreeting explains a mismatch and suggests the recorded spelling', () => {
  it.each([
    [
      'capital letters',
      'Ms. okafor',
      'Katherine Okafor',
      'Capital letters differ: “okafor” but the record says “Okafor”.',
      'Okafor',
    ],
    ['accents', 'Jose', 'José Núñez', 'Accents differ: “Jose” but the record says “José”.', 'José'],
    [
      'accents and capitals',
      'Mr. nunez',
      'José Núñez',
      'Accents and capitals differ: “nunez” but the record says “Núñez”.',
      'Núñez',
    ],
    [
      'a missing letter in a short name',
      'Jon',
      'John Park',
      'Check the spelling: “Jon” but the record says “John”.',
      'John',
    ],
    [
      'an extra letter in a short name',
      'Anne',
      'Ann Lee',
      'Check the spelling: “Anne” but the record says “Ann”.',
      'Ann',
    ],
    [
      'one letter changed in a long name',
      'Katherine',
      'Catherine Okafor',
      'Check the spelling: “Katherine” but the record says “Catherine”.',
      'Catherine',
    ],
    [
      'two slips in a long name',
      'Stephen',
      'Steven Moore',
      'Check the spelling: “Stephen” but the record says “Steven”.',
      'Steven',
    ],
    [
      'a slip and a case difference',
      'katherine',
      'Catherine Okafor',
      'Check the spelling: “katherine” but the record says “Catherine”.',
      'Catherine',
    ],
    [
      'a slip in one part of a hyphenated name',
      'Okafor-Smyth',
      'Katherine Okafor-Smith',
      'Check the spelling: “Okafor-Smyth” but the record says “Okafor-Smith”.',
      'Okafor-Smith',
    ],
    [
      'the closest recorded name',
      'Parc',
      'John Park',
      'Check the spelling: “Parc” but the record says “Park”.',
      'Park',
    ],
  ])('%s', (_name, greeting, recorded, message, suggestion) => {
    expect(checkGreeting(greeting, recorded)).toEqual({ ok: false, message, suggestion });
  });
});

describe('checkGreeting rejects a name that is not in the record', () => {
  it.each([
    [
      'an unrelated name',
      'Ms. Lee',
      'Katherine Okafor',
      '“Lee” is not part of the recorded name “Katherine Okafor”.',
    ],
    ['two slips in a short name', 'Jo', 'John Park', '“Jo” is not part of the recorded name “John Park”.'],
    [
      'three slips in a long name',
      'Stephanie',
      'Steven Moore',
      '“Stephanie” is not part of the recorded name “Steven Moore”.',
    ],
    [
      'half of a hyphenated name',
      'Ms. Okafor',
      'Katherine Okafor-Smith',
      '“Okafor” is not part of the recorded name “Katherine Okafor-Smith”.',
    ],
    [
      'the first name that does not match',
      'Katherine Lee Smith',
      'Katherine Okafor',
      '“Lee” is not part of the recorded name “Katherine Okafor”.',
    ],
    ['a title alone', 'Dr.', 'Katherine Okafor', 'Add their name after “Dr.”.'],
  ])('%s', (_name, greeting, recorded, message) => {
    expect(checkGreeting(greeting, recorded)).toEqual({ ok: false, message });
  });

  it('reports only the first mismatch', () => {
    expect(checkGreeting('Katharine okafor', 'Katherine Okafor')).toMatchObject({ suggestion: 'Katherine' });
  });
});

describe('checkGreeting asks to fill in what is empty', () => {
  it.each([
    ['an empty greeting', '', 'Katherine Okafor', /Fill in the greeting/],
    ['a blank greeting', '   ', 'Katherine Okafor', /Fill in the greeting/],
    ['an empty recorded name', 'Katherine', '', /Fill in their name/],
    ['a recorded name that is only a title', 'Katherine', 'Dr.', /Fill in their name/],
  ])('%s', (_name, greeting, recorded, message) => {
    const result = checkGreeting(greeting, recorded);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});
