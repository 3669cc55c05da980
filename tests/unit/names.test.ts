import { describe, expect, it } from 'vitest';
import {
  type NamedPerson,
  greetingAfterParts,
  greetingFor,
  greetingOptions,
  nameParts,
  shouldAskParts,
  titledName,
} from '../../src/core/names';
import { HONORIFICS, HONORIFIC_WORDS } from '../../src/core/words';
import { nameKey } from '../../src/core/people';
import { checkGreeting } from '../../src/features/notes/name-check';
import { parseContact } from '../../src/features/checklist/contact-parse';
import { nameSplits, saidSplit, splitLabel } from '../../src/core/name-splits';

const p = (name: string, honorific = '', givenName = '', familyName = ''): NamedPerson => ({
  honorific,
  name,
  givenName,
  familyName,
});

describe('nameParts', () => {
  it.each([
    ['reads two words as given + family', p('Dana Nguyen'), ['Dana', 'Nguyen', true]],
    ['reads one word as a given name', p('Madonna'), ['Madonna', '', true]],
    ['keeps "van" with the family name', p('Ludwig van Beethoven'), ['Ludwig', 'van Beethoven', true]],
    ['keeps "de la" with the family name', p('María José de la Cruz'), ['María José', 'de la Cruz', true]],
    ['does not guess a compound given name', p('María José García-López'), ['', '', false]],
    ['does not guess two family names', p('Ana María García López'), ['', '', false]],
    ['does not guess a family-name-first order', p('Nguyen Van An'), ['', '', false]],
    ['treats a capitalised "Van" as a name', p('Van Morrison'), ['Van', 'Morrison', true]],
    [
      'uses a compound given name said',
      p('María José García-López', '', 'María José', 'García-López'),
      ['María José', 'García-López', true],
    ],
    [
      'uses two family names said',
      p('Ana María García López', '', 'Ana María', 'García López'),
      ['Ana María', 'García López', true],
    ],
    [
      'uses a family-name-first order said',
      p('Nguyen Van An', '', 'An', 'Nguyen Van'),
      ['An', 'Nguyen Van', true],
    ],
    ['uses a single name said', p('Sukarno Putra', '', 'Sukarno Putra', ''), ['Sukarno Putra', '', true]],
    ['overrides the word-by-word reading', p('Dana Nguyen', '', 'Nguyen', 'Dana'), ['Nguyen', 'Dana', true]],
    [
      'ignores parts that no longer fit an edited name',
      p('María José García', '', 'María José', 'García-López'),
      ['', '', false],
    ],
    [
      'tidies spaces in the parts said',
      p('María José  García-López', '', ' María  José', 'García-López '),
      ['María José', 'García-López', true],
    ],
    ['is empty without a name', p(''), ['', '', false]],
  ])('%s', (_name, person, [given, family, known]) => {
    expect(nameParts(person)).toEqual({ given, family, known });
  });
});

describe('titledName', () => {
  it('puts the honorific in front of the name as a label shows it, and nothing extra without one', () => {
    expect(titledName('Dr.', 'Samuel Bello')).toBe('Dr. Samuel Bello');
    expect(titledName(' Ms. ', ' Katherine Park ')).toBe('Ms. Katherine Park');
    expect(titledName('', 'Dana Nguyen')).toBe('Dana Nguyen');
    expect(titledName(undefined, 'Dana Nguyen')).toBe('Dana Nguyen');
    expect(titledName('Mx.', '')).toBe('Mx.');
    expect(titledName('', '')).toBe('');
  });
});

describe('greetingOptions', () => {
  it.each([
    ['offers the honorific form first', p('Dana Nguyen', 'Ms.'), ['Ms. Nguyen', 'Dana', 'Dana Nguyen']],
    ['offers the given and full name without an honorific', p('Dana Nguyen'), ['Dana', 'Dana Nguyen']],
    [
      'keeps particles with the family name',
      p('Ludwig van Beethoven', 'Mr.'),
      ['Mr. van Beethoven', 'Ludwig', 'Ludwig van Beethoven'],
    ],
    ['never shortens an unsplit compound name', p('María José García-López'), ['María José García-López']],
    [
      'puts the honorific before an unsplit name',
      p('María José García-López', 'Dr.'),
      ['Dr. María José García-López', 'María José García-López'],
    ],
    [
      'offers the given name said',
      p('María José García-López', 'Dr.', 'María José', 'García-López'),
      ['Dr. García-López', 'María José', 'María José García-López'],
    ],
    [
      'greets family-name-first as said',
      p('Nguyen Van An', 'Mr.', 'An', 'Nguyen Van'),
      ['Mr. Nguyen Van', 'An', 'Nguyen Van An'],
    ],
    ['offers a single name once, without an honorific form', p('Madonna', 'Ms.'), ['Madonna']],
    [
      'keeps accents as recorded',
      p('Zoë Łukasiewicz', 'Prof.'),
      ['Prof. Łukasiewicz', 'Zoë', 'Zoë Łukasiewicz'],
    ],
    ['composes a decomposed accent', p('Zoe\u0308 Nguyen'), ['Zoë', 'Zoë Nguyen']],
    ['ignores an honorific of spaces only', p('Dana Nguyen', '  '), ['Dana', 'Dana Nguyen']],
    ['offers nothing without a name', p('   ', 'Ms.'), []],
  ])('%s', (_name, person, expected) => {
    expect(greetingOptions(person)).toEqual(expected);
  });

  it('reads a person without stored parts (an older record) word by word', () => {
    expect(greetingOptions({ honorific: 'Dr.', name: 'Ada Bello' })).toEqual([
      'Dr. Bello',
      'Ada',
      'Ada Bello',
    ]);
  });

  it('offers every honorific it lists in its honorific form', () => {
    for (const h of HONORIFICS) expect(greetingOptions(p('Ada Bello', h))[0]).toBe(`${h} Bello`);
  });
});

describe('greetingFor', () => {
  it.each([
    ['formal with an honorific: "Dr. Bello"', p('Ada Bello', 'Dr.'), 'formal', 'Dr. Bello'],
    [
      'formal without an honorific: the full name',
      p('María José García-López'),
      'formal',
      'María José García-López',
    ],
    ['formal, two words, no honorific: the full name', p('Dana Nguyen'), 'formal', 'Dana Nguyen'],
    ['warm: the given name', p('Dana Nguyen', 'Ms.'), 'warm', 'Dana'],
    [
      'warm with a compound given name said',
      p('María José García-López', '', 'María José', 'García-López'),
      'warm',
      'María José',
    ],
    [
      'warm, nothing said of a long name: the full name, not a guess',
      p('María José García-López'),
      'warm',
      'María José García-López',
    ],
    ['warm, family name first said', p('Nguyen Van An', '', 'An', 'Nguyen Van'), 'warm', 'An'],
    [
      'formal, family name first said',
      p('Nguyen Van An', 'Mr.', 'An', 'Nguyen Van'),
      'formal',
      'Mr. Nguyen Van',
    ],
    ['a single name either way', p('Madonna', 'Ms.'), 'formal', 'Madonna'],
    ['empty without a name', p('', 'Dr.'), 'warm', ''],
  ] as const)('%s', (_name, person, tone, expected) => {
    expect(greetingFor(person, tone)).toBe(expected);
  });
});

describe('asking which words are the given name', () => {
  it.each([
    [p('María José García-López'), true],
    [p('Nguyen Van An'), true],
    [p('Nguyen Van An', '', 'An', 'Nguyen Van'), false],
    [p('Dana Nguyen'), false],
    [p('Ludwig van Beethoven'), false],
    [p('Madonna'), false],
  ])('asks for %j: %s', (person, ask) => {
    expect(shouldAskParts(person)).toBe(ask);
  });

  it('lists every split of the words, given name first, then family name first, then one name', () => {
    expect(nameSplits('Nguyen Van An').map(splitLabel)).toEqual([
      'Nguyen · family name Van An',
      'Nguyen Van · family name An',
      'Van An · family name Nguyen',
      'An · family name Nguyen Van',
      'Nguyen Van An · one name, no family name',
    ]);
    expect(nameSplits('  ')).toEqual([]);
  });

  it('reads back every split offered as said, and which one it was', () => {
    nameSplits('María José García-López').forEach((s, i) => {
      const said = p('María José García-López', '', s.given, s.family);
      expect(nameParts(said)).toEqual({ ...s, known: true });
      expect(saidSplit(said)).toBe(i);
    });
  });

  it('says nothing was said when the parts are empty or no longer fit the name', () => {
    expect(saidSplit(p('Dana Nguyen'))).toBe(-1);
    expect(saidSplit(p('Dana Nguyen-Park', '', 'Dana', 'Nguyen'))).toBe(-1);
  });
});

describe('greetingAfterParts', () => {
  it.each([
    [
      'follows the parts from an honorific form of the whole name',
      p('María José García-López', 'Dr.', 'María José', 'García-López'),
      'Dr. María José García-López',
      'Dr. García-López',
    ],
    [
      'follows a reading picked on the way, as arrow keys in a list pick them',
      p('María José García-López', 'Dr.', 'María José', 'García-López'),
      'Dr. José García-López',
      'Dr. García-López',
    ],
    ['follows a given name read wrongly', p('Nguyen An', '', 'An', 'Nguyen'), 'Nguyen', 'Nguyen An'],
    [
      'keeps a greeting still offered',
      p('María José García-López', '', 'María José', 'García-López'),
      'María José García-López',
      undefined,
    ],
    [
      'keeps a typed greeting',
      p('María José García-López', '', 'María José', 'García-López'),
      'Pepa',
      undefined,
    ],
    [
      'keeps the greeting when nothing was said',
      p('María José García-López', 'Dr.'),
      'Dr. María José García-López',
      undefined,
    ],
  ])('%s', (_name, person, greeting, expected) => {
    expect(greetingAfterParts(person, greeting)).toBe(expected);
  });
});

describe('one list of titles, read the same way everywhere', () => {
  const titles = HONORIFIC_WORDS.split('|');

  it('holds the offered titles and Mrs and Miss', () => {
    expect(titles).toEqual(expect.arrayContaining(['dr', 'prof', 'mx', 'ms', 'mr', 'mrs', 'miss']));
    for (const h of HONORIFICS) expect(titles).toContain(h.slice(0, -1).toLowerCase());
  });

  it.each(titles)(
    '%s: dropped when comparing names, in a greeting checked, and read from a signature',
    (word) => {
      const title = `${word[0]!.toUpperCase()}${word.slice(1)}`;
      expect(nameKey(`${title} Ada Bello`)).toBe('ada bello');
      expect(checkGreeting(`${title} Bello`, 'Ada Bello')).toEqual({ ok: true });
      expect(parseContact(`${title}. Ada Bello`)).toMatchObject({ name: 'Ada Bello' });
    },
  );
});
