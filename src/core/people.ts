/**
 * The people recorded across interviews: each person once, with every interview they were met in. A person
 * is the set of records (people and references of interviews) that share a contact id; linking two people
 * gives their records one id. Pure: documents are passed in and new ones returned.
 */
import { parseInterviewAt } from './local-dates';
import { HONORIFIC_WORDS } from './words';
import { type Interview, type Someone, everyoneIn } from './model/model';

/** How someone was recorded in one interview. */
export type RecordKind = Someone['kind'];

/** One record of a person: as met in, or named as a reference for, one interview. */
export type Met = Someone & {
  interview: Interview;
  /** When the interview was, if its date is known. */
  at?: Date;
};

/** A person across interviews. */
export interface PersonGroup {
  contactId: string;
  /** The name as most recently recorded, or "Unnamed". */
  name: string;
  /** Their records, the most recent interview first (undated last): never none. */
  met: [Met, ...Met[]];
}

const grouped = new WeakMap<readonly Interview[], PersonGroup[]>();

/**
 * Everyone recorded, each person once, in the order first met in the list of interviews. Worked out once per
 * list of interviews: stored documents are immutable, so the same list always gives the same people.
 */
export function peopleOf(interviews: readonly Interview[]): PersonGroup[] {
  const known = grouped.get(interviews);
  if (known) return known;
  const byId = new Map<string, PersonGroup['met']>();
  for (const interview of interviews) {
    const at = parseInterviewAt(interview.at);
    for (const someone of everyoneIn(interview)) {
      const met: Met = { ...someone, interview, ...(at && { at }) };
      const list = byId.get(someone.record.contactId);
      if (list) list.push(met);
      else byId.set(someone.record.contactId, [met]);
    }
  }
  const groups = [...byId].map(([contactId, met]) => {
    met.sort((a, b) => (b.at?.getTime() ?? -Infinity) - (a.at?.getTime() ?? -Infinity) || 0);
    return { contactId, name: met.find((m) => m.record.name.trim())?.record.name.trim() ?? 'Unnamed', met };
  });
  grouped.set(interviews, groups);
  return groups;
}

/** The ways to reach a person across their records: each email and phone once, as typed, the latest first. */
export function waysToReach(group: PersonGroup): { emails: string[]; phones: string[] } {
  const each = (field: 'email' | 'phone') => [
    ...new Set(group.met.map((m) => m.record[field].trim()).filter(Boolean)),
  ];
  return { emails: each('email'), phones: each('phone') };
}

const LEADING_HONORIFIC = new RegExp(`^(?:${HONORIFIC_WORDS}) `);

/** A name as compared: accents and case folded, a leading honorific and punctuation dropped. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(LEADING_HONORIFIC, '');
}
