/**
 * A note's text as a plan of sentences (`content/situations.yaml`): paragraphs apart by a blank line, one
 * sentence a line, and on a line the ways of saying it apart by ` || `, the first that can be said winning.
 * A sentence can be said when every fact it uses is known: `{detail}` must be filled, `{?hasLetter}` must be
 * ticked (and shows nothing), `{!hasLetter}` must not be. `{Detail}` opens a sentence with a capital. The
 * facts of the interview itself (`REQUIRED`) are never left out: an empty one shows as a `[role]` marker to fill.
 * Of the ways a sentence can be said, the first that repeats no content word a third time is taken. A way may
 * hold phrasings that say the same apart by ` ~~ `: the note's `seed` (its interview) picks one, so notes for
 * different interviews, read side by side, are not worded alike.
 */
import { type Placeholder, isPlaceholder } from './note-placeholders';
import { repeatedWords } from './grammar';

/** Facts a note cannot do without; the others leave out the sentences that need them. */
export const REQUIRED: ReadonlySet<Placeholder> = new Set<Placeholder>([
  'greeting',
  'name',
  'company',
  'role',
  'aRole',
  'myName',
]);

/** One use of a fact in a sentence: its name, and how (`{x}`, `{X}` capitalised, `{?x}` if, `{!x}` unless). */
interface Use {
  name: string;
  mode: 'text' | 'capital' | 'if' | 'unless';
}

const USE_RE = /\{([?!]?)([A-Za-z]+)\}/g;

function useOf(sign: string, raw: string): Use {
  const name = raw.charAt(0).toLowerCase() + raw.slice(1);
  const mode = sign === '?' ? 'if' : sign === '!' ? 'unless' : raw === name ? 'text' : 'capital';
  return { name, mode };
}

/** The facts a plan uses (what fields a situation asks for), each once, in order of first use; every phrasing counts. */
export function factsIn(plan: string): string[] {
  return [...new Set([...plan.matchAll(USE_RE)].map(([, sign = '', raw = '']) => useOf(sign, raw).name))];
}

/** The facts in `plan` that are not known placeholders (the build fails on them, naming each). */
export function unknownFacts(plan: string): string[] {
  return factsIn(plan).filter((name) => !isPlaceholder(name));
}

/** Paragraphs of sentences of ways to say each; parsed once per plan text. */
const parsed = new Map<string, string[][][]>();
function parse(plan: string): string[][][] {
  let p = parsed.get(plan);
  if (!p) {
    p = plan
      .replace(/\r\n?/g, '\n')
      .trim()
      .split(/\n\s*\n/)
      .map((para) =>
        para
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => line.split(/\s+\|\|\s+/)),
      );
    parsed.set(plan, p);
  }
  return p;
}

type Values = Partial<Record<Placeholder, string>>;

/** Whether every optional fact a way of saying it needs is there (required ones always can be said). */
function canSay(way: string, values: Values): boolean {
  for (const [, sign = '', raw = ''] of way.matchAll(USE_RE)) {
    const { name, mode } = useOf(sign, raw);
    const value = isPlaceholder(name) ? (values[name] ?? '').trim() : '';
    if (mode === 'unless' ? value : !value && (mode === 'if' || !REQUIRED.has(name as Placeholder)))
      return false;
  }
  return true;
}

/** A way of saying it, with the facts in (a replacer, so `$&` or `{company}` in a value stays as typed). */
function fill(way: string, values: Values, missing: Set<Placeholder>): string {
  return way
    .replace(USE_RE, (match, sign: string, raw: string) => {
      const { name, mode } = useOf(sign, raw);
      if (!isPlaceholder(name)) return match;
      if (mode === 'if' || mode === 'unless') return '';
      const value = (values[name] ?? '').trim();
      if (!value) {
        missing.add(name);
        return `[${name}]`;
      }
      return mode === 'capital' ? value.charAt(0).toUpperCase() + value.slice(1) : value;
    })
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** One of the phrasings of a way (` ~~ `), picked by the seed. */
function phrasing(way: string, seed: number): string {
  const options = way.split(/\s+~~\s+/);
  return options[seed % options.length] ?? way;
}

/** The plan said with these facts: its text, and the required facts still to fill in. */
export function renderPlan(plan: string, values: Values, seed = 0): { text: string; missing: Placeholder[] } {
  const missing = new Set<Placeholder>();
  const said: string[] = [];
  for (const para of parse(plan)) {
    const sentences: string[] = [];
    for (const ways of para) {
      const sayable = ways.map((w) => phrasing(w, seed)).filter((w) => canSay(w, values));
      if (!sayable.length) continue;
      const sofar = [...said, ...sentences].join(' ');
      const tried = sayable.map((w) => fill(w, values, new Set()));
      const fresh = tried.findIndex(
        (t) => repeatedWords(`${sofar} ${t}`).length <= repeatedWords(sofar).length,
      );
      const chosen = sayable[Math.max(fresh, 0)] ?? '';
      const text = fill(chosen, values, missing);
      if (text) sentences.push(text);
    }
    if (sentences.length) said.push(sentences.join(' '));
  }
  return { text: said.join('\n\n'), missing: [...missing] };
}
