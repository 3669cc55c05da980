import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInvite } from '../../src/features/checklist/invite/invite';
import type { InviteEvent } from '../../src/features/checklist/invite/invite-model';
import { ianaZone } from '../../src/features/checklist/invite/invite-time';

const NOW = new Date('2026-12-01T17:00:00Z');
const file = (name: string) => readFileSync(new URL(`../fixtures/invites/${name}`, import.meta.url), 'utf8');
function events(ics: string, reader: { email?: string; timeZone?: string } = {}): InviteEvent[] {
  const result = readInvite(ics, { email: '', timeZone: 'America/New_York', now: NOW, ...reader });
  if (!result.ok) throw new Error(result.message);
  return result.events;
}
const one = (name: string, reader?: { email?: string; timeZone?: string }) => events(file(name), reader)[0]!;
const names = (e: InviteEvent) => e.people.map((p) => p.name);

describe('reading a calendar invite', () => {
  it.each([
    // file, company, role, at (New York), format, service
    ['google-meet.ics', 'Northwind', 'Data Analyst', '2026-12-08T14:30', 'video', 'Google Meet'],
    [
      'outlook-windows-zone.ics',
      'Harbor Foods',
      'Operations Coordinator',
      '2026-11-10T09:30',
      'video',
      'Microsoft Teams',
    ],
    ['outlook-no-vtimezone.ics', 'Brightwater Labs', 'Lab Technician', '2026-10-28T10:00', 'in-person', ''],
    ['outlook-room.ics', 'Contoso', 'Product Designer', '2026-12-03T16:00', 'in-person', ''],
    ['apple-accents.ics', 'Canalworks', 'Junior Architect', '2026-12-04T05:00', 'in-person', ''],
    ['zoom-utc.ics', 'Acme Robotics', 'Software Engineer', '2026-12-11T14:00', 'video', 'Zoom'],
    ['teams-pacific.ics', 'Fabrikam', 'Marketing Manager', '2026-03-12T12:00', 'video', 'Microsoft Teams'],
    ['webex.ics', 'Tailspin Toys', 'Account Executive', '2026-12-15T15:00', 'video', 'Webex'],
    ['phone-screen.ics', 'Lakeside Dental', 'Customer Success Specialist', '2026-12-07T10:30', 'phone', ''],
    ['all-day.ics', 'Harbor Foods', '', '2026-12-10', 'in-person', ''],
    ['recurring.ics', 'Northwind', '', '2026-12-08T10:00', 'video', 'Google Meet'],
    ['panel-12-and-room.ics', 'Contoso', 'Senior Data Scientist', '2026-12-14T10:00', 'in-person', ''],
    ['dst-berlin.ics', 'Brightwater Labs', 'Research Scientist', '2026-10-28T10:00', 'video', 'Zoom'],
  ])(
    'reads %s: company, role, time on the user’s clock, format',
    (name, company, role, at, format, service) => {
      const e = one(name);
      expect([e.company, e.role, e.at, e.format, e.service]).toEqual([company, role, at, format, service]);
    },
  );

  it('converts a TZID to the user’s zone and keeps the time as written', () => {
    const e = one('google-meet.ics');
    expect([e.zone, e.original]).toEqual(['America/Los_Angeles', '2026-12-08T11:30']);
    expect(one('google-meet.ics', { timeZone: 'America/Los_Angeles' }).original).toBe('');
    expect(one('google-meet.ics', { timeZone: 'Asia/Tokyo' }).at).toBe('2026-12-09T04:30');
  });

  it('follows daylight saving on both sides: Berlin back on winter time, New York not yet', () => {
    // 28 October 2026: Berlin is UTC+1 again, New York still UTC-4, so 15:00 there is 10:00 here (not 09:00).
    expect(one('dst-berlin.ics').at).toBe('2026-10-28T10:00');
    expect(one('dst-berlin.ics', { timeZone: 'Europe/London' }).at).toBe('2026-10-28T14:00');
  });

  it.each([
    ['Eastern Standard Time', 'America/New_York'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['(UTC+01:00) W. Europe Standard Time', 'Europe/Berlin'],
    ['/freeassociation.sourceforge.net/Tzfile/Europe/London', 'Europe/London'],
    ['Europe/Paris', 'Europe/Paris'],
    ['Not A Zone', undefined],
  ])('maps the TZID %j to %j', (tzid, iana) => expect(ianaZone(tzid)).toBe(iana));

  it('reads a Windows zone name without a VTIMEZONE (Outlook)', () => {
    expect(one('outlook-no-vtimezone.ics').zone).toBe('W. Europe Standard Time');
  });

  it('reads each attendee’s name from CN and email from mailto, organizer first', () => {
    const e = one('google-meet.ics');
    expect(e.people).toEqual([
      {
        name: 'Priya Raman',
        givenName: '',
        familyName: '',
        email: 'priya.raman@northwind.com',
        organizer: true,
      },
      {
        name: 'Katherine Okafor',
        givenName: '',
        familyName: '',
        email: 'k.okafor@northwind.com',
        organizer: false,
      },
      { name: 'Jon Park', givenName: '', familyName: '', email: 'jon.park@northwind.com', organizer: false },
    ]);
    expect(e.source).toBe('the calendar invite from northwind.com');
  });

  it('reads "Family, Given" CNs with commas and accents, knowing which name is which', () => {
    const [org, ...rest] = one('apple-accents.ics').people;
    expect(org).toMatchObject({ name: 'María José García', givenName: 'María José', familyName: 'García' });
    expect(rest.map((p) => p.name)).toEqual(['José Álvarez', 'Siobhán Ní Bhriain']);
    expect(names(one('outlook-windows-zone.ics'))).toEqual([
      'Katherine Okafor',
      'Tran Nguyen',
      'Jon Park Jr.',
    ]);
  });

  it('leaves an attendee without a CN (or with their address as CN) unnamed, email kept', () => {
    const e = one('google-meet.ics', { email: 'nobody@example.com' });
    expect(e.people.at(-1)).toMatchObject({ name: '', email: 'alex.kim@gmail.com' });
  });

  it('leaves the user out by their profile email, or as the one addressed outside the company', () => {
    expect(one('apple-accents.ics', { email: 'Dana.Reyes@example.com' }).leftOut).toEqual([
      'you (dana.reyes@example.com)',
    ]);
    const addressed = one('google-meet.ics');
    expect(names(addressed)).not.toContain('alex.kim@gmail.com');
    expect(addressed.people.map((p) => p.email)).not.toContain('alex.kim@gmail.com');
    expect(addressed.leftOut).toEqual(['you (alex.kim@gmail.com)']);
  });

  it('leaves rooms and resources out and says how many', () => {
    const room = one('outlook-room.ics', { email: 'dana.reyes@example.com' });
    expect(names(room)).toEqual(['Recruiting Team', 'Ana Souza']);
    expect(room.leftOut).toEqual(['you (dana.reyes@example.com)', '2 rooms']);
    const panel = one('panel-12-and-room.ics', { email: 'dana.reyes@example.com' });
    expect([panel.people.length, panel.total, panel.leftOut]).toEqual([
      12,
      12,
      ['you (dana.reyes@example.com)', '1 room'],
    ]);
  });

  it('leaves out a no-reply organizer that names nobody, and names the company from the people', () => {
    const e = one('phone-screen.ics');
    expect(names(e)).toEqual(['Lakeside Dental Recruiting', 'Tom Becker']);
    expect(e.source).toBe('the calendar invite from lakesidedental.com');
  });

  it('recognises the meeting link of each service and the phone number to call', () => {
    expect(one('zoom-utc.ics').place).toBe('https://us02web.zoom.us/j/85512345678?pwd=SGVsbG8gV29ybGQ');
    expect(one('outlook-windows-zone.ics').place).toMatch(
      /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//,
    );
    expect(one('webex.ics').place).toBe('https://tailspin.webex.com/tailspin/j.php?MTID=m1234567890abcdef');
    expect(one('phone-screen.ics').place).toBe('+1 (555) 010-3000');
    expect(one('outlook-room.ics').place).toBe('Conf Room 4B (8), 500 Pine Street, Seattle WA 98101');
    // An address on two lines fits the one-line field.
    expect(one('apple-accents.ics').place).toBe('Canal Works, 1 Canal Street, Manchester M1 3HE');
  });

  it('says when an invite is for a whole day, repeats, or has no date', () => {
    expect(one('all-day.ics').notes).toEqual([
      'The invite is for the whole day: add the time if you know it.',
    ]);
    expect(one('recurring.ics').notes).toEqual([
      'This invite repeats: the next time it takes place is shown.',
    ]);
    const none = one('no-date.ics');
    expect([none.at, none.notes]).toEqual([
      '',
      ['The invite has no date: fill it in before adding the interview.'],
    ]);
  });

  it('reads every event of a file with several, for the user to pick one', () => {
    const all = events(file('two-rounds.ics'));
    expect(all.map((e) => [e.summary, e.at, e.uid])).toEqual([
      ['Round 1: Practice Manager – Lakeside Dental', '2026-12-15T10:00', 'round-1@lakesidedental.com'],
      ['Round 2: Practice Manager – Lakeside Dental', '2026-12-17T10:00', 'round-2@lakesidedental.com'],
    ]);
  });

  it('knows an update by its UID and a cancellation by METHOD:CANCEL or STATUS:CANCELLED', () => {
    const [first, moved, cancelled] = [
      'google-meet.ics',
      'google-meet-moved.ics',
      'google-meet-cancelled.ics',
    ].map((f) => one(f));
    expect(moved!.uid).toBe(first!.uid);
    expect([first!.cancelled, moved!.cancelled, cancelled!.cancelled]).toEqual([false, false, true]);
    expect(
      events(file('google-meet.ics').replace('STATUS:CONFIRMED', 'STATUS:CANCELLED'))[0]!.cancelled,
    ).toBe(true);
    expect(cancelled!.company).toBe('Northwind');
  });

  it('keeps hostile text as text in every property, without control characters', () => {
    const e = one('hostile.ics');
    expect(e.summary).toBe("<img src=x onerror=alert('summary')> – Data Analyst <b>bold</b>");
    expect(e.place).toBe(`<iframe src="javascript:alert('location')"></iframe>`);
    expect(names(e)).toEqual([
      "<script>alert('org')</script>",
      "<img src=x onerror=alert('cn')>",
      "Robert')",
    ]);
    // An address that is not one is not kept as an email.
    expect(e.people[0]!.email).toBe('');
    expect(JSON.stringify(e)).not.toMatch(/\u202e/);
  });

  it('shows the first 30 of 500 attendees and counts them all', () => {
    const attendees = Array.from(
      { length: 500 },
      (_, n) => `ATTENDEE;CN=Person ${n + 1}:mailto:p${n + 1}@bigco.com`,
    );
    const ics = file('no-date.ics').replace('END:VEVENT', `${attendees.join('\r\n')}\r\nEND:VEVENT`);
    const e = events(ics)[0]!;
    expect([e.people.length, e.total]).toEqual([30, 502]);
  });

  it.each([
    ['a text file', 'Dear Alex, see you Tuesday.', /not a calendar invite/],
    [
      'a broken calendar',
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:garbage\n',
      /not a calendar invite.*could not be read/,
    ],
    ['a calendar without events', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', /holds no event/],
    ['a vCard', 'BEGIN:VCARD\nFN:Dana\nEND:VCARD', /not a calendar invite/],
  ])('refuses %s with a clear message', (_what, text, message) => {
    const result = readInvite(text, { email: '', now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
