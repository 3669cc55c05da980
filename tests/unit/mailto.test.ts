import { describe, expect, it } from 'vitest';
import { MAILTO_LIMIT, buildMailto, isPlausibleEmail, mailtoHref } from '../../src/core/mailto';

/** The decoded subject and body of a href, and its address as written. */
function parse(href: string): { to: string; subject: string; body: string } {
  const match = /^mailto:([^?]*)\?subject=([^&]*)&body=([^&]*)$/.exec(href);
  expect(match, href).not.toBeNull();
  const [, to, subject, body] = match!;
  return { to: to!, subject: decodeURIComponent(subject!), body: decodeURIComponent(body!) };
}

describe('isPlausibleEmail', () => {
  it.each([
    ['a plain address', 'k.okafor@example.com', true],
    ['a subdomain and a plus tag', 'sam+jobs@mail.example.co.uk', true],
    ['an empty string', '', false],
    ['no @', 'example.com', false],
    ['two @', 'a@b@example.com', false],
    ['nothing before the @', '@example.com', false],
    ['no dot in the domain', 'sam@localhost', false],
    ['a dot at the edge of the domain', 'sam@example.com.', false],
    ['an empty domain label', 'sam@example..com', false],
    ['a space', 'sam lee@example.com', false],
    ['a line break', 'sam@example.com\nBcc: x@evil.com', false],
    ['a list of addresses', 'a@example.com,b@example.com', false],
    ['angle brackets', '<sam@example.com>', false],
    ['markup', '"><img src=x onerror=alert(1)>@x.com', false],
    ['a quote', '"sam"@example.com', false],
    ['parentheses', 'sam(me)@example.com', false],
    ['a semicolon', 'sam@example.com;b@c.com', false],
    ['a colon', 'mailto:sam@example.com', false],
    ['a backslash', 'sam\\@example.com', false],
    ['a control character', 'sam\u0000@example.com', false],
    ['a query that adds a hidden copy', 'x?bcc=evil@example.com&subject=hi', false],
    ['a question mark', 'sam?@example.com', false],
    ['an ampersand', 'sam&lee@example.com', false],
    ['an equals sign', 'sam=lee@example.com', false],
    ['a hash', 'sam#1@example.com', false],
    ['a percent sign', 'sam%40@example.com', false],
    ['square brackets', 'sam@[192.0.2.1]', false],
    ['a tab', 'sam\t@example.com', false],
    ['a non-breaking space', 'sam\u00a0lee@example.com', false],
    ['a comma before the domain', 'sam,@example.com', false],
    ['an apostrophe, as in real names', "o'brien@example.com", true],
    ['a hyphen and digits', 'sam-lee2@mail-1.example.com', true],
    ['254 characters', `${'a'.repeat(242)}@example.com`, true],
    ['255 characters', `${'a'.repeat(243)}@example.com`, false],
  ])('%s', (_name, address, plausible) => {
    expect(isPlausibleEmail(address)).toBe(plausible);
  });
});

describe('buildMailto', () => {
  it('puts the address, then the encoded subject and body', () => {
    const { href } = buildMailto({
      to: 'k.okafor@example.com',
      subject: 'Thank you',
      body: 'Dear Ms. Okafor',
    });
    expect(href).toBe('mailto:k.okafor@example.com?subject=Thank%20you&body=Dear%20Ms.%20Okafor');
  });

  it.each([
    ['spaces as %20, never +', 'a b', 'a%20b'],
    ['&', 'R&D', 'R%26D'],
    ['?', 'why?', 'why%3F'],
    ['#', '#1', '%231'],
    ['%', '100%', '100%25'],
    ['+', 'C++', 'C%2B%2B'],
    ['=', 'a=b', 'a%3Db'],
    ['@ in the body', 'me@x.com', 'me%40x.com'],
    ['é as UTF-8', 'é', '%C3%A9'],
    ['an emoji as UTF-8', '🙂', '%F0%9F%99%82'],
    ['a lone surrogate as U+FFFD instead of throwing', '\uD83D', '%EF%BF%BD'],
    ['\\n as CRLF', 'a\nb', 'a%0D%0Ab'],
    ['\\r\\n as one CRLF', 'a\r\nb', 'a%0D%0Ab'],
    ['\\r as CRLF', 'a\rb', 'a%0D%0Ab'],
    ['a blank line as two CRLF', 'a\n\nb', 'a%0D%0A%0D%0Ab'],
  ])('encodes %s in the body', (_name, body, encoded) => {
    const { href } = buildMailto({ to: '', subject: '', body });
    expect(href).toBe(`mailto:?subject=&body=${encoded}`);
    expect(href).not.toContain('+');
  });

  it('encodes the subject the same way, with line breaks as spaces', () => {
    const { href } = buildMailto({ to: '', subject: 'Q&A #2: 100% + more?\nBcc: x', body: '' });
    expect(href).toBe('mailto:?subject=Q%26A%20%232%3A%20100%25%20%2B%20more%3F%20Bcc%3A%20x&body=');
  });

  it('decodes back to the original text, with CRLF line breaks', () => {
    const subject = 'Merci — entretien du 24/11 🙂 & co?';
    const body = 'Dear José,\n\nThanks for R&D #1 (100% + more)?\r\nSee you.\rSam = me';
    const parsed = parse(buildMailto({ to: 'jose@example.com', subject, body }).href);
    expect(parsed).toEqual({
      to: 'jose@example.com',
      subject,
      body: 'Dear José,\r\n\r\nThanks for R&D #1 (100% + more)?\r\nSee you.\r\nSam = me',
    });
  });

  it.each([
    ['a trimmed address, with @ kept as is', '  sam+jobs@example.com ', 'sam%2Bjobs@example.com'],
    ['an empty address', '', ''],
    ['two addresses', 'a@x.com, b@y.com', ''],
    ['an injected header', 'a@x.com\nBcc: spy@y.com', ''],
    ['markup', '<img src=x onerror=alert(1)>', ''],
    ['a query in the address, which is left out', 'a@x.com?bcc=spy', ''],
    ["the issue's hidden copy", 'x?bcc=evil@example.com&subject=hi', ''],
  ])('gives the recipient for %s', (_name, to, recipient) => {
    const { href } = buildMailto({ to, subject: 's', body: 'b' });
    expect(href).toBe(`mailto:${recipient}?subject=s&body=b`);
  });

  it.each([
    ['just under the limit', MAILTO_LIMIT - 1, false],
    ['at the limit', MAILTO_LIMIT, false],
    ['just over the limit', MAILTO_LIMIT + 1, true],
  ])('reports the length %s', (_name, length, tooLong) => {
    const prefix = 'mailto:?subject=&body='.length;
    const result = buildMailto({ to: '', subject: '', body: 'a'.repeat(length - prefix) });
    expect(result).toMatchObject({ length, tooLong });
    expect(result.href).toHaveLength(length);
  });

  it('counts the encoded length, not the typed one', () => {
    const result = buildMailto({ to: '', subject: '', body: 'é'.repeat(300) });
    expect(result.length).toBe('mailto:?subject=&body='.length + 300 * 6);
    expect(result.tooLong).toBe(true);
  });

  it('sets the limit at 1800 characters', () => {
    expect(MAILTO_LIMIT).toBe(1800);
  });
});

describe('mailtoHref: a plain link to one address', () => {
  it('links a plausible address, trimmed, its @ readable', () => {
    expect(mailtoHref('  dana.nguyen@example.com ')).toBe('mailto:dana.nguyen@example.com');
    // A plus is percent-encoded, as in the note's link: clients read it back as a plus, never as a space.
    expect(mailtoHref('dana+jobs@example.com')).toBe('mailto:dana%2Bjobs@example.com');
    expect(mailtoHref('zoë@exämple.de')).toBe(
      `mailto:${encodeURIComponent('zoë')}@${encodeURIComponent('exämple.de')}`,
    );
  });

  it('gives no link for text that would add a header or is no address', () => {
    expect(mailtoHref('dana@example.com?bcc=x@evil.example')).toBe('');
    expect(mailtoHref('Dana at Acme')).toBe('');
    expect(mailtoHref('')).toBe('');
  });
});
