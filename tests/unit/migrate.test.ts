import { describe, expect, it } from 'vitest';
import { decodeProblemMessage, decodeStored } from '../../src/lib/migrate';
import { emptyDoc } from '../../src/lib/model';
import { HOSTILE, currentDoc, hostileDoc, unreadable, v1Doc } from '../fixtures/stored';

describe('decodeStored', () => {
  it('reads a current document unchanged', () => {
    expect(decodeStored(JSON.stringify(currentDoc))).toEqual({ ok: true, doc: currentDoc });
  });

  it('brings a version 1 document up to date, adding empty drafts and keeping everything else', () => {
    const { drafts: _drafts, ...withoutDrafts } = currentDoc;
    expect(decodeStored(JSON.stringify(v1Doc))).toEqual({
      ok: true,
      doc: { ...withoutDrafts, version: 2, drafts: {} },
      migratedFrom: 1,
    });
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

  it('refuses a field of pasted megabytes rather than storing it', () => {
    const raw = JSON.stringify({
      ...currentDoc,
      profile: { ...currentDoc.profile, name: 'x'.repeat(30_000) },
    });
    expect(decodeStored(raw).ok).toBe(false);
  });
});

describe('decodeProblemMessage', () => {
  it('tells a newer version apart from damage', () => {
    expect(decodeProblemMessage('newer-version')).toMatch(/newer version/);
    expect(decodeProblemMessage('not-json')).toMatch(/damaged/);
  });
});
