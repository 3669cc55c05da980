/** What the checklist reads from an invite, before the user confirms: shared by the file and text readers. */
import type { InterviewFormat } from '../../../core/model/model';
import { sizeText } from '../../../core/words';

/** The largest invite file read: invites are a few KB, and a larger file is refused before it is parsed. */
export const MAX_INVITE_BYTES = 1_000_000;
/** People shown in the preview; an invite with more says so. */
export const MAX_PEOPLE_SHOWN = 30;

/** What the user handed over: a file (picked, dropped, shared, opened) or pasted text. */
export interface Incoming {
  file?: File | undefined;
  text?: string;
}

/** Someone named in an invite, as the company spelled them. */
export interface InvitePerson {
  name: string;
  /** Known when the invite wrote "Family, Given"; else empty. */
  givenName: string;
  familyName: string;
  email: string;
  /** The one who sent the invite: a recruiter or an interviewer, the user says which. */
  organizer: boolean;
}

/** One event of an invite, read into what an interview records. */
export interface InviteEvent {
  /** The event's UID, or empty (a pasted email has none). */
  uid: string;
  /** METHOD:CANCEL or STATUS:CANCELLED. */
  cancelled: boolean;
  /** The title as written, for telling several events apart. */
  summary: string;
  company: string;
  /** Where the company was read: "the organizer's address (northwind.com)", "the title"; empty if not found. */
  companyFrom: string;
  role: string;
  /** On the user's clock: `YYYY-MM-DDTHH:mm`, `YYYY-MM-DD` for a whole day, or empty when the invite has none. */
  at: string;
  /** The zone the invite names, and the time there when it differs from `at`. */
  zone: string;
  original: string;
  format: InterviewFormat;
  /** The address, the meeting link or the number to call. */
  place: string;
  /** "Zoom", "Microsoft Teams", "Google Meet", "Webex", or empty. */
  service: string;
  /** At most `MAX_PEOPLE_SHOWN`, organizer first. */
  people: InvitePerson[];
  /** How many people the invite names (after the user and rooms are left out). */
  total: number;
  /** Who was left out and why: "you (alex@example.com)", "1 room". */
  leftOut: string[];
  /** The user's own name as the invite gives it (`yourNameFrom`), or empty when unsure. */
  yourName: string;
  /** What the user should know or still fill in. */
  notes: string[];
  /** Where the names came from, as a spelling task says it: "the calendar invite from northwind.com". */
  source: string;
}

/** An invite read, or why it could not be. */
export type InviteResult = { ok: true; events: InviteEvent[] } | { ok: false; message: string };

/** The refusal of a file over the limit, before anything is read. */
export function tooLarge(bytes: number): string {
  return `This file is ${sizeText(bytes)}: calendar invites are a few KB, and the limit is ${sizeText(MAX_INVITE_BYTES)}. Nothing was read or saved.`;
}
