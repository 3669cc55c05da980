/**
 * New records with nothing done yet: an interview, a person, a reference, a keep-in-touch record. No runtime imports, so tests and the
 * benchmark's fixtures can build documents in plain Node.
 */
import type { Interview, KeepInTouch, Person, Reference } from './model';

/** Fields of an interview the user types. */
export type InterviewFields = Pick<
  Interview,
  'company' | 'role' | 'at' | 'format' | 'place' | 'decisionDate' | 'outcome' | 'notes' | 'inviteUid'
>;

/** A new record's id: eight characters of a random UUID, unique among one user's records. */
export const newId = (): string => crypto.randomUUID().slice(0, 8);

/** A new interview with nothing done yet. */
export function newInterview(id: string, fields: Partial<InterviewFields>, now: Date): Interview {
  const stamp = now.toISOString();
  return {
    id,
    company: '',
    role: '',
    at: '',
    format: 'in-person',
    place: '',
    decisionDate: '',
    outcome: 'waiting',
    notes: '',
    inviteUid: '',
    ...fields,
    outcomeAt: fields.outcome && fields.outcome !== 'waiting' ? stamp : '',
    people: [],
    references: [],
    done: {},
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** A person with a role and whatever details are known. */
export const newPerson = (
  id: string,
  role: Person['role'],
  details: Partial<Omit<Person, 'id'>> = {},
): Person => ({
  id,
  honorific: '',
  name: '',
  title: '',
  email: '',
  phone: '',
  postalAddress: '',
  role,
  contactId: id,
  givenName: '',
  familyName: '',
  nameFrom: '',
  ...details,
});

/** A reference with whatever details are known. */
export const newReference = (id: string, details: Partial<Omit<Reference, 'id'>> = {}): Reference => ({
  id,
  name: '',
  relationship: '',
  email: '',
  phone: '',
  qualities: '',
  contactId: id,
  givenName: '',
  familyName: '',
  ...details,
});

/** The rhythm a keep-in-touch record starts with: as suggested, with "every 3 months" ready to choose. */
export const DEFAULT_RHYTHM = { rhythm: 'auto', every: 3, unit: 'month' } as const satisfies Pick<
  KeepInTouch,
  'rhythm' | 'every' | 'unit'
>;

/** A person's keep-in-touch record, made the first time anything is kept about them: nothing logged yet. */
export const newKeepInTouch = (now: Date): KeepInTouch => ({
  ...DEFAULT_RHYTHM,
  log: [],
  apart: [],
  updatedAt: now.toISOString(),
});
