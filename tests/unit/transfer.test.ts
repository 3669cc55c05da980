import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../src/lib/backup';
import { decodeTransfer, encodeTransfer, inflateWithin } from '../../src/lib/transfer';
import { currentDoc, hostileDoc, manyInterviews } from '../fixtures/stored';
import { transferBomb } from '../fixtures/transfer-bomb';

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

  it('refuses a link that inflates to 200 MB quickly, without ever holding it', async () => {
    const fragment = await transferBomb(200);
    expect(fragment.length).toBeLessThan(300_000);
    // Memory outside the JS heap (array buffers), sampled while the link is read.
    const base = process.memoryUsage().arrayBuffers;
    let peak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().arrayBuffers - base);
    }, 1);
    const start = performance.now();
    const result = await decodeTransfer(`#${fragment}`);
    const elapsed = performance.now() - start;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().arrayBuffers - base);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/more than 1 MB/) });
    expect(elapsed).toBeLessThan(1000);
    expect(peak).toBeLessThan(16 * 1024 * 1024);
  });

  it.each([
    ['at the limit in full', MAX_BACKUP_BYTES, MAX_BACKUP_BYTES],
    ['one byte over the limit not at all', MAX_BACKUP_BYTES + 1, undefined],
  ])('inflates data %s', async (_name, size, expected) => {
    const packed = deflateRawSync(Buffer.alloc(size, 'x'));
    expect((await inflateWithin(packed, MAX_BACKUP_BYTES))?.length).toBe(expected);
  });

  it('throws on damaged data, so the caller can say so', async () => {
    const packed = deflateRawSync(Buffer.alloc(100_000, 'x'));
    await expect(inflateWithin(packed.subarray(0, packed.length - 5), MAX_BACKUP_BYTES)).rejects.toThrow();
  });
});
