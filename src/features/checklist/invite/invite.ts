/**
 * Reads a calendar invite (.ics, RFC 5545) into the interviews it describes and the people named in it,
 * with ical.js. Pure: the user's email and time zone are passed in. Loaded only when an invite is opened.
 */
import ICAL from 'ical.js';
import { type InviteEvent, type InvitePerson, type InviteResult, MAX_PEOPLE_SHOWN } from './invite-model';
import { timeOf } from './invite-time';
import {
  cleanText,
  companyFromEmail,
  domainOf,
  formatAndPlace,
  isNoReply,
  isRealName,
  readName,
  readTitle,
} from './invite-words';
import { type InviteYou, yourNameFrom } from './invite-you';
import { counted } from '../../../core/words';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;

/** Who is reading the invite. */
export interface Reader {
  /** The user's own address from their profile, to leave them out; may be empty. */
  email: string;
  /** Their IANA zone; the device's when undefined. */
  timeZone?: string;
  now: Date;
}

const NOT_ICS =
  'This file is not a calendar invite: an invite is an .ics file (text starting with BEGIN:VCALENDAR). Nothing was saved.';

const text = (c: Component, name: string) => cleanText(c.getFirstPropertyValue(name));
const mailto = (p: Property) =>
  cleanText(p.getFirstValue())
    .replace(/^mailto:/i, '')
    .toLowerCase();
const param = (p: Property, name: string) => {
  const v = p.getParameter(name);
  return cleanText(Array.isArray(v) ? v.join(', ') : v);
};

/** Reads every event of an invite; for a file that is not one, or has no event, a message saying so. */
export function readInvite(ics: string, reader: Reader): InviteResult {
  if (!/BEGIN:VCALENDAR/i.test(ics.slice(0, 2000))) return { ok: false, message: NOT_ICS };
  let calendar: Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  } catch {
    return { ok: false, message: `${NOT_ICS.slice(0, -19)} It could not be read. Nothing was saved.` };
  }
  const method = text(calendar, 'method').toUpperCase();
  const events = calendar.getAllSubcomponents('vevent').map((e) => readEvent(e, calendar, method, reader));
  if (!events.length)
    return { ok: false, message: 'This calendar file holds no event to read. Nothing was saved.' };
  return { ok: true, events };
}

function readEvent(e: Component, calendar: Component, method: string, reader: Reader): InviteEvent {
  const notes: string[] = [];
  const summary = text(e, 'summary');
  const description = text(e, 'description');
  const location = text(e, 'location');
  const urls = ['url', 'x-google-conference', 'x-microsoft-skypeteamsmeetingurl', 'conference']
    .map((n) => text(e, n))
    .join('\n');
  const organizerProp = e.getFirstProperty('organizer');
  const organizerEmail = organizerProp ? mailto(organizerProp) : '';
  const { people, total, leftOut, you } = attendees(e, organizerProp, reader.email);

  const byDomain =
    companyFromEmail(organizerEmail) || people.map((p) => companyFromEmail(p.email)).find(Boolean) || '';
  const title = readTitle(summary, byDomain);
  const source = domainOf(people.find((p) => companyFromEmail(p.email))?.email ?? organizerEmail);
  const place = location.split(',')[0]?.trim() ?? '';
  const [company, companyFrom] =
    title.company && title.company !== byDomain
      ? [title.company, 'the title']
      : byDomain
        ? [byDomain, `the invite's addresses (${source})`]
        : [/\d|https?:/.test(place) ? '' : place, 'the location'];

  const start = e.getFirstProperty('dtstart');
  const tzid = start ? param(start, 'tzid') : '';
  const repeats = !!e.getFirstProperty('rrule');
  const first = start?.getFirstValue();
  const when = repeats && first ? (nextOccurrence(e, reader.now) ?? first) : first;
  const time = when ? timeOf(when, tzid, calendar, reader.timeZone) : undefined;
  if (repeats) notes.push('This invite repeats: the next time it takes place is shown.');
  if (time?.note) notes.push(time.note);
  if (!time) notes.push('The invite has no date: fill it in before adding the interview.');
  else if (!time.at.includes('T'))
    notes.push('The invite is for the whole day: add the time if you know it.');

  return {
    uid: text(e, 'uid').slice(0, 1000),
    cancelled: method === 'CANCEL' || text(e, 'status').toUpperCase() === 'CANCELLED',
    summary,
    company,
    companyFrom: company ? companyFrom : '',
    role: title.role,
    at: time?.at ?? '',
    zone: time?.zone ?? '',
    original: time?.original ?? '',
    ...formatAndPlace(location, urls, description, summary),
    people,
    total,
    leftOut,
    yourName: yourNameFrom(you, description),
    notes,
    source: source ? `the calendar invite from ${source}` : 'the calendar invite',
  };
}

/** The first start of a repeating event at or after `now` (among its next 2,000), in its own zone. */
function nextOccurrence(e: Component, now: Date): unknown {
  const it = new ICAL.Event(e).iterator();
  for (let i = 0, t = it.next(); t && i < 2000; i++, t = it.next()) if (t.toJSDate() >= now) return t;
  return undefined;
}

/** A room, a screen or a projector booked with the meeting. */
function isRoom(p: Property): boolean {
  const kind = param(p, 'cutype').toUpperCase();
  const named = ROOM.test(param(p, 'cn')) && param(p, 'role').toUpperCase() === 'NON-PARTICIPANT';
  return (
    kind === 'ROOM' || kind === 'RESOURCE' || /resource\.calendar\.google\.com$/.test(mailto(p)) || named
  );
}

const ROOM = /\b(room|conf(erence)?\.? ?(rm|room)|boardroom|meeting space|resource)\b/i;

/** The people an event names: organizer first, then attendees; the user, rooms and repeats left out. */
function attendees(e: Component, organizer: Property | null, userEmail: string) {
  const own = userEmail.trim().toLowerCase();
  const seen = new Set<string>();
  const people: InvitePerson[] = [];
  let rooms = 0;
  let you: InviteYou | undefined;
  const orgEmail = organizer ? mailto(organizer) : '';
  const candidates = [organizer, ...e.getAllProperties('attendee')].filter((p): p is Property => !!p);
  const outsiders = e
    .getAllProperties('attendee')
    .filter((p) => !isRoom(p))
    .map(mailto)
    .filter((m) => m && domainOf(m) !== domainOf(orgEmail));
  // Without a profile address, the one addressed is the only attendee outside the organizer's company.
  const addressed = !own && companyFromEmail(orgEmail) && outsiders.length === 1 ? outsiders[0] : '';
  for (const p of candidates) {
    const email = mailto(p);
    const cn = readName(param(p, 'cn'));
    const key = email || cn.name.toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (isRoom(p)) {
      rooms++;
      continue;
    }
    if (isNoReply(email) && !isRealName(cn.name)) continue;
    if (email && (email === own || email === addressed)) {
      you = { name: param(p, 'cn'), email };
      continue;
    }
    const named = isRealName(cn.name) ? cn : { name: '', givenName: '', familyName: '' };
    people.push({
      ...named,
      email: /^[^\s@]+@[^\s@]+$/.test(email) ? email : '',
      organizer: p === organizer,
    });
  }
  const leftOut = [you && `you (${you.email})`, rooms && counted(rooms, 'room')].filter(
    (x): x is string => !!x,
  );
  return { people: people.slice(0, MAX_PEOPLE_SHOWN), total: people.length, leftOut, you };
}
