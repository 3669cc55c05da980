/** Words and names the note builder shows: what kind of note, for whom, the file it downloads as. */
import type { Situation } from './situation-schema';

/** What to call a note for a situation, e.g. "Thank-you note", "Follow-up note", "Note". */
export function noteNoun(situation: Pick<Situation, 'label'>): string {
  if (/^thank/i.test(situation.label)) return 'Thank-you note';
  if (/^follow-up/i.test(situation.label)) return 'Follow-up note';
  return 'Note';
}

/** What a recipient is to the user, in a few words. */
export const KIND = { interviewer: 'interviewer', other: 'contact', reference: 'reference' } as const;

/** ASCII letters and digits of `text`, lower-cased, joined by hyphens: "José de la Cruz" → "jose-de-la-cruz". */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The file a note downloads as, from the situation and the recipient: `thank-you-dana-nguyen.txt`. */
export function noteFileName(situationId: string, recipientName: string): string {
  const what = slug(situationId) || 'note';
  const who = slug(recipientName);
  return `${who ? `${what}-${who}` : `${what}-note`}.txt`;
}
