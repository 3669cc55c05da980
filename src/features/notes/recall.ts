/**
 * What to recall in a check-in written months later. Loaded by the note builder only for a note that repeats.
 */
import { historyDate } from '../../core/dates';
import { parseLocalDate } from '../../core/local-dates';
import { type Draft, type FollowUpDoc, draftPrefix } from '../../core/model/model';

/** A logged date as people say it: "Sep 15, 2026". */
function spoken(day: string): string {
  const d = parseLocalDate(day);
  return d ? historyDate(d) : day;
}

/**
 * What was last said with someone, across their interviews, to recall in a check-in: the last logged line,
 * else the detail of the last note written to them.
 */
export function recallFor(doc: FollowUpDoc, contactId: string): string | undefined {
  const logged = doc.contacts[contactId]?.log.findLast((e) => e.kind !== 'note' && e.notes.trim());
  if (logged) return `Last time (${spoken(logged.on)}): ${logged.notes.trim()}`;
  let last: Draft | undefined;
  for (const i of doc.interviews)
    for (const r of [...i.people, ...i.references])
      if (r.contactId === contactId)
        for (const [key, d] of Object.entries(doc.drafts))
          if (
            key.startsWith(draftPrefix(i.id, r.id)) &&
            d.detail.trim() &&
            (!last || d.updatedAt > last.updatedAt)
          )
            last = d;
  return last && `You talked about: ${last.detail.trim()}`;
}
