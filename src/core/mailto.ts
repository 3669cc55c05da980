/** Links that open the user's email app, built in one place. */

/** The longest `mailto:` link (characters of the whole href) that common mail clients open reliably. */
export const MAILTO_LIMIT = 1800;

/**
 * Whether `s` looks enough like one email address to be put in a link as the recipient. Characters that the
 * standard allows only in quoted or exotic addresses, and that in a `mailto:` link start a header, a list or a
 * fragment (`?`, `&`, `=`, `#`, `%`, `,`, `;`, spaces, brackets, quotes), are refused: `x?bcc=…` is no recipient.
 */
export function isPlausibleEmail(s: string): boolean {
  if (s.length > 254 || /[\s<>"(),;:\\?&=#%[\]\p{Cc}]/u.test(s)) return false;
  const parts = s.split('@');
  if (parts.length !== 2) return false;
  const [local, domain] = parts as [string, string];
  return local !== '' && /^[^.]+(\.[^.]+)+$/.test(domain);
}

/** Percent-encodes as UTF-8; a lone surrogate (half an emoji) becomes U+FFFD instead of throwing. */
function encode(text: string): string {
  return encodeURIComponent(text.toWellFormed());
}

/** The address as a link carries it (its `@` kept readable), or '' for one that is not plausibly an address. */
function linkAddress(to: string): string {
  const address = to.trim();
  return isPlausibleEmail(address) ? encode(address).replaceAll('%40', '@') : '';
}

/** A plain `mailto:` link to one address, as a person's page offers it; '' for text no link should carry. */
export function mailtoHref(to: string): string {
  const address = linkAddress(to);
  return address && `mailto:${address}`;
}

/**
 * A `mailto:` link with the subject and body filled in, its length and whether it is over `MAILTO_LIMIT`.
 * Spaces are `%20` (clients show `+` literally), line breaks CRLF; an implausible address is left out.
 */
export function buildMailto({ to, subject, body }: { to: string; subject: string; body: string }): {
  href: string;
  length: number;
  tooLong: boolean;
} {
  const recipient = linkAddress(to);
  // A subject is one header line: a line break in it would be dropped or misread by the client.
  const oneLineSubject = subject.replace(/\r\n|\r|\n/g, ' ');
  const crlfBody = body.replace(/\r\n|\r|\n/g, '\r\n');
  const href = `mailto:${recipient}?subject=${encode(oneLineSubject)}&body=${encode(crlfBody)}`;
  return { href, length: href.length, tooLong: href.length > MAILTO_LIMIT };
}
