/**
 * Two tabs that save at nearly the same moment each write before hearing of the other's save (a browser tells
 * other tabs of a save a little later, more so when the machine is busy), so the later save would erase the
 * earlier one's changes. This tab then keeps its own recent changes that their text has not seen: record by
 * record (the profile, each interview, each draft, each keep-in-touch record), a record that one of this
 * tab's recent saves changed, and that their text still holds as it was before that save, takes this tab's
 * version. Everything else is theirs, so what they changed, removed or undid stands.
 */
import type { FollowUpDoc } from './model';

/** One save this tab made: the document as it stood before, and as saved. */
export interface OwnSave {
  before: FollowUpDoc;
  after: FollowUpDoc;
}

/** Two versions of a record are the same when they hold the same values. */
const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The records of a document that are saved and changed on their own, by kind, each kind by id. */
function tables(doc: FollowUpDoc) {
  return {
    single: new Map<string, unknown>([
      ['profile', doc.profile],
      ['dismissed', doc.dismissed],
      ['cardUid', doc.cardUid],
    ]),
    interviews: new Map(doc.interviews.map((i) => [i.id, i])),
    drafts: new Map(Object.entries(doc.drafts)),
    contacts: new Map(Object.entries(doc.contacts)),
  };
}
type Tables = ReturnType<typeof tables>;
type Kind = keyof Tables;
const KINDS: readonly Kind[] = ['single', 'interviews', 'drafts', 'contacts'];

/**
 * `theirs` with this tab's changes it has not seen put back (see above), given `mine`, this tab's document as
 * last saved or taken in, and this tab's recent saves. Returns `theirs` itself when nothing is put back.
 */
export function keepUnseenChanges(
  theirs: FollowUpDoc,
  mine: FollowUpDoc,
  saves: readonly OwnSave[],
): FollowUpDoc {
  if (!saves.length) return theirs;
  const t = tables(theirs);
  const m = tables(mine);
  /** By kind, the ids whose version here replaces theirs (absent here: removed). */
  const kept: Record<Kind, Set<string>> = {
    single: new Set(),
    interviews: new Set(),
    drafts: new Set(),
    contacts: new Set(),
  };
  for (const save of saves) {
    const before = tables(save.before);
    const after = tables(save.after);
    for (const kind of KINDS) {
      const ids = new Set([...before[kind].keys(), ...after[kind].keys()]);
      for (const id of ids) {
        const was = before[kind].get(id);
        const now = after[kind].get(id);
        // Records a save left alone keep their object, so most are passed over without a comparison.
        if (was === now || kept[kind].has(id)) continue;
        const theirsNow = t[kind].get(id);
        if (same(was, theirsNow) && !same(was, now) && !same(theirsNow, m[kind].get(id))) kept[kind].add(id);
      }
    }
  }
  if (KINDS.every((k) => kept[k].size === 0)) return theirs;

  const pick = <V>(kind: Kind, id: string, theirsValue: V): V =>
    kept[kind].has(id) ? (m[kind].get(id) as V) : theirsValue;
  const record = <V>(kind: 'drafts' | 'contacts', source: Record<string, V>): Record<string, V> => {
    const ids = new Set([...Object.keys(source), ...kept[kind]]);
    return Object.fromEntries(
      [...ids].flatMap((id) => {
        const value = kept[kind].has(id) ? (m[kind].get(id) as V | undefined) : source[id];
        return value === undefined ? [] : [[id, value] as const];
      }),
    );
  };
  const keptInterviews = kept.interviews;
  return {
    ...theirs,
    profile: pick('single', 'profile', theirs.profile),
    dismissed: pick('single', 'dismissed', theirs.dismissed),
    cardUid: pick('single', 'cardUid', theirs.cardUid),
    interviews: [
      ...theirs.interviews.flatMap((i) => (keptInterviews.has(i.id) ? (m.interviews.get(i.id) ?? []) : i)),
      ...mine.interviews.filter((i) => keptInterviews.has(i.id) && !t.interviews.has(i.id)),
    ],
    drafts: record('drafts', theirs.drafts),
    contacts: record('contacts', theirs.contacts),
  };
}
