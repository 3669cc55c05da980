/**
 * Content lines as iCalendar (RFC 5545) and vCard (RFC 6350) share them: clean text, escape it, fold it.
 * Pure: no window, no DOM.
 */

/** Any line break: CRLF, CR, LF, NEL and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/** Control characters other than tab and LF (RFC 5545 §3.1 CONTROL, plus the C1 range): never in a file. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text with every line break as `\n`, tabs as spaces and every other control character removed. */
export function cleanText(value: string): string {
  return value.replace(LINE_BREAK, '\n').replace(CONTROL, '').replace(/\t/g, ' ');
}

/** One line of text: line breaks become spaces, control characters go, runs of spaces become one. */
export function oneLine(value: string): string {
  return cleanText(value).replace(/\n/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Text kept on its lines: each line's runs of spaces made one, blank lines at either end dropped. */
export function keepLines(value: string): string {
  return cleanText(value)
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11, RFC 6350 §3.4): backslash, semicolon, comma and line breaks,
 * after removing control characters. A vCard escapes semicolons only inside compound values such as N
 * and ADR (RFC 6350 §3.4): pass `semicolons: false` for its other values.
 */
export function escapeText(value: string, semicolons = true): string {
  return cleanText(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, semicolons ? '\\;' : ';')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** UTF-8 length of one code point. */
const utf8Length = (code: number) => (code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);

/** Folds a content line at 75 octets (RFC 5545 §3.1, RFC 6350 §3.2), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = utf8Length(ch.codePointAt(0) ?? 0);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Joins content lines into a file: each folded, CRLF line ends, a CRLF at the end. */
export function contentLines(lines: readonly string[]): string {
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
