import { HONORIFIC_WORDS } from '../../core/words';

/** What could be read from a typed line or a pasted signature; '' where nothing was found. */
export interface ParsedContact {
  /** "Ms.", "Mr.", "Mx.", "Dr.", "Prof." etc. as written (normalised to have a trailing dot), or ''. */
  honorific: string;
  name: string;
  title: string;
  company: string;
  email: string;
  phone: string;
}

// Only the start of a paste is read, so a huge paste costs no more than a signature.
const MAX_CHARS = 4000;
const MAX_LINES = 40;

// Control and invisible format characters; run after tabs and other white space became plain spaces.
const CONTROL = /[\p{Cc}\p{Cf}]/gu;
const SIGN_OFF =
  /^(?:(?:best|kind|warm(?:est)?|many|with) )?(?:regards|wishes|thank(?:s| you)|cheers|best|sincerely|yours(?: truly| sincerely)?|warmly|all the best|sent (?:from|with) .*)(?: ?[,.!]+ ?|$)/i;
const PRONOUNS = /\(?\b(?:s?he|they|[xz]e) ?\/ ?\p{L}+(?: ?\/ ?\p{L}+)?\)?/giu;
// The plain local@domain token: not glued to URL punctuation, so `?bcc=evil@example.com&` is no address.
const EMAIL =
  /[<([]?(?:mailto:)?(?<![\p{L}\p{N}._%+=?&/-])([\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})(?!\.?[\p{L}\p{N}_@&=?/-])[>)\]]?/giu;
const URL = /^(?:https?:|www\.|@.)|linkedin\.|\w\.[a-z]{2,}\b/;
const PHONE = /(?<!\d)\+?\(?\d[\d ().\u2011-\u2013-]{5,}\d(?:\s*(?:ext|x)\.?\s*\d{1,5})?/gi;
// Dates and ZIP+4 codes have 7+ digits too.
const NOT_PHONE = /^(?:\d{4}-\d\d-\d\d|\d\d?[./-]\d\d?[./-]\d{2,4}|\d{5}-\d{4})$/;
const MOBILE = /^(?:mob|cel|dir|handy|[cdm]$)/i;
const SUFFIX = 'inc|llc|ltd|gmbh|s\\.a|sas|plc|ag|bv|corp|co\\.|limited';
// A comma before a company form or a name suffix is part of it: "Brightwater, Inc.", "Dana Nguyen, PhD".
const SPLIT = new RegExp(
  `\\s*[|•·]\\s*|\\s+(?:[-–—]+|/)\\s+|;\\s*|(?<!\\b[se]?vp),(?!\\s*(?:${SUFFIX}|jr|sr|i{2,3}|iv|ph\\.?d|md|mba|cpa|esq)\\.?(?![\\p{L}-]))\\s*`,
  'iu',
);
const TRIM = /^[\s"“”«»,|•·*_~–—-]+|[\s"“”«»,|•·*_~–—-]+$/g;
const LABEL = /^\p{L}[\p{L}.-]*(?: \p{L}+)?\s?:\s*/u;
const LABEL_WORD =
  /^(?:e-?mail|phone|tel|mob(?:ile)?|cell|direct|office|work|fax|web(?:site)?|linkedin)\.?$/i;
const TITLE =
  /\b(?:head|lead|chief|managing|[se]?vp|c[efimopt]o|hr|talent|recruiting|intern|architect|analyst|officer|president|associate|executive|counsel|attorney|representative|(?:manag|engine|design|develop|recruit|research|produc|writ|own|found|partn)er|direct(?:or|ora|rice|eur)|(?:coordinat|administrat|advis|edit|profess)or|(?:scient|special|strateg)ist|(?:consult|assist|account)ant)\b/i;
const COMPANY = new RegExp(
  `(?:^|[\\s,])(?:${SUFFIX}|labs?|group|grupo|studios?|agency|technologies|partners|university|bank|company)\\.?(?![\\p{L}\\p{N}-])`,
  'iu',
);
const TEXT = /^\p{L}[\p{L}\p{M} &.,'’()+!/-]*$/u;
const NAME = /^\p{L}[\p{L}\p{M} .,'’-]*$/u;
const SENTENCE =
  'i|me|my|we|our|you|your|to|for|from|with|is|are|was|will|this|that|it|please|thanks|hi|hello|hey|dear';
const NOT_NAME_WORD = new RegExp(`^(?:${SENTENCE}|a|the|and|of|at)$`, 'i');
const NOT_COMPANY = new RegExp(`(?:^| )(?:${SENTENCE})(?= |$)`, 'i');
// "van", "de", "la", "bin", "y", "d'Angelo": short lower-case words that are part of a name.
const PARTICLE = /^(?:\p{Ll}{1,3}|della|binti|[dl]['’]\p{Lu}.*)$/u;
const HONORIFIC = new RegExp(String.raw`^(?:(?:${HONORIFIC_WORDS})(?:\.\s*|\s+|$))+`, 'i');

/** Whether `s` reads as a person's name: letters and name punctuation, at most six words, no sentence words. */
function isName(s: string, typed: boolean): boolean {
  const words = s.split(' ');
  return (
    NAME.test(s) &&
    /\p{L}{2}/u.test(s) &&
    words.length < 7 &&
    // A typed line may be all lower case; in a signature lower-case words are prose, bar particles like "de".
    words.every((w) => !NOT_NAME_WORD.test(w) && (typed || !/^\p{Ll}/u.test(w) || PARTICLE.test(w)))
  );
}

/** Reads a contact from text; undefined when nothing recognisable is in it (no name, email or phone). */
export function parseContact(text: string): ParsedContact | undefined {
  const lines = text
    .slice(0, MAX_CHARS)
    .normalize('NFC')
    .split(/[\n\r]/)
    // A tab separates cells pasted from a spreadsheet.
    .map((l) => l.replace(/\t/g, ' | ').replace(/\s+/g, ' ').replace(CONTROL, '').trim())
    .filter(Boolean)
    .slice(0, MAX_LINES);
  const typed = lines.length === 1;
  let [honorific, name, title, company, email, phone, rank] = ['', '', '', '', '', '', 0];
  // The company is taken from its position only before the contact details and the address start.
  let late = false;
  // A company guessed from its position gives way to one named as such ("Ltd", "Labs") further down.
  let guessed = false;
  for (const whole of lines) {
    let contact = false;
    const named = name;
    const line = whole
      .replace(SIGN_OFF, '')
      .replace(PRONOUNS, ' ')
      .replace(EMAIL, (_, address: string) => {
        email ||= address;
        contact = true;
        return ' ';
      })
      .split(' ')
      .filter((t) => {
        const url = URL.test(t);
        contact ||= url;
        return !url;
      })
      .join(' ')
      .replace(PHONE, (m: string, at: number, all: string) => {
        const digits = m.replace(/\D/g, '').length;
        if (digits < 7 || digits > 15 || NOT_PHONE.test(m)) return m;
        const label =
          all
            .slice(0, at)
            .slice(-12)
            .match(/(\p{L}+)\P{L}*$/u)?.[1] ?? '';
        const r = /^f(?:ax)?$/i.test(label) ? 0 : MOBILE.test(label) ? 2 : 1;
        if (r > rank) [phone, rank] = [m, r];
        contact = true;
        return ' ';
      });
    // In a signature a line with digits left in it is a street, postcode or date line, city and all.
    if (!typed && /\d/.test(line)) {
      late = true;
      continue;
    }
    for (const part of line.split(SPLIT)) {
      let s = part.replace(TRIM, '').replace(LABEL, '').replace(TRIM, '');
      if (!s || LABEL_WORD.test(s)) continue;
      let at = '';
      const [, before, after] = /^(.+?) (?:at|@) (.+)$/i.exec(s) ?? [];
      if (before && after && TITLE.test(before)) [s, at] = [before, after];
      if (!TEXT.test(s)) continue;
      const words = s.split(' ').length;
      if (TITLE.test(s) && words < 9) {
        title ||= s;
        if (TEXT.test(at)) company ||= at;
      } else if (COMPANY.test(s)) {
        if (!company || guessed) [company, guessed] = [s, false];
      } else {
        const h = s.match(HONORIFIC)?.[0] ?? '';
        const rest = s.slice(h.length);
        if (!rest) continue;
        const first = name.toLowerCase();
        // "Thanks, Dana" above the block: the full name below replaces the first name.
        if (
          isName(rest, typed) &&
          (!first || (!first.includes(' ') && rest.toLowerCase().startsWith(first + ' ')))
        ) {
          name = rest;
          // "Miss" is a word, not an abbreviation: no dot.
          if (h) honorific = h.trim().replace(/(?<!\.|miss)\.?(?= |$)/gi, '.');
        } else if (
          first &&
          !company &&
          !late &&
          words < 6 &&
          !NOT_COMPANY.test(s) &&
          (typed || !/^\p{Ll}/u.test(s))
        ) {
          [company, guessed] = [s, true];
        }
      }
    }
    // Contact details on the name's own line ("Dana <dana@…>") come before the title and company.
    late ||= contact && !!named;
  }
  return name || email || phone ? { honorific, name, title, company, email, phone } : undefined;
}
