/** One entry of a person's history in words, as the People page lists it. Pure. */
import type { SentVia } from '../../core/model/model';
import type { PersonGroup } from '../../core/people';
import { interviewTitle } from '../../core/titles';
import type { TouchEvent } from '../../core/touches';
import { kindWord } from './labels';

/** The labels the page carries: situation and checklist item names by id. */
export interface HistoryLabels {
  situations: Record<string, string>;
  items: Record<string, string>;
}

/** How a note left the builder, as a history says it in passing; nothing when it was only marked or ticked. */
const VIA_SHORT: Record<SentVia, string> = {
  '': '',
  copied: 'copied',
  email: 'email app',
  download: 'download',
  marked: '',
};

/** The title of the interview where the person was met, or empty. */
function titleOf(group: PersonGroup, interviewId: string | undefined): string {
  const met = group.met.find((m) => m.interview.id === interviewId);
  return met ? interviewTitle(met.interview) : '';
}

/**
 * An entry in words: "Thank-you after the interview sent (email app)", "Done: Check the spelling…". Notes and
 * ticks name their interview when the person was met at several.
 */
export function historyLine(e: TouchEvent, group: PersonGroup, labels: HistoryLabels): string {
  const where = group.met.length > 1 && e.interviewId ? ` · ${titleOf(group, e.interviewId)}` : '';
  const via = e.via && VIA_SHORT[e.via] ? ` (${VIA_SHORT[e.via]})` : '';
  switch (e.kind) {
    case 'interview':
      return `Interview: ${titleOf(group, e.interviewId)}`;
    case 'sent':
      return `${labels.situations[e.what] ?? 'Note'} sent${via}${where}`;
    case 'ticked':
      return `Done: ${labels.items[e.what] ?? e.what}${where}`;
    default:
      return `${kindWord(e.kind)}${e.what ? `: ${e.what}` : ''}`;
  }
}
