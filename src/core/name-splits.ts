/**
 * The ways the words of a name can be split into a given and a family name, for the user to say which is
 * right. Apart from names.ts because only the choice itself needs it, and that loads when shown.
 */
import { type NamedPerson, nameWords } from './names';

/** A given name and a family name ('' for a single name). */
export interface Split {
  given: string;
  family: string;
}

const joined = (words: readonly string[]) => words.join(' ');

/**
 * Every split of a name's words: given name first ("María José" + "García-López"), then family name first
 * ("An" + "Nguyen Van"), then the whole name as one given name.
 */
export function nameSplits(name: string): Split[] {
  const words = nameWords(name);
  const splits: Split[] = [];
  for (let k = 1; k < words.length; k++)
    splits.push({ given: joined(words.slice(0, k)), family: joined(words.slice(k)) });
  for (let k = 1; k < words.length; k++)
    splits.push({ given: joined(words.slice(k)), family: joined(words.slice(0, k)) });
  if (words.length) splits.push({ given: joined(words), family: '' });
  return splits;
}

/** A split in words, for a choice: "María José · family name García-López". */
export function splitLabel(split: Split): string {
  return split.family
    ? `${split.given} · family name ${split.family}`
    : `${split.given} · one name, no family name`;
}

/** Which of `nameSplits(person.name)` the user said, or -1 when they have not (or it no longer fits). */
export function saidSplit(person: NamedPerson): number {
  const given = joined(nameWords(person.givenName ?? ''));
  const family = joined(nameWords(person.familyName ?? ''));
  if (!given && !family) return -1;
  return nameSplits(person.name).findIndex((s) => s.given === given && s.family === family);
}
