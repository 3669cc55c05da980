/** Words and names the note builder shows: what kind of note, how it was sent, the file it downloads as. */
import type { SentVia } from '../../lib/model';
import type { Situation } from '../../schemas/situation';

/** What to call a note for a situation, e.g. "Thank-you note", "Follow-up note", "Note". */
export function noteNoun(situation: Pick<Situation, 'label'>): string {
  if (/^thank/i.test(situation.label)) return 'Thank-you note';
  if (/^follow-up/i.test(situation.label)) return 'Follow-up note';
  return 'Note';
}

/** What a recipient is to the user, in a few words. */
export const KIND = { interviewer: 'interviewer', other: 'contact', reference: 'reference' } as const;

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

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;
}
