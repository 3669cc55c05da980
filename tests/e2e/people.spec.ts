import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { newInterview, newPerson } from '../../src/core/model/builders';
import type { FollowUpDoc } from '../../src/core/model/model';
import { HOSTILE, currentDoc } from '../fixtures/stored';
import { savedData, seedStorage } from '../support/browser';

const stored = async (page: Page) => JSON.parse((await savedData(page)) ?? '{}') as FollowUpDoc;
const peopleField = (page: Page) =>
  page.getByRole('textbox', { name: /Who interviewed you|Add someone else you met/ });

const axe = async (page: Page) =>
  (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

async function addInterview(page: Page, company: string, date: string, person: string) {
  await page.goto('/checklist/');
  const more = page.getByRole('button', { name: '+ Add an interview' });
  if (await more.isVisible()) await more.click();
  await page.getByRole('textbox', { name: 'Company' }).fill(company);
  await page.getByRole('textbox', { name: 'Role', exact: true }).fill('Designer');
  await page.getByLabel('Date', { exact: true }).fill(date);
  await page.getByRole('button', { name: 'Add interview' }).click();
  await expect(peopleField(page)).toBeFocused();
  await peopleField(page).fill(person);
  await peopleField(page).press('Enter');
  await expect(peopleField(page)).toHaveValue('');
}

/** Two interviews, months apart, each with a record of Dana: the same person, written two ways. */
function twoProcesses(): FollowUpDoc {
  const at = new Date('2026-06-01T09:00:00Z');
  const first = newInterview('a1', { company: 'Acme', role: 'Designer', at: '2026-06-02' }, at);
  const second = newInterview(
    'b1',
    { company: 'Brightwater Labs', role: 'Lead designer', at: '2026-11-20' },
    at,
  );
  return {
    ...currentDoc,
    interviews: [
      {
        ...second,
        people: [newPerson('p2', 'interviewer', { name: 'Dána Nguyen', email: 'DANA@example.com' })],
      },
      {
        ...first,
        people: [
          newPerson('p1', 'interviewer', {
            name: 'Dana Nguyen',
            email: 'dana@example.com',
            phone: '555-0100',
          }),
        ],
      },
    ],
    drafts: {},
  };
}

test('two interviews with the same person: link them, log a contact, and the next touch moves', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-26T19:00:00'));
  await addInterview(page, 'Acme', '2026-06-02', 'Dana Nguyen, Design lead, dana@example.com');
  await addInterview(page, 'Brightwater Labs', '2026-11-24', 'Dána Nguyen, Head of design, DANA@example.com');
  // The card says at once that she may be someone already recorded, and leads to where to check.
  await expect(page.locator('.contact-elsewhere')).toHaveText(
    'Also recorded for Designer at Acme: the same person? Check and link Dána Nguyen',
  );
  await page.getByRole('link', { name: 'Check and link Dána Nguyen' }).click();
  await expect(page.getByRole('heading', { name: 'The same person elsewhere?' })).toBeFocused();
  await expect(page.locator('.suggestion')).toContainText('Same name and email.');

  await page.getByRole('link', { name: 'People', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Same person?' })).toBeVisible();
  const suggestion = page.locator('.suggestion');
  await expect(suggestion).toContainText('Same name and email.');
  await suggestion.getByRole('button', { name: 'Same person: link' }).click();
  // The names are written differently: both are shown, and the user picks.
  const names = page.getByRole('group', { name: 'Name' });
  await expect(names.getByRole('radio')).toHaveCount(2);
  await names.getByRole('radio', { name: 'Dana Nguyen', exact: true }).check();
  await page.getByRole('button', { name: 'Link as one person' }).click();
  await expect(page.getByText(/Linked: Dana Nguyen is one person/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Same person?' })).toHaveCount(0);
  // Nothing more to answer: the cursor moves on to the list.
  await expect(page.getByRole('heading', { name: 'Everyone you have met' })).toBeFocused();
  await expect(page.locator('.person-row')).toHaveCount(1);
  await expect(page.locator('.person-row')).toContainText('and 1 more interview');

  // Each interview kept its own title; both records carry the picked name and one contact id.
  const doc = await stored(page);
  const records = doc.interviews.flatMap((i) => i.people);
  expect(new Set(records.map((p) => p.contactId)).size).toBe(1);
  expect(records.map((p) => p.name)).toEqual(['Dana Nguyen', 'Dana Nguyen']);
  expect(records.map((p) => p.title).sort()).toEqual(['Design lead', 'Head of design']);

  await page.getByRole('link', { name: 'Dana Nguyen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Dana Nguyen' })).toBeFocused();
  await expect(page.locator('.met-list li')).toHaveCount(2);
  await expect(page.locator('.history')).toContainText('Interview: Designer at Brightwater Labs');
  await expect(page.locator('.history')).toContainText('Interview: Designer at Acme');
  await expect(page.locator('.touch-next')).toHaveText('No reminder set.');

  await page.getByRole('combobox', { name: 'Remind me' }).selectOption({ label: 'Every month' });
  // Counted from the last contact: the interview on Nov 24.
  await expect(page.locator('.touch-next')).toContainText('Get in touch by Thu, Dec 24');
  await page.getByRole('radio', { name: 'Emailed' }).check();
  await page
    .getByRole('textbox', { name: 'A line about it (optional)' })
    .fill('Sent the article on design systems');
  await page.getByRole('button', { name: 'Log contact' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Logged.' })).toContainText('Sat, Dec 26');
  await expect(page.locator('.touch-next')).toContainText('Get in touch by Sat, Dec 26');
  await expect(page.locator('.history')).toContainText('Emailed: Sent the article on design systems');

  // The undo takes the logged contact back, and the timer with it.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.touch-next')).toContainText('Get in touch by Thu, Dec 24');
  expect(await axe(page)).toEqual([]);
});

test('the link can be undone, and deleting the person from one interview keeps them in the other', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-26T19:00:00'));
  await seedStorage(page, twoProcesses());
  await page.goto('/people/');
  await page.getByRole('button', { name: 'Same person: link' }).click();
  await page.getByRole('button', { name: 'Link as one person' }).click();
  await expect(page.locator('.person-row')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.person-row')).toHaveCount(2);
  const undone = await stored(page);
  expect(undone.interviews.flatMap((i) => i.people.map((p) => [p.name, p.email, p.contactId]))).toEqual([
    ['Dána Nguyen', 'DANA@example.com', 'p2'],
    ['Dana Nguyen', 'dana@example.com', 'p1'],
  ]);

  // Linked again (the phone only one of them has is kept), then removed from the Brightwater interview.
  await page.getByRole('button', { name: 'Same person: link' }).click();
  await page.getByRole('button', { name: 'Link as one person' }).click();
  await expect(page.locator('.person-row')).toHaveCount(1);
  expect((await stored(page)).interviews.map((i) => i.people[0]!.phone)).toEqual(['555-0100', '555-0100']);
  await page.goto('/checklist/#interview=b1');
  await page.getByRole('button', { name: /^Edit Dána Nguyen|^Edit Dana Nguyen/ }).click();
  await page.getByRole('button', { name: /^Remove/ }).click();
  await page.goto('/people/');
  await expect(page.locator('.person-row')).toHaveCount(1);
  await expect(page.locator('.person-row')).toContainText('Acme');
});

test('a “no” schedules one friendly check-in about three months later, offered in the due list', async ({
  page,
}) => {
  const doc = twoProcesses();
  doc.interviews[1] = { ...doc.interviews[1]!, people: [] };
  await seedStorage(page, doc);
  await page.clock.setFixedTime(new Date('2026-11-26T19:00:00'));
  // Brightwater says no on Nov 26: the interview's page says what comes of it for the people met.
  await page.goto('/checklist/#interview=b1');
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByRole('combobox', { name: 'Outcome' }).selectOption({ label: 'Not selected' });
  await expect(page.locator('.keep-in-touch-line')).toHaveText(
    'A friendly check-in with Dána Nguyen is suggested around Fri, Feb 26. People will show it when it is due.',
  );
  await page.goto('/people/');
  await expect(page.locator('.person-row')).toContainText('Check in by Fri, Feb 26');
  await page.getByRole('link', { name: 'Dána Nguyen' }).click();
  await expect(page.getByText('After the “no”: one friendly check-in, about 3 months later.')).toBeVisible();

  // Three months on, the check-in is in the same list as the interview tasks, with the note to write.
  await page.clock.setFixedTime(new Date('2027-02-22T09:00:00'));
  await page.goto('/checklist/');
  const entry = page.locator('.due-item').filter({ hasText: 'Check in with Dána Nguyen' });
  await expect(entry).toContainText('due in 4 days');
  await expect(entry).toContainText('after the “no”');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/due-touch-390.png' });
  // "Log contact" leads to her page, where the contact is logged; the note is the other way.
  await entry.getByRole('link', { name: 'Log a contact: Check in with Dána Nguyen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Dána Nguyen' })).toBeFocused();
  await page.goBack();
  await entry.getByRole('link', { name: /^Write note/ }).click();
  await expect(page).toHaveURL(/situation=check-in/);
  await expect(page.getByRole('combobox', { name: /Situation|What for/ })).toHaveValue('check-in');
  await expect(page.getByRole('textbox', { name: 'What you would like to share' })).toBeVisible();
});

test('keyboard only: open a person, log a contact, set a rhythm', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-26T19:00:00'));
  await seedStorage(page, twoProcesses());
  await page.goto('/people/');
  const pressUntil = async (name: RegExp) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(
        () =>
          document.activeElement?.textContent?.trim() ||
          document.activeElement?.getAttribute('aria-label') ||
          '',
      );
      if (name.test(focused)) return;
    }
    throw new Error(`never reached ${name}`);
  };
  await pressUntil(/^Dana Nguyen$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Dana Nguyen' })).toBeFocused();
  // A person's page has its own title: the list's heading and introduction step aside.
  await expect(page.locator('.tool-intro')).toBeHidden();
  await pressUntil(/^Log contact$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.history')).toContainText('Emailed');
  await expect(page.locator('.touch-next')).toHaveText('No reminder set.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Remind me' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('combobox', { name: 'Remind me' })).toHaveValue('1');
  await expect(page.locator('.touch-next')).toContainText('Get in touch by Sat, Dec 26');
});

test('hostile names stay text on the People page, and it fits at 390 px', async ({ page }) => {
  const doc = twoProcesses();
  doc.interviews[0]!.people[0]!.name = HOSTILE;
  await seedStorage(page, doc);
  await page.setViewportSize({ width: 390, height: 844 });
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/people/');
  await expect(page.locator('.person-row').first()).toBeVisible();
  await expect(page.getByText(HOSTILE, { exact: true }).first()).toBeVisible();
  expect(await page.locator('.people-app img').count()).toBe(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/people-390.png', fullPage: true });
  await page.locator('.person-row a').first().click();
  await expect(page.locator('.person-view')).toBeVisible();
  const overflow2 = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow2).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/person-390.png', fullPage: true });
  expect(dialogs).toBe(0);
  expect(await axe(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axe(page)).toEqual([]);
  await page.goBack();
  await expect(page.locator('.person-row').first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('a check-in note, sent again months later, starts afresh, recalls the last exchange, and is logged', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const doc = twoProcesses();
  doc.interviews[1] = { ...doc.interviews[1]!, done: { 'touched-base:p1': '2026-08-01T10:00:00.000Z' } };
  doc.drafts = {
    'a1:p1:check-in': {
      greeting: 'Ms. Nguyen',
      detail: 'I finished the UX course you mentioned',
      strengths: [],
      tone: 'formal',
      length: 'short',
      signoff: 'Best regards',
      askFeedback: false,
      body: '',
      sentVia: 'copied',
      facts: {},
      updatedAt: '2026-08-01T10:00:00.000Z',
    },
  };
  doc.contacts = {
    p1: {
      rhythm: 'every',
      every: 3,
      unit: 'month',
      log: [{ id: 'l1', on: '2026-09-15', kind: 'met', notes: 'Coffee at the design meetup' }],
      apart: [],
      updatedAt: '2026-09-15T10:00:00.000Z',
    },
  };
  await seedStorage(page, doc);
  await page.clock.setFixedTime(new Date('2026-12-20T10:00:00'));
  await page.goto('/notes/#interview=a1&to=p1&situation=check-in');
  const detail = page.getByRole('textbox', { name: 'What you would like to share' });
  // Not shown as sent: the last round was months ago. The field is empty, with the last exchange beside it.
  await expect(detail).toHaveValue('');
  await expect(page.getByTestId('sent-state')).toHaveCount(0);
  await expect(page.getByText('Last time (Sep 15, 2026): Coffee at the design meetup')).toBeVisible();
  // A check-in restates no strengths: no field asks for them.
  await expect(page.getByRole('textbox', { name: 'Strength 1' })).toHaveCount(0);
  await detail.fill('I have started a new role at Calder Transport');
  await page.getByRole('button', { name: 'Copy note' }).click();
  await expect(page.getByTestId('sent-state')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('I have started a new role at Calder Transport');

  const saved = await stored(page);
  const log = saved.contacts['p1']!.log;
  expect(log.map((e) => [e.on, e.kind])).toEqual([
    ['2026-09-15', 'met'],
    ['2026-12-20', 'note'],
  ]);
  expect(log[1]!.text).toContain('Calder Transport');

  await page.goto('/people/#person=p1');
  await expect(page.locator('.touch-next')).toContainText('Get in touch by Sat, Mar 20');
  await expect(page.locator('.history li').first()).toContainText('Check in a few months on');
});

test('another rhythm: every N weeks or months, counted from the last contact', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-26T19:00:00'));
  await seedStorage(page, twoProcesses());
  await page.goto('/people/');
  await page.getByRole('link', { name: 'Dana Nguyen' }).click();
  // Reminders turned off first: what is stored for her then holds the default every 3 months.
  await page.getByRole('combobox', { name: 'Remind me' }).selectOption({ label: 'No reminders' });
  await page.reload();
  await page.getByRole('combobox', { name: 'Remind me' }).selectOption({ label: 'Another rhythm' });
  // It starts from a rhythm that is not one of the presets, so the choice stays on screen.
  await expect(page.getByRole('spinbutton', { name: 'Every' })).toHaveValue('2');
  await expect(page.locator('.touch-next')).toContainText('Get in touch: due since Sun, Aug 2');
  await page.getByRole('combobox', { name: 'Unit' }).selectOption('week');
  await page.getByRole('spinbutton', { name: 'Every' }).fill('6');
  await page.getByRole('spinbutton', { name: 'Every' }).blur();
  // Six weeks from the last contact, the interview on Tue, Jun 2: Tue, Jul 14.
  await expect(page.locator('.touch-next')).toContainText('Get in touch: due since Tue, Jul 14');
  const doc = await stored(page);
  expect(doc.contacts['p1']).toMatchObject({ rhythm: 'every', every: 6, unit: 'week' });
});
