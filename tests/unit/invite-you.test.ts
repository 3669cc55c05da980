import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInvite } from '../../src/features/checklist/invite/invite';
import { readPastedInvite } from '../../src/features/checklist/invite/invite-text';
import { greeted, isPersonName, yourNameFrom } from '../../src/features/checklist/invite/invite-you';

const reader = { email: '', timeZone: 'America/New_York', now: new Date('2026-12-01T17:00:00Z') };
const file = (name: string) => readFileSync(new URL(`../fixtures/invites/${name}`, import.meta.url), 'utf8');
const fromFile = (ics: string, email = '') => {
  const result = readInvite(ics, { ...reader, email });
  if (!result.ok) throw new Error(result.message);
  return result.events.map((e) => e.yourName);
};
const fromEmail = (text: string) => readPastedInvite(text, reader).yourName;

describe('the user’s name, read from an invite', () => {
  it.each([
    // file, the name the user signs with as the invite gives it ('' when it does not say for sure)
    ['google-meet.ics', 'Alex Kim'], // their address is alex.kim@…, and the description says "Hi Alex,"
    ['google-meet-moved.ics', 'Alex Kim'],
    ['google-meet-cancelled.ics', 'Alex Kim'],
    ['recurring.ics', 'Alex Kim'], // the attendee's name as written
    ['outlook-windows-zone.ics', 'Dana Reyes'], // "Reyes, Dana"
    ['apple-accents.ics', 'Dana Reyes'],
    ['outlook-no-vtimezone.ics', 'Dana Reyes'],
    ['outlook-room.ics', 'Dana Reyes'],
    ['panel-12-and-room.ics', 'Dana Reyes'],
    ['teams-pacific.ics', ''], // alex.kim@…, but no greeting to agree with it
    ['all-day.ics', ''],
    ['dst-berlin.ics', ''],
    ['hostile.ics', ''],
    ['no-date.ics', ''],
    ['phone-screen.ics', ''],
    ['two-rounds.ics', ''],
    ['webex.ics', ''],
    ['zoom-utc.ics', ''],
  ])('reads %s as %j', (name, expected) => {
    expect(new Set(fromFile(file(name)))).toEqual(new Set([expected]));
  });

  it.each([
    ['02-outlook-forward.txt', 'Dana Reyes'], // To: Dana Reyes <dana.reyes@example.com>
    ['07-scheduler.txt', 'Dana Reyes'], // Invitee: Dana Reyes <…>
    ['09-headers-only-addresses.txt', ''], // To: alex.kim@gmail.com, and no greeting
    ['01-recruiter-zoom.txt', ''], // "Hi Alex," but no address of theirs: a first name alone is not a signature
    ['03-meet-two-people.txt', ''],
    ['04-phone-screen.txt', ''],
    ['05-in-person.txt', ''],
    ['06-no-date.txt', ''],
    ['08-webex-gmt.txt', ''],
    ['10-hostile.txt', ''],
  ])('reads the pasted email %s as %j', (name, expected) => {
    expect(fromEmail(file(`emails/${name}`))).toBe(expected);
  });

  it('finds the user by their profile address too', () => {
    expect(fromFile(file('apple-accents.ics'), 'Dana.Reyes@example.com')).toEqual(['Dana Reyes']);
  });

  it.each([
    ['<img src=x onerror=alert(1)>', 'the greeting and the address instead', 'Alex Kim'],
    ["Robert'); DROP TABLE people;--", 'the greeting and the address instead', 'Alex Kim'],
    ['Alex\u202e Kim', 'without the direction override', 'Alex Kim'],
    ['<b>Alex</b>', 'the greeting and the address instead', 'Alex Kim'],
  ])('reads a hostile attendee name %j as text: %s', (cn, _how, expected) => {
    const ics = file('google-meet.ics').replace('CN=alex.kim@gmail.com', `CN="${cn}"`);
    expect(fromFile(ics)).toEqual([expected]);
  });

  it('leaves a hostile name empty when nothing else says the name', () => {
    const ics = file('teams-pacific.ics').replace(/CN=alex\.kim@gm\r?\n ail\.com/, 'CN="<script>x</script>"');
    expect(ics).toContain('<script>');
    expect(fromFile(ics)).toEqual(['']);
  });
});

describe('yourNameFrom', () => {
  it.each([
    // attendee name, address, text, expected
    ['Alex Kim', 'a@x.com', '', 'Alex Kim'],
    ['Okafor, Katherine', '', '', 'Katherine Okafor'],
    ['ALEX KIM', '', '', 'Alex Kim'],
    ['alex kim', '', '', 'Alex Kim'],
    ['Siobhán Ní Bhriain', '', '', 'Siobhán Ní Bhriain'],
    ['Mary-Jane McKay', '', '', 'Mary-Jane McKay'],
    ['alex.kim@gmail.com', 'alex.kim@gmail.com', 'Hi Alex, see you then', 'Alex Kim'],
    ['', 'alex_kim@gmail.com', 'Dear Alex,', 'Alex Kim'],
    ['', 'mary-jane.smith@mail.com', 'Hello Mary-Jane,', 'Mary-Jane Smith'],
    ['', 'jose.alvarez@mail.com', 'Hola\nHi José,', 'José Alvarez'],
    ['', 'alex.kim@gmail.com', 'Hi Sam,', ''], // the greeting names someone else
    ['', 'alex.kim@gmail.com', 'Hi there,', ''],
    ['', 'alex.kim@gmail.com', 'Kim, join here', ''],
    ['', 'alex123@gmail.com', 'Hi Alex,', ''], // a bare handle says nothing sure
    ['', 'akim@gmail.com', 'Hi Alex,', ''],
    ['', 'alex.kim.2@gmail.com', 'Hi Alex,', ''],
    ['alex123', 'alex123@gmail.com', 'Hi Alex,', ''],
    ['Candidate 1', '', '', ''],
    ['A very long name of five words', '', '', ''],
  ])('%j <%s> with %j gives %j', (name, email, text, expected) => {
    expect(yourNameFrom({ name, email }, text)).toBe(expected);
  });

  it('gives nothing when the invite does not name the user', () => {
    expect(yourNameFrom(undefined, 'Hi Alex,')).toBe('');
  });

  it.each([
    ['Hi Alex, thanks', 'Alex'],
    ['Good morning Dana,\nSee below', 'Dana'],
    ['> Dear Ines,', 'Ines'],
    ['Thanks for applying, Alex', ''],
  ])('greeted(%j) is %j', (text, expected) => {
    expect(greeted(text)).toBe(expected);
  });

  it.each([
    ['Dana Reyes', true],
    ["Seán O'Brien", true],
    ['<img src=x>', false],
    ['dana@example.com', false],
    ['R2D2', false],
    ['', false],
  ])('isPersonName(%j) is %s', (text, expected) => {
    expect(isPersonName(text)).toBe(expected);
  });
});
