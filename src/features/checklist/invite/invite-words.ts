/**
 * What an invite's words say, for both readers (a calendar file and a pasted email): the company from an
 * address or a title, the role from a title, the meeting link and the format, a person's name as written.
 */
import type { InterviewFormat } from '../../../core/model/model';
import { MAX_TEXT } from '../../../core/model/model';

/** Text as it may be stored: no control characters (but newlines and tabs), trimmed, within `MAX_TEXT`. */
export function cleanText(value: unknown): string {
  if (typeof value !== 'string') return '';
  // Bidirectional overrides too: they would make a name or a link read differently from what it is.
  return value
    .replace(/[^\P{Cc}\n\t]|[\u202a-\u202e\u2066-\u2069]/gu, '')
    .trim()
    .slice(0, MAX_TEXT);
}

/** Domains that say nothing of the employer: mail services, calendars, schedulers, applicant trackers. */
const NOT_EMPLOYERS =
  /(^|\.)(gmail|googlemail|google|outlook|hotmail|live|msn|yahoo|icloud|me|mac|aol|proton|protonmail|gmx|calendly|zoom|microsoft|office365|greenhouse|greenhouse-mail|lever|hire\.lever|myworkday|workday|ashbyhq|smartrecruiters|icims|goodtime|teamtailor|recruitee|bamboohr|jobvite|taleo|successfactors|resource\.calendar\.google)\.[a-z.]+$/i;
const SECOND_LEVEL = /^(co|com|org|net|ac|gov|edu)$/;

/** The employer a work address suggests ("k.okafor@northwind-traders.co.uk": "Northwind Traders"), or empty. */
export function companyFromEmail(email: string): string {
  const domain = email.split('@')[1]?.toLowerCase().trim() ?? '';
  if (!domain || NOT_EMPLOYERS.test(domain)) return '';
  const labels = domain.split('.');
  if (labels.length < 2) return '';
  const cut = labels.length > 2 && SECOND_LEVEL.test(labels[labels.length - 2] ?? '') ? 3 : 2;
  const name = labels[labels.length - cut] ?? '';
  return name
    .split('-')
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join(' ');
}

/** The domain of an address, for saying where a name came from. */
export const domainOf = (email: string) => email.split('@')[1]?.toLowerCase() ?? '';

const INTERVIEW_WORDS =
  /\b(invitation|updated invitation|invite|interview(s|ing)?|phone screen|screening|screen|call|meeting|chat|conversation|onsite|on-site|virtual|video|final|first|second|third|round( \d+)?|panel|technical|hiring manager|updated|event|reminder|canceled|cancelled|confirmed?)\b/gi;
const ROLE_WORDS =
  /\b(analyst|engineer|manager|developer|designer|coordinator|specialist|director|assistant|intern|scientist|lead|consultant|associate|representative|officer|administrator|accountant|nurse|teacher|architect|technician|advisor|adviser|clerk|writer|editor|marketer|recruiter|planner|supervisor|agent|executive|owner|head|president|programmer|researcher|strategist|cashier|driver|operator|tester|partner|producer|pharmacist|therapist|paralegal|attorney|lawyer)s?\b/i;

/** What a title says: "Interview: Data Analyst – Northwind" is the role Data Analyst at Northwind. */
export function readTitle(title: string, knownCompany = ''): { role: string; company: string } {
  const known = knownCompany.toLowerCase().replace(/\W/g, '');
  const parts = title
    .split(/\s[–—|-]\s|[:|–—]|\s\/\s|\(|\)|\bat\b|\bwith\b|\bfor\b|\bfrom\b|@/i)
    .map((p) => p.replace(INTERVIEW_WORDS, ' ').replace(/\s+/g, ' ').trim())
    .map((p) => p.replace(/^[\s,.;&+–—-]+|[\s,.;&+–—-]+$/g, ''))
    .map((p) => p.replace(/^(the|a|an|our)\s+/i, '').replace(/\s+(role|position|job|opening)$/i, ''))
    .filter((p) => p.length > 1);
  let role = '';
  let company = '';
  for (const part of parts) {
    const flat = part.toLowerCase().replace(/\W/g, '');
    if (!company && known && (flat === known || flat.startsWith(known))) company = part;
    else if (!role && ROLE_WORDS.test(part)) role = part;
  }
  // A company the addresses name is better spelled than a guess from the title's other words.
  if (!company)
    company = knownCompany || (parts.find((p) => p !== role && !ROLE_WORDS.test(p) && !/\d/.test(p)) ?? '');
  return { role, company };
}

/** Meeting services the preview names, by their links. */
const SERVICES: readonly (readonly [string, RegExp])[] = [
  ['Zoom', /https:\/\/([\w-]+\.)?zoom\.(us|com)\/(j|my|w|s)\/[^\s<>"')\]]+/i],
  [
    'Microsoft Teams',
    /https:\/\/teams\.(microsoft|live)\.com\/(l\/meetup-join|meet|dl\/launcher)\/?[^\s<>"')\]]*/i,
  ],
  ['Google Meet', /https:\/\/meet\.google\.com\/[a-z]{3,4}-[a-z]{4}-[a-z]{3,4}\b/i],
  ['Webex', /https:\/\/[\w-]+\.webex\.com\/[^\s<>"')\]]+/i],
];

/** The first meeting link in the texts, with its service. */
export function meetingLink(...texts: string[]): { service: string; url: string } | undefined {
  for (const text of texts)
    for (const [service, pattern] of SERVICES) {
      const url = pattern.exec(text)?.[0];
      if (url) return { service, url: url.replace(/[.,;]+$/, '') };
    }
  return undefined;
}

const PHONE_WORDS =
  /\b(phone (call|screen|interview)|by phone|call you (at|on)|will call|dial[- ]in|telephone)\b/i;
const PHONE_NUMBER = /(?:tel:)?\+?\d[\d\s().-]{7,}\d/;

/** The format and the place an interview's words point to: a meeting link, a phone call, or an address. */
export function formatAndPlace(
  location: string,
  ...texts: string[]
): { format: InterviewFormat; place: string; service: string } {
  const link = meetingLink(location, ...texts);
  if (link) return { format: 'video', place: link.url, service: link.service };
  const url = /https?:\/\/\S+/.exec(location)?.[0];
  if (url) return { format: 'video', place: url, service: '' };
  if (PHONE_WORDS.test([location, ...texts].join('\n')) || /^(tel:|\+?\d[\d\s().-]+$)/.test(location)) {
    const number = PHONE_NUMBER.exec(location)?.[0] ?? '';
    return { format: 'phone', place: number.replace(/^tel:/, ''), service: '' };
  }
  return { format: 'in-person', place: location.replace(/\s*\n\s*/g, ', '), service: '' };
}

/** A name as an address book writes it: "Okafor, Katherine" is Katherine Okafor, given and family known. */
export function readName(raw: string): { name: string; givenName: string; familyName: string } {
  const name = cleanText(raw).replace(/^"|"$/g, '').replace(/\s+/g, ' ');
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma && !/^(jr|sr|ii|iii|iv|phd|md|mba|esq)\.?$/i.test(comma[2]?.trim() ?? '')) {
    const family = comma[1]?.trim() ?? '';
    const given = comma[2]?.trim() ?? '';
    return { name: `${given} ${family}`, givenName: given, familyName: family };
  }
  return { name, givenName: '', familyName: '' };
}

/** A person's name that is really an address or empty says nothing. */
export const isRealName = (name: string) => /\p{L}/u.test(name) && !name.includes('@');

/** Addresses that send invites on someone's behalf and read no reply. */
export const isNoReply = (email: string) =>
  /^(no-?reply|do-?not-?reply|calendar-notification|notifications?|scheduling|invites?)[@+]/i.test(email);
