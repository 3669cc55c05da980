import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { newInterview } from '../../src/core/model/builders';
import { emptyDoc } from '../../src/core/model/model';
import { savedData, seedStorage } from '../support/browser';
import { CountedUser } from './journey';

/**
 * Issue 22: an interview and its people recorded from the calendar invite (a file picked, dropped, shared to
 * the app, or a pasted email), checked in a preview first; updates, cancellations and bad files.
 */
const LIMIT = 4;
const invite = (name: string) => ({
  name,
  mimeType: 'text/calendar',
  buffer: readFileSync(new URL(`../fixtures/invites/${name}`, import.meta.url)),
});
const stored = async (page: Page) => JSON.parse((await savedData(page)) ?? 'null');
const axe = async (page: Page) =>
  (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

const preview = (page: Page) => page.locator('.invite-preview');

test.use({ timezoneId: 'America/New_York' });
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T12:00:00-05:00'));
});

/** "From a calendar invite…" opens the file picker at once: one tap, the file chosen in it. */
async function fromInvite(page: Page, user: CountedUser, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await user.click(page.getByText('From a calendar invite…'), 'from an invite, picking the file');
  await (await chooser).setFiles(invite(file));
}
/** The panel for pasting an invitation, or picking or dropping a file. */
async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'Paste an invitation…' }).click();
  await expect(page.getByLabel(/The invite’s .ics file/)).toBeFocused();
}

test(`an invite file gives the interview and its two interviewers in at most ${LIMIT} actions from the list`, async ({
  page,
}) => {
  const old = newInterview('old', { company: 'Harbor Foods', at: '2026-11-20' }, new Date());
  await seedStorage(page, { ...emptyDoc(), interviews: [old] });
  await page.goto('/checklist/');
  const user = new CountedUser(page);
  await user.click(page.getByRole('button', { name: '+ Add an interview' }), 'add an interview');
  await fromInvite(page, user, 'google-meet.ics');
  await expect(page.getByRole('heading', { name: 'Check what the invite says' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Company' })).toHaveValue('Northwind');
  await expect(page.getByRole('textbox', { name: 'Role' })).toHaveValue('Data Analyst');
  await expect(preview(page).getByLabel('Date')).toHaveValue('2026-12-08');
  await expect(preview(page).getByLabel('Time (optional)')).toHaveValue('14:30');
  await expect(
    page.getByText('On your clock. The invite says 11:30 AM (America/Los_Angeles).'),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Meeting link' })).toHaveValue(
    'https://meet.google.com/abc-defg-hij',
  );
  await expect(page.getByText('A Google Meet link.')).toBeVisible();
  await expect(page.getByText('Left out: you (alex.kim@gmail.com).')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Add / })).toHaveCount(3);
  // Nothing is stored before the user confirms.
  expect((await stored(page)).interviews).toHaveLength(1);
  await user.click(page.getByRole('button', { name: 'Add the interview and 3 people' }), 'confirm');

  await expect(page.getByRole('heading', { level: 1, name: 'Data Analyst at Northwind' })).toBeVisible();
  await expect(page.locator('.contact-card')).toHaveCount(3);
  await expect(
    page.getByText('Name spelled as in the calendar invite from northwind.com').first(),
  ).toBeVisible();
  const [interview] = (await stored(page)).interviews;
  expect(interview).toMatchObject({ company: 'Northwind', at: '2026-12-08T14:30', format: 'video' });
  expect(interview.people.map((p: { name: string; role: string }) => `${p.name}: ${p.role}`)).toEqual([
    'Priya Raman: other',
    'Katherine Okafor: interviewer',
    'Jon Park: interviewer',
  ]);
  expect(user.count, user.actions.join(', ')).toBeLessThanOrEqual(LIMIT);
});

test('a second invite updates the time and adds the new person; a cancelled one marks it cancelled', async ({
  page,
}) => {
  await page.goto('/checklist/');
  const user = new CountedUser(page);
  await fromInvite(page, user, 'google-meet.ics');
  await page.getByRole('button', { name: 'Add the interview and 3 people' }).click();
  await page.getByRole('link', { name: '← All interviews' }).first().click();

  await page.getByRole('button', { name: '+ Add an interview' }).click();
  await fromInvite(page, user, 'google-meet-moved.ics');
  await expect(page.getByRole('heading', { name: 'An interview already recorded' })).toBeVisible();
  await expect(page.getByText(/The invite moves it to Wed, Dec 9, 2026, 5:00 PM/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Add / })).toHaveCount(1);
  await page.getByRole('button', { name: 'Update the interview and add 1 person' }).click();
  await expect(page.locator('.contact-card')).toHaveCount(4);
  let [interview] = (await stored(page)).interviews;
  expect((await stored(page)).interviews).toHaveLength(1);
  expect(interview.at).toBe('2026-12-09T17:00');

  await page.getByRole('link', { name: '← All interviews' }).first().click();
  await page.getByRole('button', { name: '+ Add an interview' }).click();
  await fromInvite(page, user, 'google-meet-cancelled.ics');
  await expect(page.getByRole('heading', { name: 'A cancelled invite' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark it cancelled' }).click();
  [interview] = (await stored(page)).interviews;
  expect(interview.outcome).toBe('cancelled');
  expect(interview.notes).toBe('Cancelled by the employer (calendar invite, December 1).');
});

test('a pasted invitation email fills the preview and says what it could not find', async ({ page }) => {
  await page.goto('/checklist/');
  await openPanel(page);
  const email = readFileSync(new URL('../fixtures/invites/emails/06-no-date.txt', import.meta.url), 'utf8');
  await page.getByRole('textbox', { name: 'Or paste the invitation email' }).fill(email);
  await page.getByRole('button', { name: 'Read the text' }).click();
  await expect(
    page.getByText('Not found in the text: the role and the date. Fill them in below.'),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Company' })).toHaveValue('Northwind');
  await page.getByRole('button', { name: 'Add the interview and 1 person' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Add the date' })).toBeVisible();
  await expect(preview(page).getByLabel('Date')).toBeFocused();
  expect((await stored(page))?.interviews ?? []).toEqual([]);
});

test('bad files get a clear message and nothing is stored', async ({ page }) => {
  await page.goto('/checklist/');
  await openPanel(page);
  const input = page.getByLabel(/The invite’s .ics file/);
  const alert = page.getByRole('alert').filter({ hasText: /./ });
  await input.setInputFiles({
    name: 'photo.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from('GIF89a not a calendar'),
  });
  await expect(alert).toHaveText(/not a calendar invite/);
  await input.setInputFiles({
    name: 'huge.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.alloc(5_000_000, 'A'),
  });
  await expect(alert).toHaveText(/This file is 5.0 MB: .* the limit is 1.0 MB. Nothing was read or saved./);
  expect((await stored(page))?.interviews ?? []).toEqual([]);
});

test('an invite with 500 attendees shows the first 30 and says so', async ({ page }) => {
  const attendees = Array.from(
    { length: 500 },
    (_, n) => `ATTENDEE;CN=Person ${n + 1}:mailto:p${n + 1}@bigco.com`,
  );
  const ics = readFileSync(new URL('../fixtures/invites/google-meet.ics', import.meta.url), 'utf8').replace(
    'END:VEVENT',
    `${attendees.join('\n')}\nEND:VEVENT`,
  );
  await page.goto('/checklist/');
  await openPanel(page);
  await page
    .getByLabel(/The invite’s .ics file/)
    .setInputFiles({ name: 'all-hands.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) });
  await expect(page.getByText('Showing the first 30 of 504 people in the invite')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Add / })).toHaveCount(30);
});

test('hostile text in every property stays text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/checklist/');
  await openPanel(page);
  await page.getByLabel(/The invite’s .ics file/).setInputFiles(invite('hostile.ics'));
  await expect(page.getByText(`Add <img src=x onerror=alert('cn')>`)).toBeVisible();
  await page.getByRole('button', { name: /Add the interview and/ }).click();
  await expect(page.locator('.contact-card').first()).toBeVisible();
  await expect(page.locator('img[src="x"], iframe, svg[onload]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('by keyboard alone, axe clean in both schemes, and it fits 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/checklist/');
  await page.getByLabel('From a calendar invite…').focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(invite('outlook-windows-zone.ics'));
  await expect(page.getByRole('heading', { name: 'Check what the invite says' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Name' }).first()).toHaveValue('Katherine Okafor');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axe(page), scheme).toEqual([]);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const confirm = page.getByRole('button', { name: /Add the interview and/ });
  for (let i = 0; i < 40 && !(await confirm.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: /Operations Coordinator at Harbor Foods/ }),
  ).toBeVisible();
});

test.describe('from the mail app', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the manifest offers the app as a share target and .ics handler', async ({ request }) => {
    const manifest = await (await request.get('/manifest.webmanifest')).json();
    expect(manifest.share_target).toMatchObject({
      action: '/checklist/share-invite',
      method: 'POST',
      enctype: 'multipart/form-data',
    });
    expect(manifest.share_target.params.files[0].accept).toContain('text/calendar');
    expect(manifest.file_handlers[0]).toMatchObject({
      action: '/checklist/?invite=file',
      accept: { 'text/calendar': ['.ics'] },
    });
  });

  test('an invite posted to the share route opens in the preview', async ({ page }) => {
    await page.goto('/checklist/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    // What Android does when the user shares the invite to the app: a multipart POST of the file.
    await page.evaluate(() => {
      const form = Object.assign(document.createElement('form'), {
        method: 'post',
        action: '/checklist/share-invite',
        enctype: 'multipart/form-data',
      });
      form.append(
        Object.assign(document.createElement('input'), { type: 'file', name: 'invite', id: 'shared' }),
      );
      document.body.append(form);
    });
    await page.locator('#shared').setInputFiles(invite('google-meet.ics'));
    await page.evaluate(() =>
      document.querySelector<HTMLFormElement>('form[action="/checklist/share-invite"]')!.submit(),
    );
    await expect(page.getByRole('heading', { name: 'Check what the invite says' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Company' })).toHaveValue('Northwind');
    expect(new URL(page.url()).hash).toBe('');
  });
});

test('an invitation pasted into the people field updates that interview with its people', async ({
  page,
}) => {
  await page.goto('/checklist/');
  await page.getByRole('textbox', { name: 'Company' }).fill('Northwind');
  await page.getByRole('button', { name: 'Add interview' }).click();
  const email = readFileSync(
    new URL('../fixtures/invites/emails/01-recruiter-zoom.txt', import.meta.url),
    'utf8',
  );
  await page.getByRole('textbox', { name: 'Who interviewed you?' }).fill(email);
  await page.getByRole('button', { name: 'Read it as the invite' }).click();
  await expect(page.getByRole('heading', { name: 'An interview already recorded' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Add / })).toHaveCount(2);
  await page.getByRole('button', { name: 'Update the interview and add 2 people' }).click();
  await expect(page.locator('.contact-card')).toHaveCount(2);
  const [interview] = (await stored(page)).interviews;
  expect(interview).toMatchObject({ company: 'Northwind', at: '2026-12-08T14:30', format: 'video' });
  expect(interview.people.map((p: { name: string }) => p.name)).toEqual(['Katherine Okafor', 'Jon Park']);
});

test('the main journey with an invite: from the home page to the first thank-you copied', async ({
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const user = new CountedUser(page);
  await page.goto('/');
  await user.click(page.getByRole('link', { name: 'I just had an interview' }), 'start');
  await fromInvite(page, user, 'google-meet.ics');
  // The invite names the user (alex.kim@…, "Hi Alex,"): their name is read, to check, not typed.
  await expect(preview(page).getByRole('textbox', { name: 'Your name, as you sign' })).toHaveValue(
    'Alex Kim',
  );
  await user.click(page.getByRole('button', { name: 'Add the interview and 3 people' }), 'confirm');
  await user.click(page.getByRole('link', { name: 'Write note: Thank Katherine Okafor' }), 'write note');
  await expect(page.getByRole('textbox', { name: 'Your name, as you sign' })).toHaveCount(0);
  await expect(
    page.getByRole('textbox', { name: 'What they said matters to them or the team' }),
  ).toBeFocused();
  await user.type('the dashboard rebuild');
  await user.press('Tab');
  await user.type('SQL');
  await user.click(page.getByRole('button', { name: 'Copy note' }), 'copy');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Sent to Katherine Okafor/ })
      .first(),
  ).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/Best regards,\nAlex Kim/);
  expect(user.count, user.actions.join(', ')).toBeLessThanOrEqual(6);
});

test('the preview asks for the user’s name only while the profile has none, and keeps it only if filled', async ({
  page,
}) => {
  const nameField = () => preview(page).getByRole('textbox', { name: 'Your name, as you sign' });
  await page.goto('/checklist/');
  const user = new CountedUser(page);
  // An invite that gives an address but no greeting to agree with it: the field waits, empty.
  await fromInvite(page, user, 'teams-pacific.ics');
  await expect(nameField()).toHaveValue('');
  await expect(page.getByText(/the invite does not say it for sure/)).toBeVisible();
  await page.getByRole('button', { name: /^Add the interview and/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /at Fabrikam/ })).toBeVisible();
  expect((await stored(page)).profile.name).toBe('');

  await page.getByRole('link', { name: '← All interviews' }).first().click();
  await page.getByRole('button', { name: '+ Add an interview' }).click();
  await fromInvite(page, user, 'outlook-windows-zone.ics');
  await expect(nameField()).toHaveValue('Dana Reyes');
  await nameField().fill('Dana M. Reyes');
  await page.getByRole('button', { name: /^Add the interview and/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /at Harbor Foods/ })).toBeVisible();
  expect((await stored(page)).profile.name).toBe('Dana M. Reyes');

  await page.getByRole('link', { name: '← All interviews' }).first().click();
  await page.getByRole('button', { name: '+ Add an interview' }).click();
  await fromInvite(page, user, 'google-meet.ics');
  await expect(page.getByRole('heading', { name: 'Check what the invite says' })).toBeFocused();
  await expect(nameField()).toHaveCount(0);
});
