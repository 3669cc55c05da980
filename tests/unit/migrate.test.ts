import { describe, expect, it } from 'vitest';
import { decodeProblemMessage, decodeStored } from '../../src/lib/migrate';
import { emptyDoc } from '../../src/lib/model';
import { HOSTILE, currentV1, hostileV1, unreadable } from '../fixtures/stored';

describe('decodeStored', () => {
  it('reads a current document unchanged', () => {
    expect(decodeStored(JSON.stringify(currentV1))).toEqual({ ok: true, doc: currentV1 });
  });

  it('reads an empty document', () => {
    expect(decodeStored(JSON.stringify(emptyDoc()))).toEqual({ ok: true, doc: emptyDoc() });
  });

  it('keeps hostile text as plain data, byte for byte', () => {
    const result = decodeStored(JSON.stringify(hostileV1));
    expect(result.ok && result.doc.interviews[0]?.people[0]?.name).toBe(HOSTILE);
    expect(result).toEqual({ ok: true, doc: hostileV1 });
  });

  it('drops unknown extra fields instead of failing', () => {
    const result = decodeStored(JSON.stringify({ ...currentV1, extra: 1 }));
    expect(result).toEqual({ ok: true, doc: currentV1 });
  });

  it.each(unreadable)('refuses %s, saying why', (_name, raw, reason) => {
    const result = decodeStored(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe(reason);
  });

  it('names the field that has the wrong shape', () => {
    const raw = JSON.stringify({
      ...currentV1,
      interviews: [{ ...currentV1.interviews[0], outcome: 'maybe' }],
    });
    const result = decodeStored(raw);
    expect(!result.ok && result.detail).toContain('interviews.0.outcome');
  });

  it('refuses a field of pasted megabytes rather than storing it', () => {
    const raw = JSON.stringify({ ...currentV1, profile: { ...currentV1.profile, name: 'x'.repeat(30_000) } });
    expect(decodeStored(raw).ok).toBe(false);
  });
});

describe('decodeProblemMessage', () => {
  it('tells a newer version apart from damage', () => {
    expect(decodeProblemMessage('newer-version')).toMatch(/newer version/);
    expect(decodeProblemMessage('not-json')).toMatch(/damaged/);
  });
});
