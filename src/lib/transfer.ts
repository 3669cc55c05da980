import { type BackupResult, readBackup } from './backup';
import type { FollowUpDoc } from './model';

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

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(b64.padEnd(b64.length + ((4 - (b64.length % 4)) % 4), '=')), (c) =>
    c.charCodeAt(0),
  );
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** The fragment (without `#`) that carries the whole document, compressed: `transfer=…`. */
export async function encodeTransfer(doc: FollowUpDoc): Promise<string> {
  const packed = await pipe(
    new TextEncoder().encode(JSON.stringify(doc)),
    new CompressionStream('deflate-raw'),
  );
  return `${TRANSFER_KEY}=${toBase64Url(packed)}`;
}

/** Reads a transfer fragment through the same checks as a backup file. Never throws. */
export async function decodeTransfer(fragment: string): Promise<BackupResult> {
  const value = new URLSearchParams(fragment.replace(/^#/, '')).get(TRANSFER_KEY);
  if (!value) return { ok: false, message: 'This address carries no transfer.' };
  try {
    const bytes = await pipe(fromBase64Url(value), new DecompressionStream('deflate-raw'));
    return readBackup(new TextDecoder().decode(bytes), bytes.length);
  } catch {
    return {
      ok: false,
      message: 'This transfer link is damaged or incomplete: copy the whole link and try again.',
    };
  }
}
