/**
 * How often to get in touch with someone, as the People page offers it: the presets, the range of another
 * rhythm, and what "As suggested" means for this person. Pure; the view only shows and calls.
 */
import { DEFAULT_RHYTHM } from '../../core/model/builders';
import { type KeepInTouch, RHYTHM_RANGE } from '../../core/model/model';
import { MONTHS_AFTER_NO, type suggestion } from '../../core/touches';

/** What "Remind me" can be set to: a preset, or another rhythm typed in weeks or months. */
export type RhythmChoice = 'auto' | 'none' | '1' | '3' | '6' | 'custom';

/** The choices of "Remind me", with their labels. */
export const RHYTHM_OPTIONS: readonly (readonly [RhythmChoice, string])[] = [
  ['auto', 'As suggested'],
  ['none', 'No reminders'],
  ['1', 'Every month'],
  ['3', 'Every 3 months'],
  ['6', 'Every 6 months'],
  ['custom', 'Another rhythm'],
];

/** The presets in months: a rhythm that matches one shows as that preset. */
const PRESET_MONTHS = [1, 3, 6];

/** The rhythm a contact has, as the choice shown. */
export function choiceOf(c: Pick<KeepInTouch, 'rhythm' | 'every' | 'unit'> | undefined): RhythmChoice {
  if (!c || c.rhythm === 'auto') return 'auto';
  if (c.rhythm === 'none') return 'none';
  return c.unit === 'month' && PRESET_MONTHS.includes(c.every) ? (String(c.every) as RhythmChoice) : 'custom';
}

/** The rhythm to store for a choice; for another rhythm, the number typed, or undefined when it is out of range. */
export function rhythmFor(
  choice: RhythmChoice,
  typed: { every: string; unit: KeepInTouch['unit'] },
): Pick<KeepInTouch, 'rhythm' | 'every' | 'unit'> | undefined {
  if (choice === 'auto' || choice === 'none') return { ...DEFAULT_RHYTHM, rhythm: choice };
  if (choice !== 'custom') return { rhythm: 'every', every: Number(choice), unit: 'month' };
  const every = Math.round(Number(typed.every));
  return every >= RHYTHM_RANGE.min && every <= RHYTHM_RANGE.max
    ? { rhythm: 'every', every, unit: typed.unit }
    : undefined;
}

/** Where "Another rhythm" starts: what was typed, unless that is a preset (it would show as the preset), then 2. */
export function customStart(typed: { every: string; unit: KeepInTouch['unit'] }): string {
  return typed.unit === 'month' && PRESET_MONTHS.includes(Number(typed.every)) ? '2' : typed.every;
}

/** What "As suggested" means for this person, in words, from the suggestion's own months. */
export function suggestedText(s: ReturnType<typeof suggestion>): string {
  if (!s)
    return `Nothing for now. After a “no”, one check-in about ${MONTHS_AFTER_NO} months later is suggested.`;
  return s.why === 'after-no'
    ? `After the “no”: one friendly check-in, about ${s.months} months later.`
    : `After withdrawing: one note about ${s.months} months later, once you have settled in.`;
}
