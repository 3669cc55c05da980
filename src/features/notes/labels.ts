/** Words and names the note builder shows: what kind of note, for whom, the file it downloads as. */
import type { Situation } from './situation-schema';
import { fileSlug } from '../../core/words';

/** What to call a note for a situation, e.g. "Thank-you note", "Follow-up note", "Note". */
export function noteNoun(situation: Pick<Situation, 'label'>): string {
  if (/^thank/i.test(situation.label)) return 'Thank-you note';
  if (/^follow-up/i.test(situation.label)) return 'Follow-up note';
  return 'Note';
}

/** What a recipient is to the user, in a few words. */
export const KIND = { interviewer: 'interviewer', other: 'contact', reference: 'reference' } as const;

/** The file a note downloads as, from the situation and the recipient: `thank-you-dana-nguyen.txt`. */
export function noteFileName(situationId: string, recipientName: string): string {
  const what = fileSlug(situationId, 60) || 'note';
  const who = fileSlug(recipientName, 60);
  return `${who ? `${what}-${who}` : `${what}-note`}.txt`;
}
