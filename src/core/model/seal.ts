/**
 * The seal this site puts beside the text it stores: a hash of the exact text and the schema version it was
 * written at. Text whose seal matches was written (or already validated) by this version of the schema, so it is
 * read without loading the validator; any other text (an older version's, another site version's, a hand edit,
 * a damaged copy) is validated and migrated as before. The seal is not a secret: it tells this site's own text
 * from everything else, nothing more.
 */
import { SCHEMA_VERSION } from './model';

/** Where the seal of the stored document is kept, beside it. */
export const SEAL_KEY = 'fuk:data-seal';

/** A 53-bit hash of a text (cyrb53, public domain): any change to the text gives another one. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The seal of `text`: the schema version and the hash of the text. */
export const sealOf = (text: string): string => `${SCHEMA_VERSION}:${hashText(text)}`;
