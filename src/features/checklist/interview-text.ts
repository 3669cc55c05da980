/**
 * What one interview's page says about it in words: the facts recorded, and the check-ins suggested after a
 * "no" or a withdrawal. Loaded with that page, not with the list.
 */
import { interviewDate, shortDate } from '../../core/dates';
import { parseLocalDate } from '../../core/local-dates';
import type { DueTouch } from '../../core/due';
import type { Interview } from '../../core/model/model';
import { joinWords } from '../../core/words';
import { OUTCOME_LABELS } from './labels';

/** The recorded facts of an interview worth showing, with their labels: the ones filled in, in this order. */
export function interviewFacts(i: Interview): (readonly [label: string, value: string])[] {
  // A date as every date is shown ("Tue, Dec 1, 2026"); what cannot be read shows as typed.
  const decided = parseLocalDate(i.decisionDate);
  const outcome = i.outcome === 'waiting' ? '' : (OUTCOME_LABELS.find(([o]) => o === i.outcome)?.[1] ?? '');
  return (
    [
      ['Place', i.place],
      ['Decision expected', decided ? interviewDate(decided, false) : i.decisionDate],
      ['Outcome', outcome],
      ['Notes', i.notes],
    ] as const
  ).filter(([, v]) => v.trim());
}

/** The check-ins suggested after a "no" or a withdrawal, in one sentence, or empty when there are none. */
export function checkInLine(checkIns: readonly DueTouch[]): string {
  const [first] = checkIns;
  if (!first) return '';
  const names = joinWords(checkIns.map((t) => t.who));
  return checkIns.length === 1
    ? `A friendly check-in with ${names} is suggested around ${shortDate(first.due)}.`
    : `Check-ins with ${names} are suggested from ${shortDate(first.due)}.`;
}
