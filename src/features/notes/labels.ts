/** Words and names the note builder shows: what kind of note, for whom, the file it downloads as. */
import type { RecordKind } from '../../core/people';
import type { Situation } from './situation-schema';
import { fileSlug } from '../../core/words';

/** What to call a note for a situation, as its content says: "Thank-you note", "Follow-up note", or "Note". */
export const noteNoun = (situation: Pick<Situation, 'noun'>): string => situation.noun ?? 'Note';

/** The builder's heading: what the note is and whom it is to, "Thank-you note to Dana Nguyen"; the kind alone before anyone is chosen. */
export function noteTitle(
  situation: Pick<Situation, 'noun'>,
  recipient: { name: string } | undefined,
): string {
  const noun = noteNoun(situation);
  return recipient ? `${noun} to ${recipient.name.trim() || 'someone unnamed'}` : noun;
}

/** What a recipient is to the user, in a few words. */
export const KIND: Readonly<Record<RecordKind, string>> = {
  interviewer: 'interviewer',
  other: 'contact',
  reference: 'reference',
};

/** The file a note downloads as, from the situation and the recipient: `thank-you-dana-nguyen.txt`. */
export function noteFileName(situationId: string, recipientName: string): string {
  const what = fileSlug(situationId, 60) || 'note';
  const who = fileSlug(recipientName, 60);
  return `${who ? `${what}-${who}` : `${what}-note`}.txt`;
}
