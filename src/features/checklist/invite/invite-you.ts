/**
 * The user's own name as an invite gives it, to sign their notes: the name on their attendee line, or their
 * address ("alex.kim@…") when the invite's greeting agrees ("Hi Alex,"). Empty when unsure. Pure.
 */
import { cleanText, readName } from './invite-words';

/** How the invite names the user: their attendee's name as written (may be an address) and their address. */
export interface InviteYou {
  name: string;
  email: string;
}

// One to four words of letters (with the marks, apostrophes, hyphens and dots names have), nothing else.
const NAME_WORD = String.raw`\p{L}[\p{L}\p{M}'’.-]*`;
const A_NAME = new RegExp(String.raw`^${NAME_WORD}(?: ${NAME_WORD}){0,3}$`, 'u');
// "alex.kim", "alex_kim", "mary-jane.smith": two words of letters only ("alex123", "akim" say nothing sure).
const FIRST_LAST = /^(\p{L}{2,}(?:-\p{L}{2,})?)[._](\p{L}{2,}(?:-\p{L}{2,})?)$/u;
const GREETING =
  /^[\s>]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))[ \t]+(\p{L}[\p{L}\p{M}'’-]*)/imu;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** "alex" and "ALEX" as "Alex"; a name already in mixed case ("McKay", "de Vries") stays as written. */
const capital = (word: string) =>
  word === word.toLowerCase() || word === word.toUpperCase()
    ? word.toLowerCase().replace(/(^|-)(\p{L})/gu, (_, dash: string, l: string) => dash + l.toUpperCase())
    : word;

/** Whether text reads as a person's name: letters in one to four words, no digits, markup or address. */
export const isPersonName = (text: string): boolean => text.length <= 80 && A_NAME.test(text);

/** The first name an invite's text greets ("Hi Alex," → "Alex"), or empty. */
export function greeted(text: string): string {
  return GREETING.exec(cleanText(text))?.[1] ?? '';
}

/**
 * The user's name as the invite gives it: the attendee's name when it reads as one ("Reyes, Dana" → "Dana
 * Reyes"), else their address's "first.last" when the greeting in `text` names that first name; else empty.
 */
export function yourNameFrom(you: InviteYou | undefined, text: string): string {
  if (!you) return '';
  const written = readName(you.name).name;
  if (isPersonName(written)) return written.split(' ').map(capital).join(' ');
  const parts = FIRST_LAST.exec(you.email.split('@')[0] ?? '');
  const hi = greeted(text);
  if (!parts || !hi || fold(hi) !== fold(parts[1] ?? '')) return '';
  // The greeting spells the first name with its accents ("José"), which an address cannot.
  return `${capital(hi)} ${capital(parts[2] ?? '')}`;
}
