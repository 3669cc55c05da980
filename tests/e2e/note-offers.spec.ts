/**
 * The notes of the offer stage and the facts only the user knows, filled as a user would: accepting repeats
 * the offer's terms, declining is offered beside accepting, asking for time names the day picked; and what is
 * typed in the new fields stays text, however long or hostile.
 */
import { type Page, expect, test } from '@playwright/test';
import type { FollowUpDoc } from '../../src/core/model/model';
import { HOSTILE, currentDoc } from '../fixtures/stored';
import { seedStorage } from '../support/browser';
import { axe, stored } from './support';

const noteText = (page: Page) => page.getByRole('textbox', { name: 'Text of the note' }).inputValue();
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** The fixture at the offer stage: an offer came from Harbor Foods, nothing answered yet. */
function offered(): FollowUpDoc {
  const doc = structuredClone(currentDoc);
  const i = doc.interviews[0]!;
  i.outcome = 'offer';
  i.outcomeAt = '2026-11-30T15:00:00.000Z';
  i.done = {};
  doc.drafts = {};
  return doc;
}

test('accepting an offer repeats its terms, and asks for the letter until it has come', async ({ page }) => {
  await seedStorage(page, offered());
  await page.goto('/notes/#interview=i1&to=p1&situation=accept-offer');
  await field(page, 'Job title, as the offer states it').fill('Operations Coordinator');
  await field(page, 'Salary, as offered').fill('$58,000 a year');
  await field(page, 'Start date, as agreed').fill('Monday, January 4');
  await expect.poll(() => noteText(page)).toContain('the position of Operations Coordinator at Harbor Foods');
  const text = await noteText(page);
  expect(text).toContain('the terms are a salary of $58,000 a year and a start date of Monday, January 4.');
  expect(text).toContain('send the offer letter when it is ready, so that we both have the terms in writing');
  await expect(page.getByTestId('note-subject')).toHaveText('Accepting the Operations Coordinator offer');

  await page.getByRole('checkbox', { name: 'The offer letter has arrived' }).check();
  await expect.poll(() => noteText(page)).toContain('I will return the signed offer letter promptly.');
  expect(await noteText(page)).not.toContain('send the offer letter');
  // The facts are kept with the draft: a reload finds them.
  await page.reload();
  await expect(field(page, 'Salary, as offered')).toHaveValue('$58,000 a year');
  await expect(page.getByRole('checkbox', { name: 'The offer letter has arrived' })).toBeChecked();
  expect((await stored(page)).drafts['i1:p1:accept-offer']!.facts).toMatchObject({
    offerTitle: 'Operations Coordinator',
    hasLetter: 'yes',
  });
  expect(await axe(page)).toEqual([]);
});

test('declining is offered beside accepting in what is due, and its note is sent and ticks the answer', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedStorage(page, offered());
  await page.goto('/checklist/');
  await page.getByRole('link', { name: 'Decline instead' }).click();
  await expect(page).toHaveURL(/situation=decline-offer/);
  await expect(page.getByRole('combobox', { name: 'What for' })).toHaveValue('decline-offer');
  await field(page, 'A brief reason (optional)').fill('I have accepted a role closer to home.');
  await expect
    .poll(() => noteText(page))
    .toContain('I have decided to decline the offer. It was not an easy');
  expect(await noteText(page)).toContain(
    'It was not an easy decision: I have accepted a role closer to home.',
  );
  await page.getByRole('button', { name: 'Copy note' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Subject: Declining the operations coordinator offer, with thanks');
  expect(copied).toContain('Dear Ms. Okafor,');
  expect(copied).toContain('I would be glad to stay in touch.');
  expect((await stored(page)).interviews[0]!.done['offer-answered']).toBeTruthy();
});

test('asking for time names the day picked, and two business days from now until one is picked', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date(2026, 11, 1, 18, 0)); // a Tuesday evening
  await seedStorage(page, offered());
  await page.goto('/notes/#interview=i1&to=p1&situation=offer-time');
  await expect.poll(() => noteText(page)).toContain('by Thursday, December 3?');
  await page.getByLabel('When you will answer').fill('2026-12-04');
  await page.getByLabel('By what time (optional)').fill('12:00');
  await expect.poll(() => noteText(page)).toContain('by Friday, December 4, at noon?');
});

test('by keyboard alone: the evidence field, the note and the copy button, with every field labelled', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const doc = structuredClone(currentDoc);
  doc.interviews[0]!.done = {};
  doc.drafts = {};
  await seedStorage(page, doc);
  await page.goto('/notes/#interview=i1&to=p1');
  // Arriving for someone, the cursor waits in what only the user can say.
  const detail = field(page, 'What they said matters to them or the team');
  await expect(detail).toBeFocused();
  await page.keyboard.type('the night shift handover');
  await page.keyboard.press('Tab');
  await expect(field(page, 'Something you have done that shows you can help with it')).toBeFocused();
  await page.keyboard.type('cut handover mistakes by half with a one-page checklist');
  const copy = page.getByRole('button', { name: 'Copy note' });
  for (let i = 0; i < 30 && !(await copy.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(
    'Our conversation about the night shift handover stayed with me. I have tackled that before: I cut handover mistakes by half with a one-page checklist. I would be glad to do the same for your team.',
  );
});

test('20,000 characters in a new field: the counter shows, the note still composes, nothing freezes', async ({
  page,
}) => {
  const doc = structuredClone(currentDoc);
  doc.drafts = {};
  await seedStorage(page, doc);
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  const evidence = field(page, 'Something you have done that shows you can help with it');
  const started = Date.now();
  await evidence.fill('ran the night shift '.repeat(1000));
  await expect(page.getByText(/This field is full \(20,000 characters\)/)).toBeVisible();
  await expect.poll(() => noteText(page)).toContain('I ran the night shift ran the night shift');
  // Generous on a shared machine: a freeze would take many seconds.
  expect(Date.now() - started).toBeLessThan(5000);
});

test('hostile text in the new fields stays text in the page, the note, the clipboard and the email link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const doc = structuredClone(currentDoc);
  doc.drafts = {};
  doc.interviews[0]!.done = {};
  await seedStorage(page, doc);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  await field(page, 'What they said matters to them or the team').fill(HOSTILE);
  await field(page, 'Something you have done that shows you can help with it').fill(HOSTILE);
  await page.getByRole('button', { name: 'Add what you wish you had said' }).click();
  await field(page, 'Something you would add to an answer (optional)').fill('{company} $& $1');
  await expect.poll(() => noteText(page)).toContain('{company} $& $1');
  expect(await noteText(page)).toContain(HOSTILE.replace(/[;.\s]+$/, ''));
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const href = await page.getByRole('link', { name: 'Open in email app' }).getAttribute('href');
  expect(decodeURIComponent(new URL(href!).searchParams.get('body') ?? '')).toContain('{company} $& $1');
  await page.getByRole('button', { name: 'Copy note' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('{company} $& $1');
  expect(dialogs).toBe(0);
});
