/**
 * Calendar files (RFC 5545) of the follow-up deadlines: one interview's, or every interview's in one file.
 * Only open tasks with a date go in (what is due, from `dueList`), each with reminders still ahead: the day
 * before and on the morning of the due date, at 09:00. Times are floating local times (the user's wall
 * clock); UIDs come from the interview and task, and SEQUENCE from when the interview last changed, so
 * importing a newer file updates the events instead of adding them twice; what went away since an earlier
 * all-interviews file is written cancelled. Every text keeps its line breaks, escaped. Pure: "now" is passed in.
 */
import type { ChecklistItem } from '../../core/checklist-schema';
import { contentLines, escapeText, keepLines } from './content-line';
import { fileSlug } from '../../core/words';
import { localDay, parseInterviewAt, twoDigits } from '../../core/local-dates';
import { type DueItem, type TouchData, dueList, touchesDue } from '../../core/due';
import { noteHref } from '../../core/links';
import type { Interview } from '../../core/model/model';
import { type CalendarRecord, reconcile } from './calendar-record';
import { interviewTitle } from '../../core/titles';

export { escapeText, foldLine } from './content-line';

const MINUTE = 60_000;
/** The hour of the morning reminders. */
const REMINDER_HOUR = 9;

/** A floating local date-time, `20261124T100000`: the user's wall clock, wherever the calendar is. */
const local = (d: Date) =>
  `${localDay(d).replace(/-/g, '')}T${twoDigits(d.getHours())}${twoDigits(d.getMinutes())}00`;
const utc = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Where the events link to, e.g. `https://followup.example.org`; no link when left out. */
export interface CalendarOptions {
  origin?: string;
  /** With the notes sent and the contacts logged: the next touch with each person who has one. */
  touches?: TouchData;
}

interface CalendarEvent {
  uid: string;
  /** Gone from the data since an earlier file: written STATUS:CANCELLED so calendars remove it. */
  cancelled?: boolean;
  sequence: number;
  start: Date;
  minutes: number;
  summary: string;
  description: string;
  url?: string;
  /** Reminders, as moments; only those after "now" are written. */
  alarms: Date[];
}

/** SEQUENCE of an interview's events: seconds from 2020 to its last change, so a newer export counts higher. */
export function sequenceOf(interview: Pick<Interview, 'updatedAt'>): number {
  const changed = Date.parse(interview.updatedAt);
  return Number.isFinite(changed) ? Math.max(0, Math.floor((changed - Date.UTC(2020, 0, 1)) / 1000)) : 0;
}

/** Reminders for a deadline: 09:00 the day before, and 09:00 on the day (or at the deadline, if earlier). */
export function reminders(due: Date): Date[] {
  const dayBefore = new Date(due.getFullYear(), due.getMonth(), due.getDate() - 1, REMINDER_HOUR, 0);
  const morning = new Date(due.getFullYear(), due.getMonth(), due.getDate(), REMINDER_HOUR, 0);
  return [dayBefore, morning < due ? morning : due];
}

/** A due task as an event title, on one line, with its interview unless it names the company already. */
function summaryOf(item: DueItem, interview: Interview): string {
  const text = item.kind === 'add-interviewers' ? 'Send your thank-you notes' : item.text;
  const company = interview.company.trim();
  return keepLines(company && text.includes(company) ? text : `${text} (${item.context})`);
}

function noteLink(item: DueItem, origin: string | undefined): string | undefined {
  if (!origin || !item.note) return undefined;
  return `${origin}${noteHref(item.interviewId, item.note.situation, item.note.recipientId)}`;
}

/** The UID of an interview's own event. */
const interviewUid = (interview: Pick<Interview, 'id'>) => `${interview.id}-interview`;

function eventsOf(
  interviews: readonly Interview[],
  items: readonly ChecklistItem[],
  now: Date,
  options: CalendarOptions,
): CalendarEvent[] {
  const byId = new Map(interviews.map((i) => [i.id, i]));
  const events: CalendarEvent[] = [];
  // An interview still ahead is a date to keep too.
  for (const interview of interviews) {
    const at = parseInterviewAt(interview.at);
    if (!at || at <= now) continue;
    events.push({
      uid: interviewUid(interview),
      sequence: sequenceOf(interview),
      start: at,
      minutes: 60,
      summary: keepLines(`Interview: ${interviewTitle(interview)}`),
      description: keepLines(interview.place),
      alarms: reminders(at),
    });
  }
  // Open tasks with a deadline; done ones are not in the due list.
  for (const item of dueList(interviews, items, undefined, now)) {
    const interview = byId.get(item.interviewId);
    if (!item.due || !interview) continue;
    const url = noteLink(item, options.origin);
    events.push({
      uid: `${item.interviewId}-${item.kind === 'task' ? item.key : item.kind}`,
      sequence: sequenceOf(interview),
      start: item.due,
      minutes: 30,
      summary: summaryOf(item, interview),
      description: [
        item.kind === 'add-interviewers'
          ? `Thank everyone who interviewed you for ${item.context}.`
          : `${item.context}.`,
        url && `Write it with the Follow-Up Kit: ${url}`,
      ]
        .filter(Boolean)
        .join('\n'),
      ...(url && { url }),
      alarms: reminders(item.due),
    });
  }
  // The next touch with each person: one event per person (their contact id), moved when it changes.
  if (options.touches) {
    for (const item of touchesDue(interviews, options.touches, now)) {
      const url = noteLink(item, options.origin);
      events.push({
        uid: `touch-${item.contactId}`,
        sequence: sequenceOf({ updatedAt: item.changedAt }),
        start: item.due,
        minutes: 30,
        summary: keepLines(item.text),
        description: [`${item.context}.`, url && `Write it with the Follow-Up Kit: ${url}`]
          .filter(Boolean)
          .join('\n'),
        ...(url && { url }),
        alarms: reminders(item.due),
      });
    }
  }
  return events.sort((a, b) => a.start.getTime() - b.start.getTime());
}

function calendarText(events: readonly CalendarEvent[], now: Date, name: string): string {
  if (events.length === 0) return '';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Follow-Up Kit//Interview reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const e of events) {
    const end = new Date(e.start.getTime() + e.minutes * MINUTE);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}@follow-up-kit`,
      `SEQUENCE:${e.sequence}`,
      `DTSTAMP:${utc(now)}`,
      `DTSTART:${local(e.start)}`,
      `DTEND:${local(end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
    );
    if (e.cancelled) lines.push('STATUS:CANCELLED');
    if (e.url) lines.push(`URL:${e.url.replace(/[^\x21-\x7e]/g, '')}`);
    for (const alarm of e.alarms) {
      if (alarm <= now) continue;
      // Exact minutes between the two moments, so the reminder lands at 09:00 even across a DST change.
      const before = Math.round((e.start.getTime() - alarm.getTime()) / MINUTE);
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escapeText(e.summary)}`,
        before > 0 ? `TRIGGER:-PT${before}M` : 'TRIGGER:PT0M',
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return contentLines(lines);
}

/**
 * A calendar file for one interview: the interview itself while it is ahead, and each open deadline (a
 * thank-you per interviewer, the references to brief, the follow-up). Empty when nothing dated is open.
 */
export function interviewCalendar(
  interview: Interview,
  items: readonly ChecklistItem[],
  now: Date,
  options: CalendarOptions = {},
): string {
  return calendarText(eventsOf([interview], items, now, options), now, interviewTitle(interview));
}

/**
 * One calendar file with every interview's open deadlines and, given the touch data, the next touch with
 * each person who has one. Empty when nothing dated is open.
 */
export function allInterviewsCalendar(
  interviews: readonly Interview[],
  items: readonly ChecklistItem[],
  now: Date,
  options: CalendarOptions = {},
): string {
  return calendarText(eventsOf(interviews, items, now, options), now, 'Interview follow-ups');
}

/**
 * The all-interviews file, given what earlier files held (`sent`, kept on this device): events gone from the
 * data since are written cancelled, with a higher SEQUENCE, for 60 days. Returns the record to keep.
 */
export function allInterviewsCalendarFile(
  interviews: readonly Interview[],
  items: readonly ChecklistItem[],
  now: Date,
  options: CalendarOptions,
  sent: CalendarRecord,
): { text: string; sent: CalendarRecord } {
  const events = eventsOf(interviews, items, now, options);
  // An interview that has taken place leaves the file but happened: forgotten, never cancelled.
  const held = interviews.filter((i) => {
    const at = parseInterviewAt(i.at);
    return at && at <= now;
  });
  const { cancelled, sequences, record } = reconcile(events, sent, now, new Set(held.map(interviewUid)));
  for (const e of events) e.sequence = sequences.get(e.uid) ?? e.sequence;
  const gone = cancelled.map((c) => ({ ...c, description: '', alarms: [], cancelled: true }));
  return { text: calendarText([...events, ...gone], now, 'Interview follow-ups'), sent: record };
}

/** The file name of an interview's calendar: `follow-up-brightwater-labs-2026-11-27.ics` (its date). */
export function calendarFileName(interview?: Pick<Interview, 'company' | 'role' | 'at'>): string {
  if (!interview) return 'follow-up-all-interviews.ics';
  const at = parseInterviewAt(interview.at);
  const name = fileSlug(interview.company) || fileSlug(interview.role) || 'interview';
  return `follow-up-${name}${at ? `-${localDay(at)}` : ''}.ics`;
}
