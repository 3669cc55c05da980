import * as v from 'valibot';
import { type FollowUpDoc, SCHEMA_VERSION } from './model';
import { describeIssues, docSchema } from './stored-schema';

/** What reading stored text gave: the document, or why it could not be read. */
export type DecodeResult =
  | { ok: true; doc: FollowUpDoc; migratedFrom?: number }
  | { ok: false; reason: 'not-json' | 'newer-version' | 'unknown-version' | 'wrong-shape'; detail: string };

/**
 * Steps from each earlier version to the next, applied in order. Each step has a fixture of the version
 * it reads in tests/fixtures/stored.ts.
 */
const STEPS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  /** Version 2 adds note drafts. */
  1: (old) => ({ ...old, version: 2, drafts: {} }),
  /**
   * Version 3 adds a person's honorific, a draft's edited text and how it was sent, and the hints answered
   * "not now". Anything of an unexpected shape is passed on as it is, for the schema to report.
   */
  2: (old) => ({
    ...old,
    version: 3,
    interviews: mapArray(old['interviews'], (i) => ({
      ...i,
      people: mapArray(i['people'], (p) => ({ honorific: '', ...p })),
    })),
    drafts: mapRecord(old['drafts'], (d) => ({ body: '', sentVia: '', ...d })),
    dismissed: [],
  }),
  /**
   * Version 4 links the records of one person across interviews (each record starts as its own person),
   * keeps when an outcome was set (taken as the last change of an interview that has one), and adds the
   * keep-in-touch data.
   */
  3: (old) => ({
    ...old,
    version: 4,
    interviews: mapArray(old['interviews'], (i) => {
      const own = (r: Obj) => ({ contactId: `${String(i['id'])}:${String(r['id'])}`, ...r });
      const decided = i['outcome'] !== 'waiting' && typeof i['updatedAt'] === 'string';
      return {
        outcomeAt: decided ? i['updatedAt'] : '',
        ...i,
        people: mapArray(i['people'], own),
        references: mapArray(i['references'], own),
      };
    }),
    contacts: {},
  }),
  /**
   * Version 5 adds the given and family name a person can be said to have, the facts a note asks for beyond
   * the detail and strengths, the contact card's stable id (made with the first card), and where an interview
   * or a person's name was read from a calendar invite (none before).
   */
  4: (old) => {
    const parts = (r: Obj) => ({ givenName: '', familyName: '', ...r });
    const person = (r: Obj) => ({ ...parts(r), nameFrom: '' });
    return {
      ...old,
      version: 5,
      interviews: mapArray(old['interviews'], (i) => ({
        inviteUid: '',
        ...i,
        people: mapArray(i['people'], person),
        references: mapArray(i['references'], parts),
      })),
      drafts: mapRecord(old['drafts'], (d) => ({ facts: {}, ...d })),
      cardUid: '',
    };
  },
};

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

function mapArray(list: unknown, f: (o: Obj) => Obj): unknown {
  return Array.isArray(list) ? list.map((x) => (isObj(x) ? f(x) : x)) : list;
}

function mapRecord(record: unknown, f: (o: Obj) => Obj): unknown {
  return isObj(record)
    ? Object.fromEntries(Object.entries(record).map(([k, x]) => [k, isObj(x) ? f(x) : x]))
    : record;
}

/**
 * Reads stored text into the current document: parses it, brings older versions up to date, and
 * validates the result. Never throws: anything it cannot read is reported, so the caller can keep it aside.
 */
export function decodeStored(raw: string): DecodeResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: 'wrong-shape', detail: 'document: not an object' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      reason: 'unknown-version',
      detail: `version: ${JSON.stringify(version) ?? 'missing'}`,
    };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      reason: 'newer-version',
      detail: `version ${version} is newer than ${SCHEMA_VERSION}`,
    };
  }
  let current = data as Record<string, unknown>;
  for (let from = version; from < SCHEMA_VERSION; from++) {
    const step = STEPS[from];
    if (!step) return { ok: false, reason: 'unknown-version', detail: `no migration from version ${from}` };
    current = step(current);
  }
  const parsed = v.safeParse(docSchema, current);
  if (!parsed.success) return { ok: false, reason: 'wrong-shape', detail: describeIssues(parsed.issues) };
  return version === SCHEMA_VERSION
    ? { ok: true, doc: parsed.output }
    : { ok: true, doc: parsed.output, migratedFrom: version };
}

/** What to tell the user when stored data could not be read. */
export function decodeProblemMessage(reason: Exclude<DecodeResult, { ok: true }>['reason']): string {
  switch (reason) {
    case 'newer-version':
      return 'Your saved checklist was written by a newer version of this site.';
    case 'not-json':
    case 'wrong-shape':
    case 'unknown-version':
      return 'Your saved checklist is damaged and could not be read.';
  }
}
