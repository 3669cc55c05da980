/**
 * What the all-interviews calendar file held the last times it was saved, so the next one can cancel what went
 * away. A deleted interview, a task ticked or a person merged into another leaves nothing in the data to
 * derive the old event from, so this device keeps a small record (`fuk:calendar`, device-local, not the
 * user's data): each event's UID, SEQUENCE, start, length and title. An event gone from the data is written
 * as STATUS:CANCELLED, with a higher SEQUENCE, for 60 days, then forgotten. Pure: "now" is passed in.
 */

/** One event as a file held it. */
export interface SentEvent {
  /** The SEQUENCE it was written with. */
  seq: number;
  /** Its start (ISO). */
  start: string;
  minutes: number;
  summary: string;
  /** When it was first found gone from the data (ISO); absent while it is still there. */
  goneAt?: string;
}

/** The record: events by UID. */
export type CalendarRecord = Record<string, SentEvent>;

/** How long an event gone from the data is still written, cancelled. */
export const KEEP_CANCELLED_DAYS = 60;
const DAY = 86_400_000;

/** What reconcile needs of an event in the file being made. */
export interface EventLike {
  uid: string;
  sequence: number;
  start: Date;
  minutes: number;
  summary: string;
}

/** A SEQUENCE from a moment: seconds since 2020, as the events' own (so a cancellation counts higher). */
const secondsSince2020 = (at: Date) => Math.max(0, Math.floor((at.getTime() - Date.UTC(2020, 0, 1)) / 1000));

/**
 * Compares the events of a new file with the record: the events to write cancelled, the SEQUENCE each event
 * must carry (higher than a cancellation sent before, for one that came back), and the record to keep.
 * `past` are events left out only because they are over (an interview that took place): they are forgotten,
 * not cancelled, so the user's calendar keeps them.
 */
export function reconcile(
  events: readonly EventLike[],
  record: CalendarRecord,
  now: Date,
  past: ReadonlySet<string> = new Set(),
): { cancelled: EventLike[]; sequences: Map<string, number>; record: CalendarRecord } {
  const next: CalendarRecord = {};
  const sequences = new Map<string, number>();
  for (const e of events) {
    const before = record[e.uid];
    const seq = before && e.sequence <= before.seq ? before.seq + 1 : e.sequence;
    sequences.set(e.uid, seq);
    next[e.uid] = { seq, start: e.start.toISOString(), minutes: e.minutes, summary: e.summary };
  }
  const cancelled: EventLike[] = [];
  for (const [uid, sent] of Object.entries(record)) {
    if (next[uid] || (past.has(uid) && !sent.goneAt)) continue;
    const goneAt = sent.goneAt ?? now.toISOString();
    if (now.getTime() - Date.parse(goneAt) > KEEP_CANCELLED_DAYS * DAY) continue;
    // A first cancellation counts one higher than what was sent; later files repeat it unchanged.
    const seq = sent.goneAt ? sent.seq : Math.max(sent.seq + 1, secondsSince2020(now));
    next[uid] = { ...sent, seq, goneAt };
    cancelled.push({
      uid,
      sequence: seq,
      start: new Date(sent.start),
      minutes: sent.minutes,
      summary: sent.summary,
    });
  }
  return { cancelled, sequences, record: next };
}

/** Reads the stored record, tolerating anything: what cannot be read is an empty record. */
export function readRecord(raw: string | null | undefined): CalendarRecord {
  try {
    const value = JSON.parse(raw ?? '{}') as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    const record: CalendarRecord = {};
    for (const [uid, e] of Object.entries(value as Record<string, Partial<SentEvent>>)) {
      if (
        typeof e?.seq === 'number' &&
        typeof e.start === 'string' &&
        !Number.isNaN(Date.parse(e.start)) &&
        typeof e.minutes === 'number' &&
        typeof e.summary === 'string'
      )
        record[uid] = {
          seq: e.seq,
          start: e.start,
          minutes: e.minutes,
          summary: e.summary,
          ...(typeof e.goneAt === 'string' && { goneAt: e.goneAt }),
        };
    }
    return record;
  } catch {
    return {};
  }
}
