import { type BackupResult, MAX_BACKUP_BYTES, readBackup } from '../../core/model/backup';
import { newCode, seal, unseal } from './transfer-seal';
import type { FollowUpDoc } from '../../core/model/model';

/** The address fragment key that carries a transfer: `/data/#transfer=…`. Fragments never reach a server. */
export const TRANSFER_KEY = 'transfer';

/** Text of a QR code above this many characters is too dense to scan reliably from a phone. */
export const QR_MAX_CHARS = 1800;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a large array into one call overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(b64.padEnd(b64.length + ((4 - (b64.length % 4)) % 4), '=')), (c) =>
    c.charCodeAt(0),
  );
}

async function compress(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** Compressed bytes are fed to the decompressor this many at a time: deflate inflates 1 KB to at most about 1 MB. */
const FEED_BYTES = 1024;

/**
 * Inflates `bytes`, or returns `undefined` as soon as the output passes `limit` bytes. The input goes in
 * small pieces, because a decompressor inflates each piece it is given at once (Chromium's does): fed the
 * whole link, a few hundred KB would become hundreds of MB before the first byte could be counted.
 * Throws when the data is damaged or incomplete.
 */
export async function inflateWithin(
  bytes: Uint8Array<ArrayBuffer>,
  limit: number,
): Promise<Uint8Array | undefined> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  // Writes wait for the reader below (backpressure), so at most one piece's output is ever in memory.
  const feeding = (async () => {
    for (let at = 0; at < bytes.length && !stopped; at += FEED_BYTES)
      await writer.write(bytes.subarray(at, at + FEED_BYTES));
    if (!stopped) await writer.close();
  })();
  // A failed write shows up as a failed read too; the reader reports it.
  feeding.catch(() => undefined);
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        stopped = true;
        parts.length = 0;
        await Promise.allSettled([reader.cancel(), writer.abort()]);
        return undefined;
      }
      parts.push(value);
    }
    await feeding;
  } catch (error) {
    stopped = true;
    await Promise.allSettled([reader.cancel(), writer.abort()]);
    throw error;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/**
 * The fragment (without `#`) that carries the whole document, compressed but readable by anyone: `transfer=…`.
 * How links were made before they were sealed; kept so that those links, and the tests of them, still work.
 */
export async function encodeTransfer(doc: FollowUpDoc): Promise<string> {
  const packed = await compress(new TextEncoder().encode(JSON.stringify(doc)));
  return `${TRANSFER_KEY}=${toBase64Url(packed)}`;
}

/** A sealed link's value starts so; an unsealed one is base64url only, which never holds a dot. */
const SEALED = 's1.';

/**
 * The fragment of a sealed link, `transfer=s1.…`: compressed, then encrypted under `code` (a new code when
 * none is given), which goes back to the sender's screen and never into the link.
 */
export async function sealTransfer(
  doc: FollowUpDoc,
  code?: string,
): Promise<{ fragment: string; code: string }> {
  const words = code ?? newCode();
  const packed = await compress(new TextEncoder().encode(JSON.stringify(doc)));
  return { fragment: `${TRANSFER_KEY}=${SEALED}${toBase64Url(await seal(packed, words))}`, code: words };
}

/** Whether a fragment carries a sealed transfer, which needs its code to open. */
export function isSealed(fragment: string): boolean {
  return (new URLSearchParams(fragment.replace(/^#/, '')).get(TRANSFER_KEY) ?? '').startsWith(SEALED);
}

/** The longest link value read at all: past it, the link is refused before any decoding. */
export const MAX_LINK_CHARS = 2 * 1024 * 1024;

/** What opening a transfer gave; a sealed one without its code, or with a wrong one, says which. */
export type TransferResult = BackupResult | { ok: false; message: string; code: 'missing' | 'wrong' };

/** Why a transfer link that would unpack to more than a backup may hold is refused. */
export const TOO_LARGE_MESSAGE =
  'This link would unpack to more than 1 MB, the most a backup may hold, so it was not opened.';

/**
 * Reads a transfer fragment through the same checks as a backup file; a sealed one with its `code`, typed
 * as the person likes (capitals and spaces do not matter). A link over 2 MB is refused before any decoding;
 * unpacking stops as soon as it passes the backup limit (`MAX_BACKUP_BYTES`), so a small link that inflates
 * enormously costs little. Never throws.
 */
export async function decodeTransfer(fragment: string, code?: string): Promise<TransferResult> {
  const value = new URLSearchParams(fragment.replace(/^#/, '')).get(TRANSFER_KEY);
  if (!value) return { ok: false, message: 'This address carries no transfer.' };
  if (value.length > MAX_LINK_CHARS) return { ok: false, message: TOO_LARGE_MESSAGE };
  const sealed = value.startsWith(SEALED);
  if (sealed && !code?.trim())
    return {
      ok: false,
      code: 'missing',
      message: 'This link is locked: type the code shown on the other device.',
    };
  try {
    let packed = fromBase64Url(sealed ? value.slice(SEALED.length) : value);
    if (sealed) {
      const opened = await unseal(packed, code ?? '');
      if (!opened)
        return {
          ok: false,
          code: 'wrong',
          message:
            'This code does not open the link. Check the words on the other device and type them again (or the link was changed on the way: copy the whole link again).',
        };
      packed = opened;
    }
    const bytes =
      packed.length > MAX_BACKUP_BYTES ? undefined : await inflateWithin(packed, MAX_BACKUP_BYTES);
    if (!bytes) return { ok: false, message: TOO_LARGE_MESSAGE };
    return await readBackup(new TextDecoder().decode(bytes), bytes.length);
  } catch {
    return {
      ok: false,
      message: 'This transfer link is damaged or incomplete: copy the whole link and try again.',
    };
  }
}
