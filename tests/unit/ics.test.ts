import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, interviewCalendar } from '../../src/lib/ics';
import { HOSTILE, currentDoc } from '../fixtures/stored';

const now = new Date('2026-11-25T12:00:00Z');
const interview = currentDoc.interviews[0]!;

/** Parses a calendar with a real iCalendar parser and returns its events. */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('interviewCalendar', () => {
  it('holds the interview, the thank-you deadline and the follow-up date, with reminders on the last two', () => {
    const [meeting, thanks, followUp] = events(interviewCalendar(interview, now));
    expect(meeting?.summary).toBe('Interview: Operations coordinator at Harbor Foods');
    expect(meeting?.startDate.toString()).toBe('2026-11-23T10:00:00');
    expect(thanks?.summary).toBe('Thank-you notes due: Operations coordinator at Harbor Foods');
    expect(thanks?.startDate.toString()).toBe('2026-11-25T10:00:00');
    expect(thanks?.description).toBe('Send each interviewer a thank-you note: Katherine Okafor.');
    // Two days after the expected decision date (1 December), at 9:00.
    expect(followUp?.startDate.toString()).toBe('2026-12-03T09:00:00');
    const trigger = thanks?.component
      .getFirstSubcomponent('valarm')
      ?.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-24 * 3600);
    expect(meeting?.component.getFirstSubcomponent('valarm')).toBeNull();
  });

  it.each([
    ['commas and semicolons', 'Smith, Jones; & Co'],
    ['line breaks', 'Line one\nLine two\r\nLine three'],
    ['backslashes', 'C:\\path\\n not a newline'],
    ['hostile markup and SQL', HOSTILE],
    [
      'long accented text that must be folded',
      'Rendez-vous à l’entrepôt numéro 7, côté quai, près de la grue '.repeat(4),
    ],
  ])('keeps %s intact through escaping and folding', (_name, text) => {
    const [meeting] = events(interviewCalendar({ ...interview, role: text, company: '', place: text }, now));
    expect(meeting?.summary).toBe(`Interview: ${text.replace(/\r\n|\r/g, '\n')}`);
    expect(meeting?.description).toBe(text.replace(/\r\n|\r/g, '\n'));
  });

  it('is empty for an interview without a valid date', () => {
    expect(interviewCalendar({ ...interview, at: 'not a date' }, now)).toBe('');
  });

  it('uses CRLF line ends and no line over 75 octets', () => {
    const text = interviewCalendar({ ...interview, place: 'é'.repeat(200) }, now);
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('escapeText and foldLine', () => {
  it('escapes in the order that keeps backslashes unambiguous', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('never splits a multi-byte character across lines', () => {
    const folded = foldLine(`SUMMARY:${'😀'.repeat(40)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'😀'.repeat(40)}`);
  });
});
