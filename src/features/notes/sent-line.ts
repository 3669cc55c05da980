/** How a sent note is described: when and how it left the builder. Loaded with the sent state. */
import { shortDate } from '../../core/dates';
import type { SentVia } from '../../core/model/model';

/** How a note left the builder, as said after "Sent … on Thu, Nov 26". */
export const VIA_LABELS: Record<SentVia, string> = {
  '': 'ticked in your checklist',
  copied: 'copied',
  email: 'opened in your email app',
  download: 'downloaded',
  marked: 'marked as sent',
};

/** "Sent to Dana Nguyen on Thu, Nov 26 (copied)". */
export function sentLine(name: string, at: string, via: SentVia): string {
  const date = new Date(at);
  const day = Number.isNaN(date.getTime()) ? '' : shortDate(date);
  return `Sent to ${name.trim() || 'them'}${day ? ` on ${day}` : ''} (${VIA_LABELS[via]})`;
}
