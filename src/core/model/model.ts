/**
 * The stored document of the tools: one namespaced, versioned document in localStorage.
 * Times are ISO strings: a moment (`2026-11-24T15:30:00.000Z`) or, for what the user types,
 * a local date-time (`2026-11-24T10:30`) or local date (`2026-12-01`) with no zone.
 *
 * The shapes are defined once, by the valibot schema in `stored-schema.ts`; the types here are inferred
 * from it, and the word lists below feed both the schema and the labels of the tools.
 */
import type * as v from 'valibot';
import type { docSchema } from './stored-schema';

/** The one localStorage key of the tools' data. */
export const STORAGE_KEY = 'fuk:data';
/** Prefix of keys holding stored data that could not be read, kept untouched. */
export const KEPT_ASIDE_PREFIX = 'fuk:kept-aside:';

/** Version of the stored document; bump it and add a step to `migrate()` when the shape changes. */
export const SCHEMA_VERSION = 5;

/** How the interview took place. */
export const FORMATS = ['in-person', 'video', 'phone'] as const;
/**
 * Where the application stands; `cancelled`: the employer called the interview off (a cancelled invite, or
 * said so), so nothing is due for it. `cancelled` was added in version 5.
 */
export const OUTCOMES = ['waiting', 'offer', 'not-selected', 'withdrawn', 'cancelled'] as const;
/** Interviewers get a thank-you note each; others are contacts to touch base with. */
export const PERSON_ROLES = ['interviewer', 'other'] as const;
/** The tone of a note. */
export const TONES = ['formal', 'warm'] as const;
/** The length of a note. */
export const LENGTHS = ['short', 'standard'] as const;
/** How a note left the builder: copied, opened in the email app, downloaded, or marked by hand. */
export const SENT_VIA = ['', 'copied', 'email', 'download', 'marked'] as const;
/** Ways of being in touch that can be logged; `note` is a note sent from the note builder. */
export const CONTACT_KINDS = ['emailed', 'met', 'called', 'linkedin', 'note'] as const;
/**
 * How often to get in touch with someone: `auto` follows the situation (a check-in after a "no", a note once
 * settled after withdrawing), `none` never, `every` every `every` weeks or months.
 */
export const RHYTHMS = ['auto', 'none', 'every'] as const;
/** The unit of a rhythm. */
export const RHYTHM_UNITS = ['month', 'week'] as const;
/** A rhythm of `every` weeks or months is between 1 and 104 of them (two years of weeks). */
export const RHYTHM_RANGE = { min: 1, max: 104 } as const;
/** Longest text kept from one field as the user types; longer text is stopped at the field, never set aside. */
export const MAX_TEXT = 20_000;

export type InterviewFormat = (typeof FORMATS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type PersonRole = (typeof PERSON_ROLES)[number];
export type SentVia = (typeof SENT_VIA)[number];
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Everything the tools store. */
export type FollowUpDoc = v.InferOutput<typeof docSchema>;
/** The user's own contact details (rule 2), shared by every interview and every note. */
export type Profile = FollowUpDoc['profile'];
/** One interview and the follow-up work done for it. */
export type Interview = FollowUpDoc['interviews'][number];
/** Someone met at the interview. */
export type Person = Interview['people'][number];
/** Someone who may be asked about the user. */
export type Reference = Interview['references'][number];

/**
 * Someone in one interview, read the same way by every tool: a person met there (who interviewed the user or
 * not) or a reference named for it.
 */
export type Someone = { kind: PersonRole; record: Person } | { kind: 'reference'; record: Reference };

/** Everyone recorded in an interview: the people met, then the references. */
export const everyoneIn = (interview: Interview): Someone[] => [
  ...interview.people.map((record) => ({ kind: record.role, record })),
  ...interview.references.map((record) => ({ kind: 'reference' as const, record })),
];
/** What is kept about one person across interviews: their keep-in-touch rhythm and the contacts logged. */
export type KeepInTouch = FollowUpDoc['contacts'][string];
/** One logged contact: emailed, met, called, a LinkedIn message or a note sent. */
export type LoggedContact = KeepInTouch['log'][number];

/** Two logs of contacts as one: each entry once (by id, the first log's kept), in the order of their days. */
export function mergeLogs(
  first: readonly LoggedContact[],
  second: readonly LoggedContact[],
): LoggedContact[] {
  const known = new Set(first.map((e) => e.id));
  return [...first, ...second.filter((e) => !known.has(e.id))].sort((a, b) =>
    a.on < b.on ? -1 : a.on > b.on ? 1 : 0,
  );
}
/** A note being written, saved per recipient and situation. */
export type Draft = FollowUpDoc['drafts'][string];

/**
 * An id as one part of a composite key: `:` (the separator) and `%` are escaped, so an id holding a colon
 * (an imported file may carry any id) cannot run into the next part. Ids without them, as every id this site
 * makes, stay as they are, so stored keys need no migration.
 */
const keyPart = (id: string): string => id.replace(/%/g, '%25').replace(/:/g, '%3A');

/** Where a draft is saved: one per interview, recipient and situation. */
export function draftKey(interviewId: string, recipientId: string, situationId: string): string {
  return `${keyPart(interviewId)}:${keyPart(recipientId)}:${situationId}`;
}

/** The start that every draft key of an interview, or of one recipient in it, shares. */
export function draftPrefix(interviewId: string, recipientId?: string): string {
  return recipientId === undefined
    ? `${keyPart(interviewId)}:`
    : `${keyPart(interviewId)}:${keyPart(recipientId)}:`;
}

/** A document with nothing in it yet. */
export function emptyDoc(): FollowUpDoc {
  return {
    version: SCHEMA_VERSION,
    profile: { name: '', homePhone: '', cellPhone: '', email: '', postalAddress: '' },
    interviews: [],
    drafts: {},
    dismissed: [],
    contacts: {},
    cardUid: '',
  };
}

/** The ways an employer can reach the user (rule 2), with their names, in the order the guide lists them. */
const CHANNELS: readonly (readonly [keyof Profile, string])[] = [
  ['homePhone', 'home phone'],
  ['cellPhone', 'cell phone'],
  ['email', 'email'],
  ['postalAddress', 'postal address'],
];

/** The names of the contact channels missing from the profile, in the order the guide lists them. */
export function missingChannels(profile: Profile): string[] {
  return CHANNELS.filter(([field]) => !profile[field].trim()).map(([, label]) => label);
}

/** The key of a ticked item in `Interview.done` (checklist ids hold no colon). */
export function doneKey(itemId: string, subjectId?: string): string {
  return subjectId ? `${itemId}:${keyPart(subjectId)}` : itemId;
}

/** Whether a key of `Interview.done` is a tick about this person or reference. */
export function isDoneFor(key: string, subjectId: string): boolean {
  return key.endsWith(`:${keyPart(subjectId)}`);
}
