/**
 * The grammar of a note: what the user typed read as words inside a sentence. A job title in running text
 * ("Data analyst" becomes "data analyst", "UX designer" stays), "a" or "an", lists, a typed sentence used as a
 * phrase, and the content words a note repeats. Pure and small: it runs on every keystroke.
 */
import { clean, joinWords } from '../../core/words';

/**
 * The words the grammar knows, kept as content with the note templates (`content/note-words.yaml`, sent with
 * `/notes/situations.json`): job-title words written in lower case in a sentence ("analyst"), ordinary words
 * that open a sentence ("the", "moving"), past tenses without "-ed" ("led"), and words that say nothing of
 * their own ("the", "would"), left out when counting what a note repeats, ordinary words that open a
 * strength ("Calm under pressure" reads "calm under pressure"), words in -ing that name a field
 * ("marketing"), not something done, and strengths said as adjectives before "skills" ("organizational").
 */
export interface Lexicon {
  titleWords: readonly string[];
  openers: readonly string[];
  pastTenses: readonly string[];
  stopWords: readonly string[];
  strengthWords: readonly string[];
  ingNouns: readonly string[];
  skillForms: Readonly<Record<string, string>>;
}

interface Known {
  titles: ReadonlySet<string>;
  openers: ReadonlySet<string>;
  past: ReadonlySet<string>;
  stops: ReadonlySet<string>;
  strengths: ReadonlySet<string>;
  ingNouns: ReadonlySet<string>;
  skillForms: ReadonlyMap<string, string>;
}
let known: Known = {
  titles: new Set(),
  openers: new Set(),
  past: new Set(),
  stops: new Set(),
  strengths: new Set(),
  ingNouns: new Set(),
  skillForms: new Map(),
};

/** Makes the grammar use these words (once, when the templates arrive; tests and the build read the file). */
export function useLexicon(words: Lexicon): void {
  known = {
    titles: new Set(words.titleWords),
    openers: new Set(words.openers),
    past: new Set(words.pastTenses),
    stops: new Set(words.stopWords),
    strengths: new Set(words.strengthWords),
    ingNouns: new Set(words.ingNouns),
    skillForms: new Map(Object.entries(words.skillForms)),
  };
}

/** A word kept as typed: an acronym ("UX", "SQL"), mixed case ("iOS", "DevOps"), or digits. */
const keepsCase = (word: string) => /\p{Lu}.*\p{Lu}|\p{Ll}.*\p{Lu}|\d/u.test(word);

/**
 * A job title as it reads in a sentence: "Data analyst" and "Senior Software Engineer" in lower case,
 * "UX designer", "iOS developer" and "Salesforce administrator" keeping their names and acronyms.
 */
export function titleInSentence(title: string): string {
  return clean(title)
    .split(' ')
    .map((word) => {
      if (keepsCase(word)) return word;
      const lower = word.toLowerCase();
      const bare = lower.replace(/[^\p{L}]/gu, '');
      return known.titles.has(bare) || word === lower ? lower : word;
    })
    .join(' ');
}

/** Letters whose English names start with a vowel sound: "an SQL", "an HR", "a UX". */
const VOWEL_SOUND_LETTERS = new Set([...'AEFHILMNORSX']);

/** "a" or "an" before a phrase, by its sound: "an analyst", "a user researcher", "an HR manager", "an hour". */
export function article(phrase: string): 'a' | 'an' {
  const word = phrase.trim().split(/[\s-]/u)[0] ?? '';
  if (!word) return 'a';
  if (/^\p{Lu}{2,}/u.test(word) || /^\p{Lu}$/u.test(word))
    return VOWEL_SOUND_LETTERS.has(word.charAt(0)) ? 'an' : 'a';
  const lower = word.toLowerCase();
  if (/^(hour|honest|honou?r|heir)/u.test(lower)) return 'an';
  if (/^(uni|use|usu|ure|uro|eu|one|once|ewe)/u.test(lower)) return 'a';
  return /^[aeiou]/u.test(lower) ? 'an' : 'a';
}

/**
 * Text typed as a whole sentence ("The dashboard migration.") read as a phrase inside one: no full stop, and
 * its first word in lower case when it is an ordinary word. Names and acronyms keep their capitals.
 */
export function asPhrase(text: string): string {
  const phrase = clean(text);
  const first = phrase.split(' ')[0] ?? '';
  if (keepsCase(first) || first === 'I' || first.startsWith("I'") || first.startsWith('I’')) return phrase;
  const lower = first.toLowerCase();
  return known.openers.has(lower.replace(/[^\p{L}]/gu, '')) || lower.endsWith('ing')
    ? lower + phrase.slice(first.length)
    : phrase;
}

/**
 * A strength as words inside a sentence: typed in sentence case ("Calm under pressure", "Customer service"), its
 * first word reads in lower case when it is an ordinary word; names and acronyms ("Salesforce", "SQL") keep theirs.
 */
export function asStrength(text: string): string {
  const phrase = asPhrase(text);
  const [first = '', ...rest] = phrase.split(' ');
  const lower = first.toLowerCase();
  return !keepsCase(first) && known.strengths.has(lower.replace(/[^\p{L}]/gu, ''))
    ? [lower, ...rest].join(' ')
    : phrase;
}

/**
 * Something the user did, as a clause with "I": "moved 40 reports to Power BI" becomes "I moved 40 reports
 * to Power BI"; "I cut pages by 60%" and "At Contoso, I…" stay as typed; a thing named without a verb ("the
 * Power BI migration") becomes "I worked on the Power BI migration".
 */
export function asClause(text: string): string {
  const phrase = asPhrase(text);
  const word = phrase.split(' ')[0] ?? '';
  const first = word.toLowerCase().replace(/[^\p{L}'’]/gu, '');
  // An ordinary word opening the clause reads in lower case inside a sentence; "I" and names do not.
  const lowered =
    first === 'i' || keepsCase(word) ? phrase : phrase.charAt(0).toLowerCase() + phrase.slice(1);
  if (
    /^(i|i'?ve|i'?d|we|we'?ve|my|our|at|in|on|during|last|while|when|as|after|before|since|for|with)$/u.test(
      first,
    )
  )
    return lowered;
  if (first.endsWith('ed') || known.past.has(first)) return `I ${lowered}`;
  return `I worked on ${phrase}`;
}

/** The text with its first letter in capitals, to open a sentence. */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The content words said three times or more in `text`, each once, in lower case. */
export function repeatedWords(text: string, times = 3): string[] {
  const counts = new Map<string, number>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? []) {
    const word = raw.replace(/’/gu, "'").replace(/'s$/u, '');
    if (word.length < 3 || known.stops.has(word) || word.startsWith("i'") || /^\d+$/u.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= times).map(([w]) => w);
}

/**
 * The strengths said as what the user has, after "my": one short one, or two single words, with "skills"
 * ("organizational skills", "SQL and Excel skills"), others as experience ("experience in sales",
 * "experience in Go and blameless incident reviews"). Empty when there are none.
 */
export function skillsPhrase(strengths: readonly string[]): string {
  const kept = strengths.map(asStrength).filter(Boolean);
  // A strength people say as an adjective before "skills": "organization" reads "organizational skills".
  const said = kept.map((k) => known.skillForms.get(k) ?? k);
  const [only] = said;
  const short = (k: string) => k.split(' ').length <= 2 && !/s$|\b(and|of|to|with)\b/iu.test(k);
  // Two in front only when each is one word ("SQL and Excel skills"): "SQL and clear reporting skills" reads stiff.
  if (
    only &&
    (said.length === 1 ? short(only) : said.length === 2 && said.every((k) => short(k) && !k.includes(' ')))
  )
    return `${joinWords(said)} skills`;
  return kept.length ? `experience in ${joinWords(kept)}` : '';
}

/** A strength that says something done, opening with an -ing word and more words: "scheduling crews of 20". */
function isDoing(strength: string): boolean {
  const [first = '', ...rest] = strength.split(' ');
  // A capital that asStrength kept is a name's ("Beijing").
  return rest.length > 0 && /^\p{Ll}+ing$/u.test(first) && !known.ingNouns.has(first);
}

/**
 * The strengths as one list inside a sentence: "SQL and clear reporting". A thing done that follows a thing
 * had reads as experience, so the list stays one kind: "forklift trainer certification and experience
 * scheduling crews of 20" (alone or first, "scheduling crews of 20" reads well as it is). Empty when there are none.
 */
export function strengthList(strengths: readonly string[]): string {
  const kept = strengths.map(asStrength).filter(Boolean);
  return joinWords(
    kept.map((s, i) =>
      i > 0 && isDoing(s) && !isDoing(kept[i - 1] ?? '')
        ? `experience ${s.charAt(0).toLowerCase()}${s.slice(1)}`
        : s,
    ),
  );
}

/**
 * A reason that can follow "as": one the user put as what they did or want, opening with "I" ("I have accepted a
 * role closer to home", "I'm looking for…"). Empty for anything else ("relocation"), which is said as a sentence.
 */
export function reasonClause(text: string): string {
  const phrase = asPhrase(text);
  return /^I(\s|['’])/u.test(phrase) ? phrase : '';
}
