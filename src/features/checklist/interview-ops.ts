/**
 * Adding, changing and removing interviews, and adding people and references to them. Only the checklist does
 * these, so they are apart from doc-ops.ts, which every tool page loads.
 */
import type { InterviewFields } from '../../core/model/builders';
import { changeInterview } from '../../core/model/doc-ops';
import type { FollowUpDoc, Interview, Person, Reference } from '../../core/model/model';

/** Adds an interview at the start of the list. */
export const addInterview = (doc: FollowUpDoc, interview: Interview): FollowUpDoc => ({
  ...doc,
  interviews: [interview, ...doc.interviews.filter((i) => i.id !== interview.id)],
});

/** Removes an interview; `restoreInterview` puts it back where it was. */
export const removeInterview = (doc: FollowUpDoc, id: string): FollowUpDoc => ({
  ...doc,
  interviews: doc.interviews.filter((i) => i.id !== id),
});

/** Puts a removed interview back at `index` (or replaces it when it is there again). */
export function restoreInterview(doc: FollowUpDoc, interview: Interview, index: number): FollowUpDoc {
  const rest = doc.interviews.filter((i) => i.id !== interview.id);
  const at = Math.max(0, Math.min(index, rest.length));
  return { ...doc, interviews: [...rest.slice(0, at), interview, ...rest.slice(at)] };
}

/** Updates fields of the interview; a new outcome is stamped with when it came (the rhythm counts from it). */
export const patchInterview = (doc: FollowUpDoc, id: string, patch: Partial<InterviewFields>, now: Date) =>
  changeInterview(doc, id, now, (i) => ({
    ...i,
    ...patch,
    ...(patch.outcome &&
      patch.outcome !== i.outcome && { outcomeAt: patch.outcome === 'waiting' ? '' : now.toISOString() }),
  }));

/** Adds one person to an interview (changing and removing them: people-ops.ts). */
export const addPerson = (doc: FollowUpDoc, interviewId: string, person: Person, now: Date) =>
  changeInterview(doc, interviewId, now, (i) => ({ ...i, people: [...i.people, person] }));
/** Adds one reference to an interview. */
export const addReference = (doc: FollowUpDoc, interviewId: string, reference: Reference, now: Date) =>
  changeInterview(doc, interviewId, now, (i) => ({ ...i, references: [...i.references, reference] }));
/** Drafts whose key starts with `prefix` (`interviewId:` or `interviewId:personId:`). */
export function draftsUnder(doc: FollowUpDoc, prefix: string): FollowUpDoc['drafts'] {
  return Object.fromEntries(Object.entries(doc.drafts).filter(([key]) => key.startsWith(prefix)));
}

/** Forgets the drafts under `prefix`: a deleted person's or interview's notes go with them. */
export const withoutDrafts = (doc: FollowUpDoc, prefix: string): FollowUpDoc => ({
  ...doc,
  drafts: Object.fromEntries(Object.entries(doc.drafts).filter(([key]) => !key.startsWith(prefix))),
});
