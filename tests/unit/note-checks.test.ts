import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/model/model';
import {
  findNearDuplicate,
  looksLikeWorkEmail,
  missingChannels,
  similarity,
} from '../../src/features/notes/note-checks';

const profile = (p: Partial<Profile>): Profile => ({
  name: 'Sam Lee',
  homePhone: '',
  cellPhone: '',
  email: '',
  postalAddress: '',
  ...p,
});

describe('missingChannels', () => {
  it.each([
    ['all four when nothing is filled in', {}, ['home phone', 'cell phone', 'email', 'postal address']],
    [
      'none when all are filled in',
      { homePhone: '1', cellPhone: '2', email: 'a@b.co', postalAddress: 'x' },
      [],
    ],
    [
      'blank fields count as missing',
      { homePhone: '  ', cellPhone: '2', email: '\n', postalAddress: 'x' },
      ['home phone', 'email'],
    ],
    ['in the fixed order', { email: 'a@b.co' }, ['home phone', 'cell phone', 'postal address']],
  ])('%s', (_name, fields, missing) => {
    expect(missingChannels(profile(fields))).toEqual(missing);
  });
});

describe('looksLikeWorkEmail', () => {
  it.each([
    ['an employer domain', 'sam@acme-corp.com', true],
    ['a university', 'sam.lee@cs.example.edu', true],
    ['a lookalike of a provider', 'sam@gmail.co', true],
    ['a domain that only starts like a provider', 'sam@yahooligans.com', true],
    ['a company whose name contains a provider', 'sam@outlook-partners.com', true],
    ['a company domain abroad', 'dana.reyes@siemens.de', true],
    ['an empty address', '', false],
    ['an implausible address', 'sam at acme.com', false],
  ])('%s', (_name, email, work) => {
    expect(looksLikeWorkEmail(email)).toBe(work);
  });

  // Addresses people really give on a CV, chosen from the reader's side, not read off the source's list: the
  // check must know the big personal providers, and their country domains, without each one being listed.
  it.each([
    ['a Gmail address', 'dana.reyes1987@gmail.com'],
    ['an Outlook address', 'd.reyes@outlook.com'],
    ['an old Hotmail address', 'danareyes@hotmail.com'],
    ['an iCloud address', 'dana@icloud.com'],
    ['a Yahoo address in the UK', 'reyes.d@yahoo.co.uk'],
    ['a Yahoo address in Spain', 'dreyes@yahoo.es'],
    ['a GMX address in Austria', 'dana.reyes@gmx.at'],
    ['a Yandex address in Kazakhstan', 'reyes@yandex.kz'],
    ['a Proton address', 'dana.reyes@proton.me'],
    ['an AOL address', 'dreyes55@aol.com'],
    ['a reserved example domain', 'sam@example.org'],
    ['a reserved test domain', 'sam@shop.test'],
  ])('is false for %s', (_name, email) => {
    expect(looksLikeWorkEmail(email)).toBe(false);
  });

  it('ignores the case of the domain and surrounding space', () => {
    expect(looksLikeWorkEmail('  Sam@GMail.COM ')).toBe(false);
  });
});

const NOTE = (name: string) => `Dear ${name},

Thank you for taking the time to meet with me on Tuesday to talk about the Operations Analyst role at
Acme. I especially enjoyed our conversation about the new warehouse scheduling system and how the team
plans to roll it out across the three regional sites next spring.

Our discussion confirmed my interest in the role. My experience running inventory audits, my work with
scheduling tools and my habit of documenting every process would let me contribute from the first week.

Please let me know if I can provide anything else. I look forward to hearing from you.`;

describe('similarity', () => {
  it.each([
    ['identical texts', 'we talked about the new system', 'we talked about the new system', 1],
    [
      'texts differing only in case and punctuation',
      'We talked -- about the NEW system!',
      'we talked about the new, system',
      1,
    ],
    ['apostrophes are removed, not split on', "don't stop now", 'dont stop now', 1],
    ['texts with no 3-gram in common', 'one two three four', 'five six seven eight', 0],
    ['half of the 3-grams shared', 'a b c d', 'a b c e', 1 / 3],
    ['short texts by word sets', 'hello there', 'there hello', 1],
    ['a short text against a long one by word sets', 'one two', 'one two three four', 0.5],
    ['two empty texts are identical', '', '...', 1],
    ['an empty text against a non-empty one', '', 'hello', 0],
  ])('%s', (_name, a, b, expected) => {
    expect(similarity(a, b)).toBeCloseTo(expected, 10);
    expect(similarity(b, a)).toBeCloseTo(expected, 10);
  });

  it('rates two notes identical but for the greeting name as near duplicates', () => {
    expect(similarity(NOTE('Ms. Okafor'), NOTE('Mr. Nguyen'))).toBeGreaterThanOrEqual(0.85);
    expect(similarity(NOTE('Katherine'), NOTE('John'))).toBeGreaterThanOrEqual(0.85);
  });

  it('rates two notes written apart as different', () => {
    const other = `Dear John,

Thanks for showing me around the plant yesterday. Seeing the packing line up close made the role much
clearer, and I would be glad to help cut changeover time as we discussed.`;
    expect(similarity(NOTE('Ms. Okafor'), other)).toBeLessThan(0.2);
  });
});

describe('findNearDuplicate', () => {
  const others = [
    { label: 'Note to John Park', body: 'Something else entirely, written for John about the plant tour.' },
    { label: 'Note to Mr. Nguyen', body: NOTE('Mr. Nguyen') },
    { label: 'Note to Katherine', body: NOTE('Katherine') },
  ];

  it.each([
    ['the label of the first near duplicate', NOTE('Ms. Okafor'), others, 'Note to Mr. Nguyen'],
    ['nothing when no note is alike', 'A short, different note.', others, undefined],
    ['nothing when there are no other notes', NOTE('Ms. Okafor'), [], undefined],
    ['nothing for an empty note', '', [{ label: 'Empty', body: '' }], undefined],
    ['empty other notes are skipped', 'Thanks.', [{ label: 'Empty', body: ' ' }], undefined],
  ])('%s', (_name, body, list, label) => {
    expect(findNearDuplicate(body, list)).toBe(label);
  });

  it.each([
    ['counts a similarity equal to the threshold', 0.5, 'B'],
    ['not one below it', 0.51, undefined],
  ])('%s', (_name, threshold, label) => {
    const list = [{ label: 'B', body: 'one two three four' }];
    expect(findNearDuplicate('one two', list, threshold)).toBe(label);
  });
});
