/**
 * The stored document of the tools: one namespaced, versioned document in localStorage.
 * Times are ISO strings: a moment (`2026-11-24T15:30:00.000Z`) or, for what the user types,
 * a local date-time (`2026-11-24T10:30`) or local date (`2026-12-01`) with no zone.
 */

/** The one localStorage key of the tools' data. */
export const STORAGE_KEY = 'fuk:data';
/** Prefix of keys holding stored data that could not be read, kept untouched. */
export const KEPT_ASIDE_PREFIX = 'fuk:kept-aside:';

/** Version of the stored document; bump it and add a step to `migrate()` when the shape changes. */
export const SCHEMA_VERSION = 2;

/** The user's own contact details (rule 2), shared by every interview and every note. */
export interface Profile {
  name: string;
  homePhone: string;
  cellPhone: string;
  email: string;
  postalAddress: string;
}

/** How the interview took place. */
export type InterviewFormat = 'in-person' | 'video' | 'phone';

/** Where the application stands. */
export type Outcome = 'waiting' | 'offer' | 'not-selected' | 'withdrawn';

/** Someone met at the interview. */
export interface Person {
  id: string;
  name: string;
  title: string;
  email: string;
  phone: string;
  postalAddress: string;
  /** Interviewers get a thank-you note each; others are contacts to touch base with. */
  role: 'interviewer' | 'other';
}

/** Someone who may be asked about the user. */
export interface Reference {
  id: string;
  name: string;
  relationship: string;
  email: string;
  phone: string;
  /** The qualities the user would like this reference to stress. */
  qualities: string;
}

/** One interview and the follow-up work done for it. */
export interface Interview {
  id: string;
  company: string;
  role: string;
  /** Local date-time of the interview, `YYYY-MM-DDTHH:mm`. */
  at: string;
  format: InterviewFormat;
  place: string;
  /** Local date by which they said they would decide, `YYYY-MM-DD`, or empty when unknown. */
  decisionDate: string;
  outcome: Outcome;
  notes: string;
  people: Person[];
  references: Reference[];
  /**
   * Ticked checklist items and when: the key is the item id (`follow-up-sent`) for items about the
   * interview, or `itemId:personOrReferenceId` (`thank-you-sent:p1`) for items about one person.
   */
  done: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

/** A note being written, saved per recipient and situation. */
export interface Draft {
  /** How the recipient is addressed, e.g. "Ms. Okafor". */
  greeting: string;
  /** The one specific thing discussed. */
  detail: string;
  /** Up to three strengths to restate. */
  strengths: string[];
  tone: 'formal' | 'warm';
  length: 'short' | 'standard';
  signoff: string;
  /** Whether to ask for feedback (after a "no"). */
  askFeedback: boolean;
  updatedAt: string;
}

/** Everything the tools store. */
export interface FollowUpDoc {
  version: typeof SCHEMA_VERSION;
  profile: Profile;
  interviews: Interview[];
  /** Notes in progress, keyed by `draftKey()`. Added in version 2. */
  drafts: Record<string, Draft>;
}

/** Where a draft is saved: one per interview, recipient and situation. */
export function draftKey(interviewId: string, recipientId: string, situationId: string): string {
  return `${interviewId}:${recipientId}:${situationId}`;
}

/** A document with nothing in it yet. */
export function emptyDoc(): FollowUpDoc {
  return {
    version: SCHEMA_VERSION,
    profile: { name: '', homePhone: '', cellPhone: '', email: '', postalAddress: '' },
    interviews: [],
    drafts: {},
  };
}

/** The key of a ticked item in `Interview.done`. */
export function doneKey(itemId: string, subjectId?: string): string {
  return subjectId ? `${itemId}:${subjectId}` : itemId;
}
