import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../src/core/model/backup';
import {
  MAX_LINK_CHARS,
  decodeTransfer,
  encodeTransfer,
  inflateWithin,
  isSealed,
  sealTransfer,
} from '../../src/features/data/transfer';
import { CODE_WORDS, ITERATIONS, newCode, normalizeCode } from '../../src/features/data/transfer-seal';
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

describe('sealed transfer links', () => {
  it('round-trips with the code, which is never in the link', async () => {
    const { fragment, code } = await sealTransfer(currentDoc);
    expect(code.split(' ')).toHaveLength(CODE_WORDS);
    expect(fragment).toMatch(/^transfer=s1\.[A-Za-z0-9_-]+$/);
    for (const word of code.split(' ')) expect(fragment.toLowerCase()).not.toContain(`.${word}`);
    expect(fragment).not.toContain(currentDoc.profile.name.replace(' ', '%20'));
    expect(isSealed(fragment)).toBe(true);
    expect(await decodeTransfer(`#${fragment}`, code)).toEqual({ ok: true, doc: currentDoc });
  });

  it.each([
    ['capitals', (c: string) => c.toUpperCase()],
    ['extra spaces', (c: string) => `  ${c.split(' ').join('   ')} `],
    ['dashes and a capital', (c: string) => c.replace(/ /g, '-').replace(/^./, (x) => x.toUpperCase())],
  ])('accepts the code typed with %s', async (_name, typed) => {
    const { fragment, code } = await sealTransfer(hostileDoc, 'maple river quiet orbit');
    expect(code).toBe('maple river quiet orbit');
    expect(await decodeTransfer(`#${fragment}`, typed(code))).toEqual({ ok: true, doc: hostileDoc });
  });

  it('seals each link with a fresh random salt and IV: the same data under the same code never reads alike', async () => {
    const links = await Promise.all([1, 2, 3].map(() => sealTransfer(currentDoc, 'maple river quiet orbit')));
    const heads = links.map(({ fragment }) => fragment.slice(0, 60));
    expect(new Set(heads).size).toBe(3);
    for (const { fragment } of links)
      expect(await decodeTransfer(`#${fragment}`, 'maple river quiet orbit')).toMatchObject({ ok: true });
  });

  it('says a wrong code is wrong, and asks for a missing one', async () => {
    const { fragment } = await sealTransfer(currentDoc, 'maple river quiet orbit');
    expect(await decodeTransfer(`#${fragment}`, 'maple river quiet order')).toMatchObject({
      ok: false,
      code: 'wrong',
      message: expect.stringMatching(/does not open the link/),
    });
    expect(await decodeTransfer(`#${fragment}`)).toMatchObject({ ok: false, code: 'missing' });
    expect(await decodeTransfer(`#${fragment}`, '   ')).toMatchObject({ ok: false, code: 'missing' });
  });

  it.each([
    ['a changed byte', (v: string) => v.slice(0, 40) + (v[40] === 'A' ? 'B' : 'A') + v.slice(41)],
    ['garbage of the right shape', () => 's1.' + 'Q'.repeat(200)],
    ['too short to hold anything', () => 's1.AAAA'],
  ])('refuses a sealed link with %s, and opens nothing', async (_name, change) => {
    const { fragment } = await sealTransfer(currentDoc, 'maple river quiet orbit');
    const value = change(fragment.slice('transfer='.length));
    const result = await decodeTransfer(`#transfer=${value}`, 'maple river quiet orbit');
    expect(result.ok).toBe(false);
  });

  it('still opens an older link, which has no code', async () => {
    const fragment = await encodeTransfer(currentDoc);
    expect(isSealed(fragment)).toBe(false);
    expect(await decodeTransfer(`#${fragment}`, 'any code at all')).toEqual({ ok: true, doc: currentDoc });
  });

  it('refuses a link over 2 MB before decoding it', async () => {
    const result = await decodeTransfer(
      `#transfer=s1.${'A'.repeat(MAX_LINK_CHARS)}`,
      'maple river quiet orbit',
    );
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/more than 1 MB/) });
  });

  it('derives the key slowly enough: PBKDF2-SHA-256 at 600,000 iterations at least', () => {
    expect(ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('makes codes of real words that normalize to themselves, different each time', () => {
    const codes = new Set(Array.from({ length: 20 }, () => newCode()));
    expect(codes.size).toBe(20);
    for (const code of codes) expect(normalizeCode(code)).toBe(code);
  });
});
