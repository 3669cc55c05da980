/** How a note's style changes: its tone carries the sign-off people use with it. */
import type { Draft } from '../../core/model/model';

/** The sign-off each tone starts with: "Best regards" is formal, "Best" is what a warm note says. */
export const SIGNOFFS: Readonly<Record<Draft['tone'], string>> = { formal: 'Best regards', warm: 'Best' };

/**
 * The change to a draft when its tone is set: the sign-off follows the tone while it is still the other
 * tone's usual one, and a sign-off the user typed stays.
 */
export function toneChange(draft: Pick<Draft, 'tone' | 'signoff'>, tone: Draft['tone']): Partial<Draft> {
  return draft.signoff.trim() === SIGNOFFS[draft.tone] && tone !== draft.tone
    ? { tone, signoff: SIGNOFFS[tone] }
    : { tone };
}
