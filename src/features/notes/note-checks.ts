import { isPlausibleEmail } from '../../core/mailto';

export { missingChannels } from '../../core/model/model';

const PERSONAL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'mail.com',
  'zoho.com',
  'fastmail.com',
  'hey.com',
  'tutanota.com',
  'tuta.io',
  'web.de',
  'orange.fr',
  'free.fr',
  'btinternet.com',
  'comcast.net',
  'verizon.net',
  'att.net',
]);

/** Providers with a domain per country: yahoo.co.uk, gmx.de, yandex.ru, ... */
const PERSONAL_BRANDS = new Set(['yahoo', 'gmx', 'yandex']);

/** Domains reserved for examples and tests (RFC 2606, RFC 6761): never anyone's employer. */
const RESERVED = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost)$/;

/** Whether the address is at a domain other than a common personal email provider (likely an employer's). */
export function looksLikeWorkEmail(email: string): boolean {
  const address = email.trim();
  if (!isPlausibleEmail(address)) return false;
  const domain = address.slice(address.indexOf('@') + 1).toLowerCase();
  const [brand = ''] = domain.split('.');
  return !PERSONAL_DOMAINS.has(domain) && !PERSONAL_BRANDS.has(brand) && !RESERVED.test(domain);
}

/** The words of `text`, lower-cased, without punctuation ("Don't" → "dont"). */
function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/['’]/g, '')
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? []
  );
}

function shingles(w: readonly string[]): Set<string> {
  return new Set(w.slice(2).map((_, i) => w.slice(i, i + 3).join(' ')));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * How alike two texts are, 0 to 1: Jaccard similarity of their word 3-grams (of their words when either
 * has fewer than three), ignoring case and punctuation. Two empty texts count as identical.
 */
export function similarity(a: string, b: string): number {
  const [wa, wb] = [words(a), words(b)];
  if (wa.length < 3 || wb.length < 3) return jaccard(new Set(wa), new Set(wb));
  return jaccard(shingles(wa), shingles(wb));
}

/**
 * The label of the first other note at least `threshold` similar to `body`, to warn before sending
 * near-identical notes to people at the same company. Empty notes are never duplicates.
 */
export function findNearDuplicate(
  body: string,
  others: readonly { label: string; body: string }[],
  threshold = 0.85,
): string | undefined {
  if (words(body).length === 0) return undefined;
  return others.find((other) => words(other.body).length > 0 && similarity(body, other.body) >= threshold)
    ?.label;
}
