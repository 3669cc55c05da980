import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/model/model';
import { contactCard, nameParts, signatureText, vcardText } from '../../src/features/data/vcard';
import { HOSTILE, currentDoc } from '../fixtures/stored';

const profile = currentDoc.profile;
const empty: Profile = { name: '', homePhone: '', cellPhone: '', email: '', postalAddress: '' };

/** Parses a vCard with ical.js and returns its properties as [name, type parameter, value]. */
function parsed(text: string) {
  const card = new ICAL.Component(ICAL.parse(text));
  expect(card.name).toBe('vcard');
  return card
    .getAllProperties()
    .map((p) => [p.name, p.getParameter('type') ?? '', p.getValues()] as [string, unknown, unknown[]]);
}
const value = (text: string, name: string, type?: string) =>
  parsed(text).find(([n, t]) => n === name && (type === undefined || String(t) === type))?.[2];

describe('vcardText', () => {
  it('holds the name, both phones typed home and cell, the email and the address, in vCard 4.0', () => {
    const text = vcardText({ ...profile, postalAddress: '12 Elm Street\nApt 4\nRiverton, NJ 08077' });
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(value(text, 'fn')).toEqual(['Dana Reyes']);
    expect(value(text, 'n')).toEqual([['Reyes', 'Dana', '', '', '']]);
    expect(value(text, 'tel', 'home')).toEqual(['(555) 010-2000']);
    expect(value(text, 'tel', 'cell')).toEqual(['(555) 010-3000']);
    expect(value(text, 'email')).toEqual(['dana.reyes@example.com']);
    expect(value(text, 'adr')).toEqual([
      ['', '', '12 Elm Street\nApt 4\nRiverton, NJ 08077', '', '', '', ''],
    ]);
  });

  it('leaves out the channels that are not filled', () => {
    const text = vcardText({ ...empty, name: 'Dana Reyes', email: 'dana@example.com' });
    expect(parsed(text).map(([n]) => n)).toEqual(['version', 'prodid', 'kind', 'fn', 'n', 'email']);
  });

  it.each([
    ['an apostrophe', "Siobhán O'Connor-Ní Bhriain"],
    ['accents', 'José Ñúñez Pérez'],
    ['commas and semicolons', 'Reyes, Dana; PhD'],
    ['a backslash', 'Dana \\n Reyes'],
    ['emoji', 'Dana 🌻 Reyes 👩🏽‍💻'],
    ['hostile markup and SQL', HOSTILE],
  ])('keeps a name with %s intact', (_case, name) => {
    const text = vcardText({ ...profile, name });
    expect(value(text, 'fn')).toEqual([name]);
    const { family, given } = nameParts(name);
    expect(value(text, 'n')).toEqual([[family, given, '', '', '']]);
    expect(parsed(text)).toHaveLength(9);
  });

  it('keeps a long address with emoji over several lines, folded at 75 octets without splitting a character', () => {
    const postalAddress = `Résidence les Tilleuls 🏡, bâtiment C; escalier 4\n${'Chemin de la Côte-d’Azur '.repeat(4)}\n06000 Nice`;
    const text = vcardText({ ...profile, postalAddress });
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(value(text, 'adr')).toEqual([
      ['', '', postalAddress.replace(/ +\n/g, '\n').trim(), '', '', '', ''],
    ]);
  });

  it('keeps a value with CRLF and a property after it as text: no extra property line', () => {
    const text = vcardText({
      name: 'Dana\r\nEMAIL:evil@example.com',
      homePhone: '555\r\nEND:VCARD\r\nBEGIN:VCARD',
      cellPhone: HOSTILE,
      email: 'dana@example.com\nTEL:666',
      postalAddress: 'Line 1\r\nEMAIL:evil@example.com\r\nLine 3',
    });
    const properties = parsed(text);
    expect(properties.map(([n]) => n)).toEqual([
      'version',
      'prodid',
      'kind',
      'fn',
      'n',
      'tel',
      'tel',
      'email',
      'adr',
    ]);
    expect(value(text, 'fn')).toEqual(['Dana EMAIL:evil@example.com']);
    expect(value(text, 'email')).toEqual(['dana@example.com TEL:666']);
    expect(value(text, 'tel', 'cell')).toEqual([HOSTILE]);
    expect(value(text, 'adr')).toEqual([['', '', 'Line 1\nEMAIL:evil@example.com\nLine 3', '', '', '', '']]);
    expect(text.match(/^BEGIN:VCARD/gm)).toHaveLength(1);
  });

  it('removes control characters', () => {
    const text = vcardText({ ...profile, name: 'Da\u0000na\u0007 Re\u001byes\u007f\u0085' });
    expect(value(text, 'fn')).toEqual(['Dana Reyes']);
    // eslint-disable-next-line no-control-regex
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

describe('contactCard', () => {
  it.each([
    ['an empty profile', empty, 'Your details are empty'],
    [
      'only spaces and control characters',
      { ...empty, name: ' \u0000 ', email: '\r\n' },
      'Your details are empty',
    ],
    ['no name', { ...profile, name: '' }, 'Add your name'],
    ['a name and no way to reach the user', { ...empty, name: 'Dana Reyes' }, 'Add at least one way'],
  ])('gives a clear message, not an empty file, for %s', (_case, p, message) => {
    const card = contactCard(p);
    expect(card.ok).toBe(false);
    expect(!card.ok && card.message).toContain(message);
  });

  it('names the file after the person and lists what is missing', () => {
    const card = contactCard({ ...profile, name: 'José Ñúñez', homePhone: '' });
    expect(card).toMatchObject({ ok: true, fileName: 'jose-nunez-contact.vcf', missing: ['home phone'] });
  });

  it('falls back to a plain file name for a name without letters a file name can hold', () => {
    expect(contactCard({ ...profile, name: '张伟' })).toMatchObject({ fileName: 'contact-card.vcf' });
  });
});

describe('signatureText', () => {
  it('puts the name above the contact lines of the notes', () => {
    expect(signatureText(profile)).toBe(
      'Dana Reyes\nCell: (555) 010-3000\nHome: (555) 010-2000\ndana.reyes@example.com\n12 Elm Street, Riverton',
    );
  });

  it('keeps hostile text as text, without control characters', () => {
    expect(signatureText({ ...empty, name: `${HOSTILE}\u0000`, email: HOSTILE })).toBe(
      `${HOSTILE}\n${HOSTILE}`,
    );
  });
});

describe('the card’s UID', () => {
  const uid = 'urn:uuid:0b5e5d7c-2f61-4f9a-9c57-7d2a8a3c4e10';
  it('is the same in every card made from the profile, as its details change', () => {
    const first = contactCard(profile, uid);
    const later = contactCard({ ...profile, email: 'dana@new.example.com' }, uid);
    const uidOf = (c: typeof first) => (c.ok ? c.vcard.match(/^UID:(.*)$/m)?.[1]?.trim() : undefined);
    expect(uidOf(first)).toBe(uid);
    expect(uidOf(later)).toBe(uid);
  });

  it('is left out until there is one', () => {
    expect(vcardText(profile)).not.toMatch(/^UID:/m);
  });
});
