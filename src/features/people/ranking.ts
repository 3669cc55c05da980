/** The People list's order and its search: who to get in touch with first, then the most recently met. */
import type { FollowUpDoc } from '../../core/model/model';
import { type PersonGroup, nameKey } from '../../core/people';
import { type Touch, nextTouch } from '../../core/touches';

/** A person on the list, with their next suggested touch if any. */
export interface PersonRow {
  group: PersonGroup;
  touch: Touch | undefined;
}

/**
 * Everyone in the order the list shows them: the soonest touch due first (overdue before due), then those
 * with none, the most recently met first (undated last).
 */
export function rankPeople(
  groups: readonly PersonGroup[],
  data: Pick<FollowUpDoc, 'drafts' | 'contacts'>,
  now: Date,
): PersonRow[] {
  const never = Number.MAX_SAFE_INTEGER;
  return groups
    .map((group) => ({ group, touch: nextTouch(group, data, now) }))
    .sort(
      (a, b) =>
        (a.touch?.due.getTime() ?? never) - (b.touch?.due.getTime() ?? never) ||
        (b.group.met[0].at?.getTime() ?? 0) - (a.group.met[0].at?.getTime() ?? 0),
    );
}

/**
 * The rows whose name or companies contain the typed text, ignoring case, accents and punctuation ("jose"
 * finds "José"); all rows for an empty search.
 */
export function filterPeople(rows: readonly PersonRow[], search: string): readonly PersonRow[] {
  const words = nameKey(search);
  if (!words) return rows;
  return rows.filter(({ group }) =>
    nameKey(`${group.name} ${group.met.map((m) => m.interview.company).join(' ')}`).includes(words),
  );
}
