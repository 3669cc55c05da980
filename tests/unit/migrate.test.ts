import { describe, expect, it } from 'vitest';
import { decodeProblemMessage, decodeStored } from '../../src/core/model/migrate';
import { type FollowUpDoc, SCHEMA_VERSION, emptyDoc } from '../../src/core/model/model';
import { linkSuggestions } from '../../src/core/link-people';
import { peopleOf } from '../../src/core/people';
import { HOSTILE, currentDoc, hostileDoc, unreadable, v1Doc, v2Doc, v3Doc, v4Doc } from '../fixtures/stored';

/** The fixture of each earlier version, and the current document it must become. */
const honorless = currentDoc.interviews.map((i) => ({
  ...i,
  people: i.people.map((p) => ({ ...p, honorific: '' })),
}));
const earlier: [version: number, old: unknown, doc: FollowUpDoc][] = [
  // Version 1 had no drafts; version 2 no honorifics, no edited note text and no "sent".
  [1, v1Doc, { ...currentDoc, interviews: honorless, drafts: {} }],
  [
    2,
    v2Doc,
    {
      ...currentDoc,
      interviews: honorless,
      drafts: Object.fromEntries(
        Object.entries(currentDoc.drafts).map(([k, d]) => [k, { ...d, body: '', sentVia: '' as const }]),
      ),
    },
  ],
  // Version 3 had everything but contact ids, the outcome's date and the keep-in-touch data.
  [3, v3Doc, currentDoc],
  [4, v4Doc, currentDoc],
];

/** A version 3 interview with one person and one reference, with the given ids. */
const v3Interview = (id: string, over: Record<string, unknown> = {}) => ({
  ...v3Doc.interviews[0]!,
  id,
  people: [{ ...v3Doc.interviews[0]!.people[0]!, id: 'p1' }],
  references: [{ ...v3Doc.interviews[0]!.references[0]!, id: 'r1' }],
  ...over,
});

describe('the step to version 4 (people across interviews)', () => {
  const decode = (interviews: unknown[]) => {
    const result = decodeStored(JSON.stringify({ ...v3Doc, interviews }));
    if (!result.ok) throw new Error(result.detail);
    return result.doc;
  };

  it('makes each record its own person, from its interview and record ids: two "p1" stay two people', () => {
    const doc = decode([v3Interview('a'), v3Interview('b')]);
    expect(doc.interviews.map((i) => [...i.people, ...i.references].map((r) => r.contactId))).toEqual([
      ['a:p1', 'a:r1'],
      ['b:p1', 'b:r1'],
    ]);
    // The same name and email in both: offered as matches to confirm, never linked silently.
    const people = peopleOf(doc.interviews);
    expect(people).toHaveLength(4);
    expect(
      linkSuggestions(people, doc.contacts).map((s) => [s.a.contactId, s.b.contactId, s.reason]),
    ).toEqual([
      ['a:p1', 'b:p1', 'both'],
      ['a:r1', 'b:r1', 'both'],
    ]);
    expect(doc.contacts).toEqual({});
  });

  it('accepts contact ids made from the longest interview and record ids', () => {
    const long = 'x'.repeat(64);
    const doc = decode([v3Interview(long, { people: [{ ...v3Doc.interviews[0]!.people[0]!, id: long }] })]);
    expect(doc.interviews[0]?.people[0]?.contactId).toBe(`${long}:${long}`);
  });

  it.each([
    ['not-selected', '2026-12-01T15:00:00.000Z'],
    ['withdrawn', '2026-12-01T15:00:00.000Z'],
    ['offer', '2026-12-01T15:00:00.000Z'],
    ['waiting', ''],
  ])('dates an outcome of %j from the last change of the interview (%j)', (outcome, outcomeAt) => {
    const doc = decode([v3Interview('a', { outcome, updatedAt: '2026-12-01T15:00:00.000Z' })]);
    expect(doc.interviews[0]).toMatchObject({ outcome, outcomeAt, updatedAt: '2026-12-01T15:00:00.000Z' });
  });
});

describe('decodeStored', () => {
  it('reads a current document unchanged', () => {
    expect(decodeStored(JSON.stringify(currentDoc))).toEqual({ ok: true, doc: currentDoc });
  });

  it('has a stored fixture of every earlier version, so a new version cannot skip its step', () => {
    expect(earlier.map(([version]) => version)).toEqual(
      Array.from({ length: SCHEMA_VERSION - 1 }, (_, k) => k + 1),
    );
  });

  it.each(earlier)(
    'brings a version %i document up to date, keeping everything it had',
    (version, old, doc) => {
      expect(decodeStored(JSON.stringify(old))).toEqual({ ok: true, doc, migratedFrom: version });
    },
  );

  it('keeps the tick of a thank-you sent before drafts existed', () => {
    const result = decodeStored(JSON.stringify(v1Doc));
    expect(result.ok && result.doc.interviews[0]!.done['thank-you-sent:p1']).toBe('2026-11-23T20:00:00.000Z');
  });

  it('reports a version 2 document with a broken draft instead of guessing', () => {
    const raw = JSON.stringify({ ...v2Doc, drafts: { k: 'not a draft' } });
    expect(decodeStored(raw)).toMatchObject({ ok: false, reason: 'wrong-shape' });
  });

  it('reads an empty document', () => {
    expect(decodeStored(JSON.stringify(emptyDoc()))).toEqual({ ok: true, doc: emptyDoc() });
  });

  it('keeps hostile text as plain data, byte for byte', () => {
    const result = decodeStored(JSON.stringify(hostileDoc));
    expect(result.ok && result.doc.interviews[0]?.people[0]?.name).toBe(HOSTILE);
    expect(result).toEqual({ ok: true, doc: hostileDoc });
  });

  it('drops unknown extra fields instead of failing', () => {
    const result = decodeStored(JSON.stringify({ ...currentDoc, extra: 1 }));
    expect(result).toEqual({ ok: true, doc: currentDoc });
  });

  it.each(unreadable)('refuses %s, saying why', (_name, raw, reason) => {
    const result = decodeStored(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe(reason);
  });

  it('reads the keep-in-touch data of a person back unchanged', () => {
    const doc: FollowUpDoc = {
      ...currentDoc,
      contacts: {
        'i1:p1': {
          rhythm: 'every',
          every: 2,
          unit: 'week',
          log: [{ id: 'l1', on: '2026-12-01', kind: 'note', notes: HOSTILE, text: 'Hi Katherine' }],
          apart: ['i1:p2'],
          updatedAt: '2026-12-01T15:00:00.000Z',
        },
      },
    };
    expect(decodeStored(JSON.stringify(doc))).toEqual({ ok: true, doc });
  });

  const contact = {
    rhythm: 'auto',
    every: 3,
    unit: 'month',
    log: [],
    apart: [],
    updatedAt: '2026-12-01T15:00:00.000Z',
  };
  it.each([
    ['an unknown rhythm', { 'i1:p1': { ...contact, rhythm: 'sometimes' } }, 'contacts.i1:p1.rhythm'],
    ['a rhythm of zero months', { 'i1:p1': { ...contact, every: 0 } }, 'contacts.i1:p1.every'],
    ['an unknown unit', { 'i1:p1': { ...contact, unit: 'fortnight' } }, 'contacts.i1:p1.unit'],
    [
      'a logged contact of an unknown kind',
      { 'i1:p1': { ...contact, log: [{ id: 'l1', on: '2026-12-01', kind: 'pigeon', notes: '' }] } },
      'contacts.i1:p1.log.0.kind',
    ],
    ['a log that is not a list', { 'i1:p1': { ...contact, log: {} } }, 'contacts.i1:p1.log'],
    ['an entry that is not an object', { 'i1:p1': 'weekly' }, 'contacts.i1:p1'],
    ['contacts that are text', 'weekly', 'contacts'],
    ['no contacts at all', undefined, 'contacts'],
  ])('refuses a version 4 document with %s, naming it', (_name, contacts, path) => {
    const result = decodeStored(JSON.stringify({ ...currentDoc, contacts }));
    expect(result).toMatchObject({ ok: false, reason: 'wrong-shape' });
    expect(!result.ok && result.detail).toContain(`${path}: `);
  });

  it('refuses a version 4 document whose person has no contact id, instead of guessing one', () => {
    const { contactId: _c, ...person } = currentDoc.interviews[0]!.people[0]!;
    const raw = JSON.stringify({
      ...currentDoc,
      interviews: [{ ...currentDoc.interviews[0], people: [person] }],
    });
    expect(decodeStored(raw)).toMatchObject({ ok: false, reason: 'wrong-shape' });
  });

  it('names the field that has the wrong shape', () => {
    const raw = JSON.stringify({
      ...currentDoc,
      interviews: [{ ...currentDoc.interviews[0], outcome: 'maybe' }],
    });
    const result = decodeStored(raw);
    expect(!result.ok && result.detail).toContain('interviews.0.outcome');
  });

  it('keeps long saved text instead of setting the whole document aside', () => {
    const notes = 'pasted job description '.repeat(2_000);
    const raw = JSON.stringify({
      ...currentDoc,
      interviews: [{ ...currentDoc.interviews[0], notes }],
    });
    const result = decodeStored(raw);
    expect(result.ok && result.doc.interviews[0]!.notes).toBe(notes);
  });
});

describe('decodeProblemMessage', () => {
  it('tells a newer version apart from damage', () => {
    expect(decodeProblemMessage('newer-version')).toMatch(/newer version/);
    expect(decodeProblemMessage('not-json')).toMatch(/damaged/);
  });
});
