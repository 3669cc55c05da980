import { followUpDue, parseLocalDate, parseLocalDateTime, thankYouDue } from './deadlines';
import type { Interview } from './model';

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const code = ch.codePointAt(0) ?? 0;
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4; // its UTF-8 length
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

const pad = (n: number) => String(n).padStart(2, '0');
/** A floating local date-time, `20261124T100000`: the user's wall clock, wherever the calendar is. */
const local = (d: Date) =>
  `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}T${pad(d.getHours())}${pad(d.getMinutes())}00`;
const utc = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

interface CalendarEvent {
  uid: string;
  start: Date;
  minutes: number;
  summary: string;
  description: string;
  /** Minutes before the start to remind, if any. */
  alarm?: number;
}

/**
 * A calendar file for one interview: the interview itself, the thank-you deadline and the follow-up date,
 * the last two with reminders. Empty when the interview has no valid date.
 */
export function interviewCalendar(interview: Interview, now: Date): string {
  const at = parseLocalDateTime(interview.at);
  if (!at) return '';
  const title = [interview.role, interview.company].filter(Boolean).join(' at ') || 'Interview';
  const names = interview.people.filter((p) => p.role === 'interviewer' && p.name.trim()).map((p) => p.name);
  const events: CalendarEvent[] = [
    {
      uid: 'interview',
      start: at,
      minutes: 60,
      summary: `Interview: ${title}`,
      description: interview.place,
    },
    {
      uid: 'thank-you',
      start: thankYouDue(at),
      minutes: 30,
      summary: `Thank-you notes due: ${title}`,
      description: `Send each interviewer a thank-you note${names.length ? `: ${names.join(', ')}` : ''}.`,
      alarm: 24 * 60,
    },
    {
      uid: 'follow-up',
      start: followUpDue(at, parseLocalDate(interview.decisionDate)),
      minutes: 30,
      summary: `Follow up: ${title}`,
      description: 'No word yet? Send a short, polite check-in.',
      alarm: 60,
    },
  ];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Follow-Up Kit//Interview reminders//EN',
    'CALSCALE:GREGORIAN',
  ];
  for (const e of events) {
    const end = new Date(e.start.getTime() + e.minutes * 60_000);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${interview.id}-${e.uid}`)}@follow-up-kit`,
      `DTSTAMP:${utc(now)}`,
      `DTSTART:${local(e.start)}`,
      `DTEND:${local(end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
    );
    if (e.alarm) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escapeText(e.summary)}`,
        `TRIGGER:-PT${e.alarm}M`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
