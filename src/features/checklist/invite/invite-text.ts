/**
 * Reads a pasted invitation email into the same preview as a calendar file: the date and time phrase
 * ("Tuesday, December 8 at 2:30 PM EST", read with chrono), names with their addresses, the meeting link,
 * the company and the role. What it cannot find is left empty and named in `notes`. Pure.
 */
import { strict } from 'chrono-node/en';
import { wallTime } from './invite-zones';
import { dayText, dayTimeText } from '../../../core/local-dates';
import type { Reader } from './invite';
import { type InviteEvent, type InvitePerson, MAX_PEOPLE_SHOWN } from './invite-model';
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
import { yourNameFrom } from './invite-you';

/** Longest pasted text read: a long email thread, not a book. */
const MAX_PASTE = 100_000;
const EMAIL = /[\w.+'-]+@[\w-]+(\.[\w-]+)+/;
// A name is up to five capitalised words (particles such as "van" or "de la" allowed) before `<address>`.
const WORD = String.raw`[\p{Lu}][\p{L}\p{M}'.-]*`;
const NAME = String.raw`(?:${WORD},?[ \t]+(?:(?:van|von|der|de|la|del|da|di|du|dos|bin|al|le|y)[ \t]+)*){0,4}${WORD}`;
const ADDRESSED = new RegExp(
  String.raw`(?:"([^"\n]{1,80})"|(${NAME}))\s*[<([]\s*(?:mailto:)?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)\s*[>)\]]`,
  'gu',
);

/** The value of the first "Label: value" line for one of the labels. */
function labelled(text: string, ...labels: string[]): string {
  const re = new RegExp(`^\\s*(?:${labels.join('|')})\\s*:\\s*(.+)$`, 'im');
  return cleanText(re.exec(text)?.[1]);
}

/** Whether pasted text looks like an invitation rather than a signature: a date phrase with a time or a link. */
export function looksLikeInvite(text: string): boolean {
  return (
    /\b(invit|interview|meeting|join)/i.test(text) &&
    (!!whenOf(text, new Date()).at || /https:\/\//.test(text))
  );
}

type When = { at: string; zone: string; original: string };

/**
 * The event's date and time: from a "When:" line first, then "Date:" with "Time:", then the body without the
 * email's own sending date, then a lone "Date:" line.
 */
function whenOf(text: string, now: Date, timeZone?: string): When {
  const time = labelled(text, 'Time');
  const body = text.replace(/^\s*(sent|date)\s*:.*$/gim, '');
  const places = [
    labelled(text, 'When'),
    time && `${labelled(text, 'Date')} ${time}`,
    body,
    labelled(text, 'Date'),
  ];
  let dayOnly: When | undefined;
  for (const place of places.filter(Boolean)) {
    const when = whenIn(place, now, timeZone);
    if (when.at.includes('T')) return when;
    dayOnly ??= when.at ? when : undefined;
  }
  return dayOnly ?? { at: '', zone: '', original: '' };
}

function whenIn(text: string, now: Date, timeZone?: string): When {
  const found = strict.parse(text, now, { forwardDate: true });
  const best =
    found.find((r) => r.start.isCertain('day') && r.start.isCertain('hour')) ??
    found.find((r) => r.start.isCertain('day'));
  if (!best) return { at: '', zone: '', original: '' };
  const s = best.start;
  const day = dayText(s.get('year') ?? 0, s.get('month') ?? 0, s.get('day') ?? 0);
  if (!s.isCertain('hour')) return { at: day, zone: '', original: '' };
  const wall = dayTimeText(day, s.get('hour') ?? 0, s.get('minute') ?? 0);
  if (!s.isCertain('timezoneOffset')) return { at: wall, zone: '', original: '' };
  const offset = s.get('timezoneOffset') ?? 0;
  const at = wallTime(new Date(Date.parse(`${wall}:00Z`) - offset * 60_000), timeZone);
  const zone = /\b([ECMP][SD]T|[ECMP]T|UTC|GMT|BST|CET|CEST)\b/.exec(best.text)?.[1] ?? 'the zone given';
  return { at, zone, original: at === wall ? '' : wall };
}

function peopleOf(text: string, own: string, addressed: readonly string[]): InvitePerson[] {
  const sender = labelled(text, 'From', 'Organizer', 'Organiser').toLowerCase();
  const seen = new Set([own, ...addressed].filter(Boolean));
  const people: InvitePerson[] = [];
  for (const m of text.matchAll(ADDRESSED)) {
    const email = (m[3] ?? '').toLowerCase();
    const raw = m[1] ?? m[2] ?? '';
    if (seen.has(email) || isNoReply(email)) continue;
    seen.add(email);
    const name = readName(raw);
    people.push({
      ...(isRealName(name.name) ? name : { name: '', givenName: '', familyName: '' }),
      email,
      organizer: sender.includes(email),
    });
  }
  // Addresses without a name ("Guests: k.okafor@northwind.com"): the name is left for the user to fill in.
  for (const [found] of text.matchAll(new RegExp(EMAIL, 'g'))) {
    const email = found.toLowerCase();
    if (seen.has(email) || isNoReply(email)) continue;
    seen.add(email);
    people.push({ name: '', givenName: '', familyName: '', email, organizer: sender.includes(email) });
  }
  return people;
}

/** Reads a pasted invitation email; what it cannot find is left empty and said in `notes`. */
export function readPastedInvite(pasted: string, reader: Reader): InviteEvent {
  const text = cleanText(pasted.slice(0, MAX_PASTE));
  const own = reader.email.trim().toLowerCase();
  // The one addressed is the user: the To: line names them.
  const to = `${labelled(text, 'To')} ${labelled(text, 'Invitee')}`;
  const addressed = [...to.matchAll(new RegExp(EMAIL, 'g'))].map((m) => m[0].toLowerCase());
  const all = peopleOf(text, own, addressed);
  const people = [...all.filter((p) => p.organizer), ...all.filter((p) => !p.organizer)];
  const byDomain = people.map((p) => companyFromEmail(p.email)).find(Boolean) ?? '';
  const subject = labelled(text, 'Subject', 'Event', 'Title', 'Event Name');
  const title = readTitle(subject, byDomain);
  const phrase =
    /\b(?:role|position|job|opening)\s+(?:at|with)\s+([\p{Lu}][\p{L}\d&.' -]{1,40}?)(?=[.,!;\n]|\s+(?:on|for|next)\b)/u.exec(
      text,
    )?.[1] ?? '';
  const rolePhrase =
    /\b(?:for|as)\s+(?:the|a|an|our)\s+([\p{Lu}][\p{L} /&-]{2,60}?)\s+(?:role|position|job|opening)\b/u.exec(
      text,
    )?.[1] ?? '';
  const company = (subject && title.company) || phrase || byDomain;
  const role = title.role || rolePhrase;
  const when = whenOf(text, reader.now, reader.timeZone);
  const location = labelled(text, 'Location', 'Where', 'Address', 'Place');
  const found = formatAndPlace(location, text);
  const missing = [
    !company && 'the company',
    !role && 'the role',
    !when.at && 'the date',
    when.at && !when.at.includes('T') && 'the time',
    !people.length && 'anyone’s name and email',
  ].filter((x): x is string => !!x);
  const source = domainOf(people.find((p) => companyFromEmail(p.email))?.email ?? '');
  const you = addressed[0] ?? (own && text.toLowerCase().includes(own) ? own : '');
  const yourLine = [...text.matchAll(ADDRESSED)].find((m) => m[3]?.toLowerCase() === you);
  return {
    uid: '',
    cancelled: /\b(cancel(l)?ed|cancel(l)?ation)\b/i.test(subject),
    summary: subject,
    company,
    companyFrom: company ? (company === byDomain ? `the addresses (${source})` : 'the text') : '',
    role,
    ...when,
    ...found,
    people: people.slice(0, MAX_PEOPLE_SHOWN),
    total: people.length,
    leftOut: you ? [`you (${you})`] : [],
    yourName: you ? yourNameFrom({ name: yourLine?.[1] ?? yourLine?.[2] ?? '', email: you }, text) : '',
    notes: missing.length
      ? [`Not found in the text: ${listed(missing)}. Fill ${missing.length > 1 ? 'them' : 'it'} in below.`]
      : [],
    source: source ? `the invitation email from ${source}` : 'the invitation email',
  };
}

const listed = (xs: string[]) =>
  xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;
