import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeInvite, readPastedInvite } from '../../src/features/checklist/invite/invite-text';

const NOW = new Date('2026-12-01T17:00:00Z');
const email = (name: string) =>
  readFileSync(new URL(`../fixtures/invites/emails/${name}`, import.meta.url), 'utf8');
const read = (name: string, own = '') =>
  readPastedInvite(email(name), { email: own, timeZone: 'America/New_York', now: NOW });
const who = (name: string, own = '') => read(name, own).people.map((p) => `${p.name} <${p.email}>`);

describe('reading a pasted invitation email', () => {
  it.each([
    // file, company, role, at (New York), format, service
    ['01-recruiter-zoom.txt', 'Northwind', 'Data Analyst', '2026-12-08T14:30', 'video', 'Zoom'],
    [
      '02-outlook-forward.txt',
      'Harbor Foods',
      'Operations Coordinator',
      '2026-12-09T10:00',
      'video',
      'Microsoft Teams',
    ],
    ['03-meet-two-people.txt', 'Fabrikam', 'Product Designer', '2026-12-14T14:00', 'video', 'Google Meet'],
    [
      '04-phone-screen.txt',
      'Lakeside Dental',
      'Customer Success Specialist',
      '2026-12-10T10:30',
      'phone',
      '',
    ],
    ['05-in-person.txt', 'Canal Works', 'Junior Architect', '2026-12-11T13:00', 'in-person', ''],
    ['06-no-date.txt', 'Northwind', '', '', 'in-person', ''],
    ['07-scheduler.txt', 'Harbor Foods', '', '2026-12-15T15:00', 'video', 'Google Meet'],
    ['08-webex-gmt.txt', 'Tailspin Toys', 'Account Executive', '2026-12-16T09:00', 'video', 'Webex'],
    [
      '09-headers-only-addresses.txt',
      'Northwind',
      'Data Analyst',
      '2026-12-09T14:00',
      'video',
      'Google Meet',
    ],
    ['10-hostile.txt', 'Evil', 'Data Analyst', '2026-12-08T14:30', 'video', 'Zoom'],
  ])('reads %s', (name, company, role, at, format, service) => {
    const e = read(name);
    expect([e.company, e.role, e.at, e.format, e.service]).toEqual([company, role, at, format, service]);
  });

  it('reads "Tuesday, December 8 at 2:30 PM EST" into the user’s own zone', () => {
    const e = readPastedInvite('Tuesday, December 8 at 2:30 PM EST', {
      email: '',
      timeZone: 'America/Los_Angeles',
      now: NOW,
    });
    expect([e.at, e.zone, e.original]).toEqual(['2026-12-08T11:30', 'EST', '2026-12-08T14:30']);
  });

  it('reads names with their emails, in every way emails write them', () => {
    expect(who('01-recruiter-zoom.txt')).toEqual([
      'Katherine Okafor <k.okafor@northwind.com>',
      'Jon Park <jon.park@northwind.com>',
    ]);
    expect(who('03-meet-two-people.txt')).toEqual([
      'Mei Chen <mei.chen@fabrikam.com>',
      'Omar Haddad <omar.haddad@fabrikam.com>',
    ]);
    expect(who('05-in-person.txt')).toEqual([
      'María José García <mj.garcia@canalworks.co.uk>',
      'José Álvarez <jose.alvarez@canalworks.co.uk>',
    ]);
    expect(who('04-phone-screen.txt')).toEqual(['Tom Becker <tom.becker@lakesidedental.com>']);
  });

  it('takes the sender as organizer and leaves out the one addressed (To:, Invitee:) or the profile email', () => {
    const fwd = read('02-outlook-forward.txt');
    expect(fwd.people.map((p) => [p.name, p.organizer])).toEqual([
      ['Katherine Okafor', true],
      ['Tran Nguyen', false],
    ]);
    expect(fwd.leftOut).toEqual(['you (dana.reyes@example.com)']);
    expect(who('07-scheduler.txt')).toEqual(['Katherine Okafor <k.okafor@harborfoods.com>']);
    expect(who('05-in-person.txt', 'jose.alvarez@canalworks.co.uk')).toEqual([
      'María José García <mj.garcia@canalworks.co.uk>',
    ]);
  });

  it('keeps an address without a name, with the name left to fill in', () => {
    expect(who('09-headers-only-addresses.txt')).toEqual([
      'Priya Raman <priya.raman@northwind.com>',
      ' <k.okafor@northwind.com>',
    ]);
  });

  it('takes the event’s own date, not the date the email was sent', () => {
    expect(read('02-outlook-forward.txt').at).toBe('2026-12-09T10:00');
  });

  it('says what it could not find, for the user to fill in', () => {
    expect(read('06-no-date.txt').notes).toEqual([
      'Not found in the text: the role and the date. Fill them in below.',
    ]);
    expect(read('07-scheduler.txt').notes).toEqual(['Not found in the text: the role. Fill it in below.']);
    const nothing = readPastedInvite('see you soon', { email: '', now: NOW });
    expect(nothing.notes).toEqual([
      'Not found in the text: the company, the role, the date and anyone’s name and email. Fill them in below.',
    ]);
    expect(read('01-recruiter-zoom.txt').notes).toEqual([]);
  });

  it('keeps hostile text as text', () => {
    const e = read('10-hostile.txt');
    expect(e.summary).toBe("<img src=x onerror=alert('subject')> – Data Analyst");
    expect(e.people[0]).toMatchObject({ name: '<b onmouseover=alert(1)>Kim</b>', email: 'kim@evil.example' });
  });

  it.each([
    ['an invitation', email('01-recruiter-zoom.txt'), true],
    ['a signature', 'Dana Nguyen\nHiring Manager, Acme\ndana@acme.com\n(555) 010-2000', false],
    ['a name', 'Jon Park', false],
  ])('tells %s from a signature', (_what, text, invite) => expect(looksLikeInvite(text)).toBe(invite));
});
