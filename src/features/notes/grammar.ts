/**
 * The grammar of a note: what the user typed read as words inside a sentence. A job title in running text
 * ("Data analyst" becomes "data analyst", "UX designer" stays), "a" or "an", lists, a typed sentence used as a
 * phrase, and the content words a note repeats. Pure and small: it runs on every keystroke.
 */

/**
 * Words of job titles written in lower case inside a sentence. A capitalised word not listed here is kept as
 * typed, since it may be a name ("Salesforce administrator", "Python developer").
 */
const TITLE_WORDS = new Set(
  (
    'a an and of the for to in at on with senior junior lead principal staff chief head assistant associate ' +
    'deputy executive vice president director manager supervisor coordinator officer specialist analyst ' +
    'engineer developer designer design architect consultant administrator technician clerk representative ' +
    'agent advisor accountant bookkeeper auditor nurse teacher instructor trainer researcher scientist writer ' +
    'editor producer planner buyer operator driver mechanic electrician cashier receptionist secretary intern ' +
    'apprentice worker cook chef server attendant aide fellow data software product project program ' +
    'marketing sales customer service support operations business finance financial account office store ' +
    'retail warehouse shift team general field clinical research medical health care legal human resources ' +
    'people talent recruiter communications content social media digital web front back end full stack ' +
    'mobile systems network security quality test user experience graphic brand creative community public ' +
    'relations policy supply chain logistics inventory purchasing facilities maintenance production ' +
    'construction safety events hospitality food kitchen school lab machine learning analytics reporting ' +
    'payroll tax risk compliance credit bank insurance claims property training development education'
  ).split(' '),
);

/** A word kept as typed: an acronym ("UX", "SQL"), mixed case ("iOS", "DevOps"), or digits. */
const keepsCase = (word: string) => /\p{Lu}.*\p{Lu}|\p{Ll}.*\p{Lu}|\d/u.test(word);

/** Trailing full stops, semicolons and commas off, and every run of white space as one space. */
export function clean(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s.;:,]+$/u, '');
}

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
      return TITLE_WORDS.has(bare) || word === lower ? lower : word;
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
    return VOWEL_SOUND_LETTERS.has(word[0]!) ? 'an' : 'a';
  const lower = word.toLowerCase();
  if (/^(hour|honest|honou?r|heir)/u.test(lower)) return 'an';
  if (/^(uni|use|usu|ure|uro|eu|one|once|ewe)/u.test(lower)) return 'a';
  return /^[aeiou]/u.test(lower) ? 'an' : 'a';
}

/** "A", "A and B", "A, B, and C" (the serial comma of US style); blank items left out. */
export function joinWords(items: readonly string[]): string {
  const kept = items.map(clean).filter(Boolean);
  if (kept.length <= 2) return kept.join(' and ');
  return `${kept.slice(0, -1).join(', ')}, and ${kept.at(-1)!}`;
}

/** Words that open a sentence but are ordinary words in the middle of one ("The", "Our", "Moving"). */
const OPENERS =
  /^(the|a|an|our|your|their|his|her|its|my|this|that|these|those|there|they|we|you|he|she|it|how|what|why|when|where|which|who|whether|more|most|some|many|much|each|every|all|any|new|next|one|two|three|getting|making|moving|building|hiring|growing|improving|reducing|cutting|keeping|finding|bringing|running|using|working|planning)$/u;

/**
 * Text typed as a whole sentence ("The dashboard migration.") read as a phrase inside one: no full stop, and
 * its first word in lower case when it is an ordinary word. Names and acronyms keep their capitals.
 */
export function asPhrase(text: string): string {
  const phrase = clean(text);
  const first = phrase.split(' ')[0] ?? '';
  if (keepsCase(first) || first === 'I' || first.startsWith("I'") || first.startsWith('I’')) return phrase;
  const lower = first.toLowerCase();
  return OPENERS.test(lower.replace(/[^\p{L}]/gu, '')) || lower.endsWith('ing')
    ? lower + phrase.slice(first.length)
    : phrase;
}

/** Past-tense verbs that do not end in "-ed", common at the start of something done: "led", "built", "ran". */
const IRREGULAR_PAST =
  /^(led|built|ran|cut|made|kept|set|won|grew|wrote|taught|brought|drove|sold|found|took|gave|began|oversaw|rebuilt|rewrote|spent|met|got|held|sent|shut|put|chose|did|saw|knew)$/u;

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
  if (first.endsWith('ed') || IRREGULAR_PAST.test(first)) return `I ${lowered}`;
  return `I worked on ${phrase}`;
}

/** The text with its first letter in capitals, to open a sentence. */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Words that say nothing of their own, left out when counting what a note repeats. */
const STOP_WORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from about as into than then so that this these those ' +
    'it its is are was were be been being am do did does done have has had having will would could should can ' +
    'may might must shall i me my mine we us our you your yours he him his she her they them their there here ' +
    'what which who whom when where why how all any each every some more most much many very just also not no ' +
    'yes up out over again once too own same such only both other another one dear hi hello thank thanks ' +
    "i'm i'd i've i'll it's that's don't let know"
  ).split(' '),
);

/** The content words said three times or more in `text`, each once, in lower case. */
export function repeatedWords(text: string, times = 3): string[] {
  const counts = new Map<string, number>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? []) {
    const word = raw.replace(/’/gu, "'").replace(/'s$/u, '');
    if (word.length < 3 || STOP_WORDS.has(word) || /^\d+$/u.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= times).map(([w]) => w);
}
