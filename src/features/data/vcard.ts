/**
 * The user's contact card: a vCard 4.0 file (RFC 6350) and a plain-text email signature, built from the
 * profile. Pure: no window, no DOM; loaded on demand by "Your data".
 */
import { cleanText, contentLines, escapeText, oneLine } from './content-line';
import { fileSlug } from '../../core/words';
import { type Profile, missingChannels } from '../../core/model/model';
import { contactBlock } from '../../core/contact-block';

/** A contact card ready to save, or why there is none yet. */
export type ContactCard =
  | {
      ok: true;
      /** The .vcf text, CRLF line ends, folded at 75 octets. */
      vcard: string;
      /** A file name a person recognises, e.g. `dana-reyes-contact.vcf`. */
      fileName: string;
      /** The name, then the filled contact lines: cell, home, email, postal address. */
      signature: string;
      /** The channels missing from the profile, e.g. `['home phone']`. */
      missing: string[];
    }
  | { ok: false; message: string };

/** The family name (the last word) and the given names (the rest) of a full name as typed. */
export function nameParts(name: string): { family: string; given: string } {
  const given = oneLine(name).split(' ').filter(Boolean);
  const family = given.length > 1 ? given.pop() : undefined;
  return { family: family ?? '', given: given.join(' ') };
}

/** The lines of a postal address, trimmed, without blank ones. */
const addressLines = (address: string) =>
  cleanText(address)
    .split('\n')
    .map((line) => oneLine(line))
    .filter(Boolean);

/**
 * The vCard 4.0 text of a profile: FN, N, TEL (home and cell), EMAIL and ADR, each only when filled, and the
 * card's stable `uid` (`urn:uuid:…`, from the stored document's `cardUid`) when given.
 * Values are escaped (backslash, comma, semicolon, line breaks), single-line fields stay on one line, and
 * control characters are removed, so no text can start a property of its own.
 */
export function vcardText(profile: Profile, uid = ''): string {
  const name = oneLine(profile.name);
  const { family, given } = nameParts(name);
  const home = oneLine(profile.homePhone);
  const cell = oneLine(profile.cellPhone);
  const email = oneLine(profile.email);
  const address = addressLines(profile.postalAddress);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'PRODID:-//Follow-Up Kit//Contact card//EN',
    'KIND:individual',
    // The same UID in every card made from this profile, so an address book updates the card it has.
    ...(uid ? [`UID:${uid.replace(/[^\x21-\x7e]/g, '')}`] : []),
    `FN:${escapeText(name, false)}`,
    `N:${escapeText(family)};${escapeText(given)};;;`,
  ];
  if (home) lines.push(`TEL;VALUE=text;TYPE=home:${escapeText(home, false)}`);
  if (cell) lines.push(`TEL;VALUE=text;TYPE=cell:${escapeText(cell, false)}`);
  if (email) lines.push(`EMAIL;TYPE=home:${escapeText(email, false)}`);
  // The address as typed, all of it in the street part: splitting it into town and postcode would be a guess.
  if (address.length) lines.push(`ADR;TYPE=home:;;${escapeText(address.join('\n'))};;;;`);
  lines.push('END:VCARD');
  return contentLines(lines);
}

/** The signature to paste under an email: the name, then the same contact lines as the notes. */
export function signatureText(profile: Profile): string {
  return cleanText([oneLine(profile.name), contactBlock(profile)].filter(Boolean).join('\n'));
}

/** The contact card of a profile (with its stable `uid`), or a clear message when it has no name or no way to reach the user. */
export function contactCard(profile: Profile, uid = ''): ContactCard {
  const name = oneLine(profile.name);
  const missing = missingChannels(profile);
  const channels = [profile.homePhone, profile.cellPhone, profile.email, profile.postalAddress];
  const noChannel = !channels.some((value) => oneLine(value));
  if (!name && noChannel)
    return {
      ok: false,
      message:
        'Your details are empty. Fill in your name and at least one way to reach you above, then make the card.',
    };
  if (!name) return { ok: false, message: 'Add your name above: a contact card needs it.' };
  if (noChannel)
    return {
      ok: false,
      message: 'Add at least one way to reach you above: a phone number, an email or a postal address.',
    };
  const slug = fileSlug(name);
  return {
    ok: true,
    vcard: vcardText(profile, uid),
    fileName: slug ? `${slug}-contact.vcf` : 'contact-card.vcf',
    signature: signatureText(profile),
    missing,
  };
}
