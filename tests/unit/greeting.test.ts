import { describe, expect, it } from 'vitest';
import { HONORIFICS, defaultGreeting, familyName, givenName, greetingOptions } from '../../src/lib/greeting';

describe('greetingOptions', () => {
  it.each([
    [
      'offers the honorific form first when one is recorded',
      'Ms.',
      'Dana Nguyen',
      ['Ms. Nguyen', 'Dana', 'Dana Nguyen'],
    ],
    ['offers the given and the full name without an honorific', '', 'Dana Nguyen', ['Dana', 'Dana Nguyen']],
    [
      'keeps "van" with the family name',
      'Mr.',
      'Ludwig van Beethoven',
      ['Mr. van Beethoven', 'Ludwig', 'Ludwig van Beethoven'],
    ],
    [
      'keeps "de la" with the family name',
      'Dr.',
      'María José de la Cruz',
      ['Dr. de la Cruz', 'María', 'María José de la Cruz'],
    ],
    [
      'keeps accents as recorded',
      'Prof.',
      'Zoë Łukasiewicz',
      ['Prof. Łukasiewicz', 'Zoë', 'Zoë Łukasiewicz'],
    ],
    ['keeps hyphenated family names whole', 'Mx.', 'Sam Lee-Park', ['Mx. Lee-Park', 'Sam', 'Sam Lee-Park']],
    ['offers a single name once, without an honorific form', 'Ms.', 'Madonna', ['Madonna']],
    ['offers nothing when no name is recorded', 'Ms.', '', []],
    ['offers nothing for a name of spaces only', '', '   ', []],
    ['tidies extra spaces in the recorded name', '', '  Dana   Nguyen ', ['Dana', 'Dana Nguyen']],
    ['ignores an honorific of spaces only', '  ', 'Dana Nguyen', ['Dana', 'Dana Nguyen']],
    ['treats a capitalised "Van" as a given name', '', 'Van Morrison', ['Van', 'Van Morrison']],
  ])('%s', (_name, honorific, name, expected) => {
    expect(greetingOptions({ honorific, name })).toEqual(expected);
  });

  it('composes an accent typed as letter + combining mark the same as the precomposed one', () => {
    const decomposed = 'Zoe\u0308 Nguyen';
    expect(greetingOptions({ honorific: '', name: decomposed })).toEqual(['Zoë', 'Zoë Nguyen']);
  });

  it('offers every honorific it lists in its honorific form', () => {
    for (const h of HONORIFICS)
      expect(greetingOptions({ honorific: h, name: 'Ada Obi' })[0]).toBe(`${h} Obi`);
  });
});

describe('givenName and familyName', () => {
  it.each([
    ['Dana Nguyen', 'Dana', 'Nguyen'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['María José de la Cruz', 'María', 'de la Cruz'],
    ['Madonna', 'Madonna', ''],
    ['', '', ''],
  ])('splits %j into %j and %j', (name, given, family) => {
    expect(givenName(name)).toBe(given);
    expect(familyName(name)).toBe(family);
  });
});

describe('defaultGreeting', () => {
  it.each([
    ['uses the honorific form when one is recorded', 'Ms.', 'Dana Nguyen', 'Ms. Nguyen'],
    ['uses the given name otherwise', '', 'Dana Nguyen', 'Dana'],
    ['is empty without a name', 'Dr.', '', ''],
  ])('%s', (_name, honorific, name, expected) => {
    expect(defaultGreeting({ honorific, name })).toBe(expected);
  });
});
