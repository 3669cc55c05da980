/** How a note's style changes: its tone carries the sign-off people use with it. */
import type { Draft } from '../../core/model/model';
import { SIGNOFFS } from './draft-ops';

/** Each tone and length in words, as the style fields and their summary say them. */
export const TONE_LABELS: Readonly<Record<Draft['tone'], string>> = { formal: 'Formal', warm: 'Warm' };
export const LENGTH_LABELS: Readonly<Record<Draft['length'], string>> = {
  short: 'Short',
  standard: 'Standard',
};

/** The sign-off as the note closes with it: as typed, without a trailing comma ("Best regards," is not doubled), or the formal one when empty. */
export const closingOf = (signoff: string): string =>
  signoff.trim().replace(/,+$/, '').trim() || SIGNOFFS.formal;

/**
 * The change to a draft when its tone is set: the sign-off follows the tone while it is still the other
 * tone's usual one, and a sign-off the user typed stays.
 */
export function toneChange(draft: Pick<Draft, 'tone' | 'signoff'>, tone: Draft['tone']): Partial<Draft> {
  return draft.signoff.trim() === SIGNOFFS[draft.tone] && tone !== draft.tone
    ? { tone, signoff: SIGNOFFS[tone] }
    : { tone };
}

/** The style in one line, as the closed style panel sums it up: "Formal, standard, “Best regards”". */
export const styleLine = (draft: Pick<Draft, 'tone' | 'length' | 'signoff'>): string =>
  `${TONE_LABELS[draft.tone]}, ${draft.length}, “${closingOf(draft.signoff)}”`;
