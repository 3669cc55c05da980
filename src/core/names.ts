/**
 * Names as people use them: the given and family name of someone met, and how to greet them. What the user
 * said (the stored `givenName` and `familyName`) wins; otherwise the name is read word by word, and a name
 * that could be split more than one way is never shortened by a guess ("María José García-López" stays whole).
 */

/** What names.ts reads of a person or a reference (a reference has no honorific: ''). */
export interface NamedPerson {
  honorific: string;
  name: string;
  /** The words the user said are the given name, or '' while they have not said. */
  givenName?: string;
  familyName?: string;
}

/** A name's two parts; `known` is false when nothing was said and the words allow more than one reading. */
export interface NameParts {
  given: string;
  family: string;
  known: boolean;
}

/** Lower-case words that belong to the family name that follows: "van Beethoven", "de la Cruz". */
const PARTICLES = new Set('van von der den de del della di da du dos das la le bin al el ter ten'.split(' '));

/** The words of a name, accents composed and spaces tidied. */
export function nameWords(name: string): string[] {
  return name.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
}

const joined = (words: readonly string[]) => words.join(' ');

/** Whether the stored parts still fit the name (a name edited since makes them stale). */
function fits(words: readonly string[], given: string[], family: string[]): boolean {
  const all = [...given, ...family];
  if (all.length === 0 || all.length !== words.length) return false;
  const w = joined(words);
  return w === joined([...given, ...family]) || w === joined([...family, ...given]);
}

/**
 * The given and family name: as the user said when the stored parts fit the name, else read: one word is a
 * given name, two are given + family, particles start the family name ("Ludwig" + "van Beethoven"); any other
 * name of three or more words is not split (`known: false`, both parts empty).
 */
export function nameParts(person: NamedPerson): NameParts {
  const words = nameWords(person.name);
  const given = nameWords(person.givenName ?? '');
  const family = nameWords(person.familyName ?? '');
  if (fits(words, given, family)) return { given: joined(given), family: joined(family), known: true };
  if (words.length <= 2) return { given: words[0] ?? '', family: words[1] ?? '', known: words.length > 0 };
  const particle = words.findIndex((w, i) => i > 0 && PARTICLES.has(w));
  if (particle > 0 && particle < words.length - 1)
    return { given: joined(words.slice(0, particle)), family: joined(words.slice(particle)), known: true };
  return { given: '', family: '', known: false };
}

/** The given name, or '' when it cannot be told without asking. */
export const givenName = (person: NamedPerson): string => nameParts(person).given;

/** The family name, or '' for a single name or one that cannot be told without asking. */
export const familyName = (person: NamedPerson): string => nameParts(person).family;

/** A name with its honorific in front, as a label shows it: "Dr. Samuel Bello"; the name alone without one. */
export const titledName = (honorific: string | undefined, name: string): string =>
  [honorific?.trim(), name.trim()].filter(Boolean).join(' ');

/** The full name as recorded, tidied: "María José García-López". */
export const fullName = (person: NamedPerson): string => joined(nameWords(person.name));

/** "Dr. Bello"; with a name that cannot be split, the honorific and the full name; '' without an honorific. */
function honorificForm(person: NamedPerson, parts: NameParts): string {
  const honorific = person.honorific.trim();
  if (!honorific || (parts.known && !parts.family)) return '';
  return `${honorific} ${parts.known ? parts.family : fullName(person)}`;
}

/**
 * The greeting names that fit a person, most formal first, each once: "Dr. Bello", "Ada", "Ada Bello".
 * A name that cannot be split offers the full name (with the honorific when there is one), never a guess.
 */
export function greetingOptions(person: NamedPerson): string[] {
  const full = fullName(person);
  if (!full) return [];
  const parts = nameParts(person);
  return [...new Set([honorificForm(person, parts), parts.given, full].filter(Boolean))];
}

/**
 * The greeting a note starts with: formal, the honorific form ("Dr. Bello") or else the full name; warm,
 * the given name, or the full name when it cannot be told.
 */
export function greetingFor(person: NamedPerson, tone: 'formal' | 'warm'): string {
  const parts = nameParts(person);
  return tone === 'warm' ? parts.given || fullName(person) : honorificForm(person, parts) || fullName(person);
}

/** Whether the user should be asked which words are the given name (nothing said, more than one reading). */
export const shouldAskParts = (person: NamedPerson): boolean =>
  !nameParts(person).known && nameWords(person.name).length > 2;

/** Whether a greeting is a form the builder offers under some reading of the name ("Dr. José García-López"). */
function readingOf(person: NamedPerson, greeting: string): boolean {
  const honorific = person.honorific.trim();
  const g = nameWords(greeting).join(' ');
  const w = honorific && g.startsWith(`${honorific} `) ? g.slice(honorific.length + 1) : g;
  const full = fullName(person);
  return !!w && (w === full || full.startsWith(`${w} `) || full.endsWith(` ${w}`));
}

/**
 * The greeting a note switches to once the name's parts are said: when its greeting was one the builder
 * offered for another reading of the name ("Dr. María José García-López"), the formal form now
 * ("Dr. García-López"); a greeting still offered, or typed, stays (undefined).
 */
export function greetingAfterParts(person: NamedPerson, greeting: string): string | undefined {
  return readingOf(person, greeting) && !greetingOptions(person).includes(greeting)
    ? greetingFor(person, 'formal')
    : undefined;
}
