import { HONORIFIC_WORDS } from '../../core/words';

/** The outcome of checking a greeting against the recorded name. */
export type GreetingCheck = { ok: true } | { ok: false; message: string; suggestion?: string };

// A title only as a whole word, with or without its dot: "Dr. Okafor", "dr Okafor", "Dr.Okafor", not "Drake".
const HONORIFIC_RE = new RegExp(String.raw`(^|\s)(?:${HONORIFIC_WORDS})(?:\.|(?=\s|$))`, 'giu');

/** The name tokens of `text` without titles; hyphenated names stay one token. */
function nameTokens(text: string): string[] {
  // NFC so that an accent typed as one character or as letter + combining mark compares equal.
  return text.normalize('NFC').replace(HONORIFIC_RE, '$1').split(/\s+/u).filter(Boolean);
}

/** Without accents: NFD, then the combining marks removed. */
function withoutAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

function loose(s: string): string {
  return withoutAccents(s).toLowerCase();
}

/** Levenshtein distance over code points. */
function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[y.length] ?? 0;
}

/** The largest distance still counted as a misspelling: short names allow one slip, longer ones two. */
function maxSlips(a: string, b: string): number {
  return Math.min([...a].length, [...b].length) > 4 ? 2 : 1;
}

/** Why `token` is not `recorded`, in plain words. */
function explain(token: string, recorded: string, d: number, fullName: string): GreetingCheck {
  const both = `“${token}” but the record says “${recorded}”.`;
  if (d === 0) {
    const onlyCapitals = token.toLowerCase() === recorded.toLowerCase();
    const onlyAccents = withoutAccents(token) === withoutAccents(recorded);
    const why = onlyCapitals
      ? 'Capital letters differ'
      : onlyAccents
        ? 'Accents differ'
        : 'Accents and capitals differ';
    return { ok: false, message: `${why}: ${both}`, suggestion: recorded };
  }
  if (d <= maxSlips(token, recorded)) {
    return { ok: false, message: `Check the spelling: ${both}`, suggestion: recorded };
  }
  return { ok: false, message: `“${token}” is not part of the recorded name “${fullName}”.` };
}

/**
 * Checks that every name in `greeting` (titles like "Ms." aside) is spelt exactly as in `recordedName`,
 * capitals and accents included; otherwise says what differs and suggests the recorded spelling.
 */
export function checkGreeting(greeting: string, recordedName: string): GreetingCheck {
  if (!greeting.trim()) {
    return {
      ok: false,
      message: 'Fill in the greeting: how you address them, e.g. “Ms. Okafor” or “Katherine”.',
    };
  }
  const recorded = nameTokens(recordedName);
  if (recorded.length === 0) {
    return { ok: false, message: 'Fill in their name as they gave it, so the greeting can be checked.' };
  }
  const tokens = nameTokens(greeting);
  if (tokens.length === 0) {
    return { ok: false, message: `Add their name after “${greeting.trim()}”.` };
  }
  const token = tokens.find((t) => !recorded.includes(t));
  if (token === undefined) return { ok: true };
  let best = '';
  let bestDistance = Infinity;
  for (const r of recorded) {
    const d = distance(loose(token), loose(r));
    if (d < bestDistance) [best, bestDistance] = [r, d];
  }
  return explain(token, best, bestDistance, recordedName.trim().replace(/\s+/g, ' '));
}
