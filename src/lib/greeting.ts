/** How to address someone: the forms people use, worked out from the name and honorific recorded. */

/** Lower-case words that belong to the family name that follows: "van Beethoven", "de la Cruz". */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'la',
  'le',
  'bin',
  'al',
  'el',
  'ter',
  'ten',
]);

function words(name: string): string[] {
  return name.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
}

/** The given name: the first word ("Dana" of "Dana Nguyen"). */
export function givenName(name: string): string {
  return words(name)[0] ?? '';
}

/** The family name: the last word with the particles before it ("de la Cruz" of "María José de la Cruz"). */
export function familyName(name: string): string {
  const w = words(name);
  if (w.length < 2) return '';
  let start = w.length - 1;
  while (start > 1 && PARTICLES.has(w[start - 1]!)) start--;
  return w.slice(start).join(' ');
}

export { HONORIFICS } from './model';

/**
 * The greeting names that fit a person, most formal first, each once: "Ms. Nguyen" (with an honorific
 * recorded), "Dana", "Dana Nguyen". Empty when no name is recorded.
 */
export function greetingOptions(person: { honorific: string; name: string }): string[] {
  const full = words(person.name).join(' ');
  if (!full) return [];
  const family = familyName(full);
  const honorific = person.honorific.trim();
  const options = [honorific && family ? `${honorific} ${family}` : '', givenName(full), full];
  return [...new Set(options.filter(Boolean))];
}

/** The greeting a new note starts with: the honorific form when there is one, else the given name. */
export function defaultGreeting(person: { honorific: string; name: string }): string {
  return greetingOptions(person)[0] ?? '';
}
