/**
 * Changes to the stored document that every tool page makes: ticking a task, the user's own details, the hints
 * answered. Adding and removing interviews and people (interview-ops.ts, people-ops.ts) are apart, loaded only
 * where they are used.
 */
import type { FollowUpDoc, Interview, Profile } from './model';

/** Applies `change` to one interview (by id) and stamps it; other interviews are left as they are. */
export function changeInterview(
  doc: FollowUpDoc,
  id: string,
  now: Date,
  change: (i: Interview) => Interview,
): FollowUpDoc {
  return {
    ...doc,
    interviews: doc.interviews.map((i) => (i.id === id ? { ...change(i), updatedAt: now.toISOString() } : i)),
  };
}

/** Ticks (with the time) or unticks one checklist task of an interview. */
export const setDone = (doc: FollowUpDoc, interviewId: string, key: string, done: boolean, now: Date) =>
  changeInterview(doc, interviewId, now, (i) => {
    const rest = Object.fromEntries(Object.entries(i.done).filter(([k]) => k !== key));
    return { ...i, done: done ? { ...rest, [key]: now.toISOString() } : rest };
  });

/** Remembers that the user answered a hint (by id) with "not now", so it is asked once. */
export const dismissHint = (doc: FollowUpDoc, id: string): FollowUpDoc =>
  doc.dismissed.includes(id) ? doc : { ...doc, dismissed: [...doc.dismissed, id].slice(-50) };

/** Updates the user's own contact details. */
export const patchProfile = (doc: FollowUpDoc, patch: Partial<Profile>): FollowUpDoc => ({
  ...doc,
  profile: { ...doc.profile, ...patch },
});
