import { describe, expect, it } from 'vitest';
import { decodeProblemMessage, decodeStored } from '../../src/lib/migrate';
import { emptyDoc } from '../../src/lib/model';
import { HOSTILE, currentDoc, hostileDoc, unreadable, v1Doc, v2Doc } from '../fixtures/stored';

describe('decodeStored', () => {
  it('reads a current document unchanged', () => {
    expect(decodeStored(JSON.stringify(currentDoc))).toEqual({ ok: true, doc: currentDoc });
  });

  it('brings a version 1 document up to date, adding empty drafts and keeping everything else', () => {
    const people = currentDoc.interviews[0]!.people.map((p) => ({ ...p, honorific: '' }));
    expect(decodeStored(JSON.stringify(v1Doc))).toEqual({
      ok: true,
      doc: {
        ...currentDoc,
        interviews: [{ ...currentDoc.interviews[0]!, people }],
        drafts: {},
      },
      migratedFrom: 1,
    });
  });

  it('brings a version 2 document up to date: drafts keep every word, people get an empty honorific', () => {
    const result = decodeStored(JSON.stringify(v2Doc));
    const people = currentDoc.interviews[0]!.people.map((p) => ({ ...p, honorific: '' }));
    const drafts = Object.fromEntries(
      Object.entries(currentDoc.drafts).map(([k, d]) => [k, { ...d, body: '', sentVia: '' }]),
    );
    expect(result).toEqual({
      ok: true,
      doc: { ...currentDoc, interviews: [{ ...currentDoc.interviews[0]!, people }], drafts },
      migratedFrom: 2,
    });
    // The checklist tick of the sent thank-you survives the migration.
    expect(result.ok && result.doc.interviews[0]!.done['thank-you-sent:p1']).toBeTruthy();
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
