import { $doc, update } from '../../core/store/followup';

/**
 * The contact card's stable id, `urn:uuid:…`, made and stored the first time a card is made, then the same
 * in every card, on every export.
 */
export function ensureCardUid(): string {
  const known = $doc.get().cardUid;
  if (known) return known;
  const uid = `urn:uuid:${crypto.randomUUID()}`;
  update((doc) => (doc.cardUid ? doc : { ...doc, cardUid: uid }));
  return $doc.get().cardUid;
}
