import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { HOSTILE, currentDoc } from '../fixtures/stored';
import { seedStorage } from '../support/browser';

const seed = seedStorage;

const body = (page: Page) => page.getByTestId('note-body');
const checks = (page: Page) => page.getByRole('list', { name: 'Checks before sending' });
const axe = async (page: Page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);

test('from a person in the checklist to a note that is copied, emailed and marked sent', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seed(page, { ...currentDoc, drafts: {} });
  await page.goto('/checklist/#interview=i1');
  await page.getByRole('link', { name: 'Write a note to Katherine Okafor' }).click();
  await expect(page).toHaveURL(/\/notes\/#interview=i1&to=p1&situation=thank-you$/);

  await expect(page.getByRole('textbox', { name: 'Greeting name' })).toHaveValue('Katherine Okafor');
  await page.getByRole('textbox', { name: 'Greeting name' }).fill('Katherine');
  await page
    .getByRole('textbox', { name: 'The one specific thing you discussed' })
    .fill('the new warehouse system');
  await page.getByRole('textbox', { name: 'Strength 1' }).fill('scheduling crews');
  await page.getByRole('textbox', { name: 'Strength 2' }).fill('staying calm at peak times');
  await expect(body(page)).toContainText('Dear Katherine,');
  await expect(body(page)).toContainText('the new warehouse system');
  await expect(body(page)).toContainText('scheduling crews and staying calm at peak times');
  await expect(body(page)).toContainText('Dana Reyes');
  await expect(body(page)).toContainText('Cell: (555) 010-3000');
  await expect(page.getByTestId('note-subject')).toHaveText('Thank you – Operations coordinator interview');
  await expect(page.locator('.word-count')).toContainText('words (recommended 100–180');

  await page.getByRole('button', { name: 'Copy note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
    'Copied the note to the clipboard.',
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Subject: Thank you – Operations coordinator interview');
  expect(copied).toContain('Dear Katherine,');

  const href = await page.getByRole('link', { name: 'Open in email app' }).getAttribute('href');
  const url = new URL(href!);
  expect(url.protocol).toBe('mailto:');
  expect(decodeURIComponent(url.pathname)).toBe('k.okafor@example.com');
  const params = new URLSearchParams(url.search.replaceAll('+', '%2B'));
  expect(params.get('subject')).toBe('Thank you – Operations coordinator interview');
  expect(params.get('body')).toContain('Dear Katherine,\r\n');

  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await page.goto('/checklist/#interview=i1');
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Katherine Okafor' })
      .getByRole('checkbox', { name: 'Send a thank-you note within two days' }),
  ).toBeChecked();
});

test('the draft is saved per person and situation', async ({ page }) => {
  await seed(page, { ...currentDoc, drafts: {} });
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  await page
    .getByRole('textbox', { name: 'The one specific thing you discussed' })
    .fill('the loading dock tour');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'The one specific thing you discussed' })).toHaveValue(
    'the loading dock tour',
  );
});

test('flags a misspelled greeting, an unchecked name, gaps and unfilled parts', async ({ page }) => {
  await seed(page, {
    ...currentDoc,
    drafts: {},
    profile: { ...currentDoc.profile, homePhone: '', email: 'dana@acme-corp.com' },
  });
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  await page.getByRole('textbox', { name: 'Greeting name' }).fill('Ms. Catherine Okafor');
  await expect(checks(page)).toContainText('“Catherine” but the record says “Katherine”');
  await expect(checks(page)).toContainText('not yet double-checked the spelling of Katherine Okafor');
  await expect(checks(page)).toContainText('no home phone');
  await expect(checks(page)).toContainText('Is dana@acme-corp.com a personal address?');
  await expect(checks(page)).toContainText('Still to fill in: the one specific thing you discussed');
  await expect(body(page)).toContainText('[detail]');
  expect(await axe(page)).toEqual([]);

  await page.getByRole('textbox', { name: 'Greeting name' }).fill('Ms. Okafor');
  await expect(checks(page)).not.toContainText('the record says');
});

test('warns when two interviewers would get the same note', async ({ page }) => {
  const doc = structuredClone(currentDoc);
  doc.interviews[0]!.people[1]!.role = 'interviewer';
  doc.drafts = {
    'i1:p2:thank-you': { ...currentDoc.drafts['i1:p1:thank-you']!, greeting: 'Jon Park' },
    'i1:p1:thank-you': currentDoc.drafts['i1:p1:thank-you']!,
  };
  await seed(page, doc);
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  await expect(checks(page)).toContainText('almost the same as the one for Jon Park');
});

test('a note too long for email apps offers copy instead', async ({ page }) => {
  await seed(page, { ...currentDoc, drafts: {} });
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  await page.getByRole('textbox', { name: 'The one specific thing you discussed' }).fill('word '.repeat(400));
  await expect(page.getByText('too long to open in some email apps')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in email app' })).toHaveCount(0);
});

test('when the clipboard is refused, the text is selected to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto('/notes/');
  await page.getByRole('button', { name: 'Copy note' }).click();
  await expect(page.getByText('Your browser did not allow copying.')).toBeVisible();
  const box = page.getByRole('textbox', { name: 'Note to copy' });
  await expect(box).toBeFocused();
  expect(
    await box.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart),
  ).toBeGreaterThan(50);
});

test('hostile text stays text in the preview, the clipboard and the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const doc = structuredClone(currentDoc);
  doc.drafts = {};
  doc.interviews[0]!.company = HOSTILE;
  doc.interviews[0]!.role = HOSTILE;
  doc.interviews[0]!.people[0]!.email = `${HOSTILE}@x.com`;
  doc.profile.name = HOSTILE;
  await seed(page, doc);
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  for (const label of ['Greeting name', 'The one specific thing you discussed', 'Strength 1', 'Sign-off']) {
    await page.getByRole('textbox', { name: label }).fill(HOSTILE);
  }
  await expect(body(page)).toContainText(`Dear ${HOSTILE},`);
  await expect(page.getByTestId('note-subject')).toContainText(HOSTILE);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy note' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`Dear ${HOSTILE},`);
  const href = (await page.getByRole('link', { name: 'Open in email app' }).getAttribute('href'))!;
  expect(href.startsWith('mailto:?subject=')).toBe(true);
  expect(href).not.toMatch(/[<>"\s]/);
  expect(decodeURIComponent(href)).toContain(`Dear ${HOSTILE},`);
  expect(dialogs).toBe(0);
});

test('typed-in details work without saving anything', async ({ page }) => {
  await page.goto('/notes/');
  await page.getByRole('textbox', { name: 'Company' }).fill('Northwind');
  await page.getByRole('textbox', { name: 'Role' }).fill('Buyer');
  await page.getByRole('textbox', { name: 'Greeting name' }).fill('Mr. Ode');
  await expect(body(page)).toContainText('Dear Mr. Ode,');
  await expect(page.getByTestId('note-subject')).toHaveText('Thank you – Buyer interview');
  expect(await page.evaluate(() => localStorage.getItem('fuk:data'))).toBeNull();
});

test('the builder works by keyboard and axe finds nothing with warnings shown, light and dark', async ({
  page,
}) => {
  await seed(page, { ...currentDoc, drafts: {} });
  await page.goto('/notes/#interview=i1&to=r1');
  await expect(page.getByRole('radio', { name: /Alerting a reference|reference/i }).first()).toBeChecked();
  await page.getByRole('textbox', { name: 'Greeting name' }).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Maria');
  await expect(body(page)).toContainText('Maria');
  await page.getByRole('button', { name: 'Mark as sent' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Marked as sent in your checklist.')).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axe(page)).toEqual([]);
  }
});
