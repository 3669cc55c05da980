import * as v from 'valibot';
import {
  CONTACT_KINDS,
  FORMATS,
  LENGTHS,
  OUTCOMES,
  PERSON_ROLES,
  RHYTHMS,
  RHYTHM_RANGE,
  RHYTHM_UNITS,
  SCHEMA_VERSION,
  SENT_VIA,
  TONES,
} from './model';

/**
 * Longest text read back from one field. Far above what a field accepts as the user types (`MAX_TEXT`),
 * so that nothing once saved is ever set aside for being long; the backup limit bounds the whole.
 */
const MAX_STORED_TEXT = 1_000_000;
const text = v.pipe(v.string(), v.maxLength(MAX_STORED_TEXT));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const isoish = v.pipe(v.string(), v.maxLength(40));
const key = v.pipe(v.string(), v.maxLength(200));
/**
 * Which person a record of an interview is: records with the same contact id are one person met in several
 * processes. Made from the interview and record ids when version 4 came in, so it may be longer than an id.
 */
const contactId = v.pipe(v.string(), v.minLength(1), v.maxLength(140));

const profile = v.object({
  /** The user's name, as it signs every note. */
  name: text,
  homePhone: text,
  cellPhone: text,
  email: text,
  postalAddress: text,
});

/**
 * The words of a name the user said are the given name and the family name ("María José" and "García-López"),
 * or both empty while they have not said (the name is then read word by word). A single name is all given
 * name. Added in version 5.
 */
const nameParts = { givenName: text, familyName: text };

const person = v.object({
  id,
  /** "Ms.", "Dr.", ... as they use it, or empty; offers "Dear Ms. Nguyen" as a greeting. Added in version 3. */
  honorific: v.pipe(v.string(), v.maxLength(40)),
  name: text,
  title: text,
  email: text,
  phone: text,
  postalAddress: text,
  role: v.picklist(PERSON_ROLES),
  /** Added in version 4. */
  contactId,
  ...nameParts,
  /**
   * Where the name was read as the company spells it ("the calendar invite from northwind.com"), or empty when
   * the user typed it; editing the name empties it. Added in version 5.
   */
  nameFrom: text,
});

const reference = v.object({
  id,
  name: text,
  relationship: text,
  email: text,
  phone: text,
  /** The qualities the user would like this reference to stress. */
  qualities: text,
  /** Added in version 4. */
  contactId,
  ...nameParts,
});

const interview = v.object({
  id,
  company: text,
  role: text,
  /** Local date-time of the interview, `YYYY-MM-DDTHH:mm`, or a local date `YYYY-MM-DD` when no time was given. */
  at: isoish,
  format: v.picklist(FORMATS),
  place: text,
  /** Local date by which they said they would decide, `YYYY-MM-DD`, or empty when unknown. */
  decisionDate: isoish,
  outcome: v.picklist(OUTCOMES),
  /** When the outcome was last changed (ISO), or empty while waiting or when unknown. Added in version 4. */
  outcomeAt: isoish,
  notes: text,
  /**
   * The UID of the calendar invite it was recorded from, or empty, so a later invite for the same event
   * updates it rather than adding a second. Added in version 5.
   */
  inviteUid: v.pipe(v.string(), v.maxLength(1000)),
  people: v.array(person),
  references: v.array(reference),
  /**
   * Ticked checklist items and when: the key is the item id (`follow-up-sent`) for items about the
   * interview, or `itemId:personOrReferenceId` (`thank-you-sent:p1`) for items about one person.
   */
  done: v.record(key, isoish),
  createdAt: isoish,
  updatedAt: isoish,
});

const draft = v.object({
  /** How the recipient is addressed, e.g. "Ms. Okafor". */
  greeting: text,
  /** The one specific thing discussed. */
  detail: text,
  /** Up to three strengths to restate. */
  strengths: v.pipe(v.array(text), v.maxLength(3)),
  tone: v.picklist(TONES),
  length: v.picklist(LENGTHS),
  signoff: text,
  /** Whether to ask for feedback (after a "no"). */
  askFeedback: v.boolean(),
  /** The note as the user edited it, or empty while it follows the template. Added in version 3. */
  body: text,
  /** How the note was sent (empty while not sent); when is the checklist's tick. Added in version 3. */
  sentVia: v.picklist(SENT_VIA),
  /**
   * What else the situation asks for, by the fact's name (`evidence`, `offerSalary`, `decideBy`...; see
   * `content/situations.yaml`): only what the user typed or chose. Added in version 5.
   */
  facts: v.pipe(v.record(key, text), v.maxEntries(40)),
  updatedAt: isoish,
});

const loggedContact = v.object({
  id,
  /** Local date, `YYYY-MM-DD`. */
  on: isoish,
  kind: v.picklist(CONTACT_KINDS),
  /** A line about it: what was said, what they are up to. */
  notes: text,
  /** For a note sent from the builder and logged (the repeated check-in): the note as sent. */
  text: v.optional(text),
});

const contact = v.object({
  rhythm: v.picklist(RHYTHMS),
  /** With `rhythm: 'every'`: how many weeks or months between contacts. */
  every: v.pipe(v.number(), v.integer(), v.minValue(RHYTHM_RANGE.min), v.maxValue(RHYTHM_RANGE.max)),
  unit: v.picklist(RHYTHM_UNITS),
  log: v.pipe(v.array(loggedContact), v.maxLength(2000)),
  /** Other people's contact ids the user said are not this person, so the match is not suggested again. */
  apart: v.pipe(v.array(contactId), v.maxLength(500)),
  updatedAt: isoish,
});

/** The stored document at the current version; unknown keys are dropped, wrong types rejected. */
export const docSchema = v.object({
  version: v.literal(SCHEMA_VERSION),
  profile,
  interviews: v.array(interview),
  /** Notes in progress, keyed by `draftKey()`. Added in version 2. */
  drafts: v.record(key, draft),
  /** Ids of hints the user has answered "not now" to, so each is asked once. Added in version 3. */
  dismissed: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(50)),
  /**
   * Per person (by contact id), their keep-in-touch rhythm and logged contacts; someone with neither has no
   * entry. Added in version 4.
   */
  contacts: v.record(contactId, contact),
  /**
   * A stable `urn:uuid:` for the user's contact card (the profile as a vCard), so an address book updates the
   * card it imported before; empty until the first card is made. Added in version 5.
   */
  cardUid: v.pipe(v.string(), v.maxLength(80)),
});

/** A readable account of why a value does not fit the schema, naming where, e.g. `interviews.0.outcome`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') || 'document';
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}
