/**
 * The transfer link's lock: the data encrypted with AES-GCM under a key derived from a short code of words
 * (PBKDF2-SHA-256, 600,000 iterations, a random salt and IV per link). The code is shown on the sending screen
 * and typed on the other device; it is never in the link. WebCrypto only: works in browsers and in Node.
 */
import { wordlist } from '@scure/bip39/wordlists/english.js';

/** PBKDF2 iterations: OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const ITERATIONS = 600_000;
/** Words in a code: 4 of 2,048, 44 bits, with the slow key derivation above too many to guess through. */
export const CODE_WORDS = 4;
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** A new code: `CODE_WORDS` words, each picked uniformly (2,048 divides 2^16) by the browser's random source. */
export function newCode(): string {
  const picks = crypto.getRandomValues(new Uint16Array(CODE_WORDS));
  return [...picks].map((n) => wordlist[n % wordlist.length] ?? '').join(' ');
}

/** A code as typed, made comparable: capitals, extra spaces, dashes or dots between the words do not matter. */
export function normalizeCode(typed: string): string {
  return typed
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .join(' ');
}

async function keyFrom(code: string, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(normalizeCode(code)),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: ITERATIONS },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Sealed bytes: salt, IV, then the ciphertext with its tag. */
export async function seal(plain: Uint8Array<ArrayBuffer>, code: string): Promise<Uint8Array<ArrayBuffer>> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await keyFrom(code, salt), plain),
  );
  const out = new Uint8Array(SALT_BYTES + IV_BYTES + cipher.length);
  out.set(salt);
  out.set(iv, SALT_BYTES);
  out.set(cipher, SALT_BYTES + IV_BYTES);
  return out;
}

/**
 * The plain bytes, or `undefined` when the code is wrong or the bytes were changed on the way: AES-GCM cannot
 * tell these apart, and either way nothing is opened.
 */
export async function unseal(
  sealed: Uint8Array<ArrayBuffer>,
  code: string,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (sealed.length < SALT_BYTES + IV_BYTES + 16) return undefined;
  const salt = sealed.slice(0, SALT_BYTES);
  const iv = sealed.slice(SALT_BYTES, SALT_BYTES + IV_BYTES);
  try {
    const key = await keyFrom(code, salt);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv },
      key,
      sealed.slice(SALT_BYTES + IV_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    return undefined;
  }
}
