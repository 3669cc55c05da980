/** How a sent note is described: when and how it left the builder. Loaded with the sent state. */
import type { SentVia } from '../../lib/model';

/** How a note left the builder, as said after "Sent … on Wed 26 Nov". */
export const VIA_LABELS: Record<SentVia, string> = {
  '': 'ticked in your checklist',
  copied: 'copied',
  email: 'opened in your email app',
  download: 'downloaded',
  marked: 'marked as sent',
};

/** A short local date, e.g. "Wed 26 Nov". */
export function shortDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
}

/** "Sent to Dana Nguyen on Wed 26 Nov (copied)". */
export function sentLine(name: string, at: string, via: SentVia): string {
  const day = shortDate(at);
  return `Sent to ${name.trim() || 'them'}${day ? ` on ${day}` : ''} (${VIA_LABELS[via]})`;
}
