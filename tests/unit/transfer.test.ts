import { describe, expect, it } from 'vitest';
import { decodeTransfer, encodeTransfer } from '../../src/lib/transfer';
import { currentDoc, hostileDoc, manyInterviews } from '../fixtures/stored';

describe('transfer links', () => {
  it.each([
    ['a typical document', currentDoc],
    ['hostile text', hostileDoc],
    ['200 interviews', manyInterviews(200)],
  ])('round-trip %s exactly', async (_name, doc) => {
    const fragment = await encodeTransfer(doc);
    expect(fragment).toMatch(/^transfer=[A-Za-z0-9_-]+$/);
    expect(await decodeTransfer(`#${fragment}`)).toEqual({ ok: true, doc });
  });

  it('compresses: a typical document fits in a short link', async () => {
    const fragment = await encodeTransfer(currentDoc);
    expect(fragment.length).toBeLessThan(JSON.stringify(currentDoc).length * 0.8);
  });

  it.each([
    ['no transfer at all', '#other=1', /carries no transfer/],
    ['a cut-off link', null, /damaged or incomplete/],
    ['garbage', '#transfer=!!!notbase64', /damaged or incomplete/],
  ])('refuses %s with a clear message', async (_name, fragment, message) => {
    const text = fragment ?? (await encodeTransfer(currentDoc)).slice(0, 60);
    const result = await decodeTransfer(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});
