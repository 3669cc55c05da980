import { renderPlan } from './plan';
import { lines } from '../../core/contact-block';
import type { Placeholder } from './note-placeholders';
import { closingOf } from './style';

/** The number of words: runs of letters, digits, marks and apostrophes that hold a letter or digit. */
export function wordCount(text: string): number {
  const runs = text.normalize('NFC').match(/[\p{L}\p{N}\p{M}'’]+/gu) ?? [];
  return runs.filter((run) => /[\p{L}\p{N}]/u.test(run)).length;
}

/**
 * Recommended words of the message (greeting to last sentence) for a situation that sets no range of its
 * own: the guide's three to six short sentences, three or four for a short note, five or six for a standard one.
 */
export const DEFAULT_WORDS = { short: [35, 80], standard: [70, 130] } as const;

/**
 * Renders a note's subject and body and signs the body off: a blank line, `signoff,`, the user's name
 * and contact lines. An empty sign-off becomes "Best regards"; an empty name is reported as `myName`.
 * With `signature: false` (a message sent from a profile, such as a LinkedIn note) the body ends with
 * its last sentence, and no name is asked for. `seed` picks among phrasings that say the same (`renderPlan`).
 */
export function composeNote(
  parts: { subject: string; body: string },
  values: Partial<Record<Placeholder, string>>,
  signoff: string,
  myName: string,
  contact: string,
  { signature = true, seed = 0 }: { signature?: boolean; seed?: number } = {},
): { subject: string; body: string; missing: Placeholder[] } {
  const closing = closingOf(signoff);
  const name = myName.trim();
  const contactLines = lines(contact)
    .map((line) => line.trim())
    .filter(Boolean);
  // The arguments win over `values`, so a template using {myName} agrees with the signature.
  const all = { ...values, signoff: closing, myName: name, contact: contactLines.join('\n') };
  const subject = renderPlan(parts.subject, all, seed);
  const body = renderPlan(parts.body, all, seed);
  const missing: Placeholder[] = [...subject.missing, ...body.missing];
  if (!signature) return { subject: subject.text, body: body.text, missing: [...new Set(missing)] };
  const signed = [`${closing},`, name || '[myName]', ...contactLines].join('\n');
  if (!name) missing.push('myName');
  return {
    subject: subject.text,
    body: [body.text, signed].filter(Boolean).join('\n\n'),
    missing: [...new Set(missing)],
  };
}
