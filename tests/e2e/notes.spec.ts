import { type Page, expect, test } from '@playwright/test';
import type { FollowUpDoc } from '../../src/core/model/model';
import { HOSTILE, currentDoc } from '../fixtures/stored';
import { seedStorage } from '../support/browser';
import { axe, stored } from './support';

const note = (page: Page) => page.getByRole('textbox', { name: 'Text of the note' });
const noteText = (page: Page) => note(page).inputValue();
const checks = (page: Page) => page.getByRole('list', { name: 'Checks before sending' });
/** Scrolls to the checks, which load as they come near the screen (or at the first edit). */
const scrollToChecks = (page: Page) => page.locator('.note-review').scrollIntoViewIfNeeded();
const status = (page: Page) => page.locator('.note-status');
const sentState = (page: Page) => page.getByTestId('sent-state');
const chip = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Write to' }).getByRole('button', { name: new RegExp(`^${name}`) });

/** The fixture with both people as interviewers, nothing sent and no drafts yet. */
function twoInterviewers(): FollowUpDoc {
  const doc = structuredClone(currentDoc);
  doc.interviews[0]!.people[1]!.role = 'interviewer';
  doc.interviews[0]!.done = {};
  doc.drafts = {};
  return doc;
}

test('from the checklist straight to a note for the right person, copied, sent and on to the next', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedStorage(page, twoInterviewers());
  await page.goto('/notes/#interview=i1&to=p1');

  await expect(page.getByRole('heading', { name: 'Thank-you note to Katherine Okafor' })).toBeVisible();
  await expect(page.getByText('Operations coordinator at Harbor Foods · interviewer')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Interview' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'What for' })).toHaveValue('thank-you');
  await expect(page.getByRole('radio', { name: 'Ms. Okafor' })).toBeChecked();

  await page
    .getByRole('textbox', { name: 'What they said matters to them or the team' })
    .fill('The new warehouse system.');
  await page
    .getByRole('textbox', { name: 'Something you have done that shows you can help with it' })
    .fill('ran the switch to a new scanner system across three depots');
  await page.getByRole('textbox', { name: 'Strength 1' }).fill('scheduling crews');
  await page.getByRole('textbox', { name: 'Strength 2' }).fill('staying calm at peak times');
  await expect.poll(() => noteText(page)).toContain('Dear Ms. Okafor,');
  const text = await noteText(page);
  // What they said, what the candidate did and what they would bring, joined into one case.
  expect(text).toContain('Our conversation about the new warehouse system stayed with me.');
  expect(text).toContain(
    'stayed with me. I have tackled that before: I ran the switch to a new scanner system across three depots. I would bring the same approach, and my experience in scheduling crews and staying calm at peak times, to your team.',
  );
  expect(text).toContain('Best regards,\nDana Reyes\nCell: (555) 010-3000');
  await expect(page.getByTestId('note-subject')).toHaveText(
    'Thank you for the operations coordinator interview',
  );
  await expect(page.locator('.word-count')).toContainText('words (recommended 40–150');

  await page.getByRole('button', { name: 'Copy note' }).click();
  await expect(status(page)).toHaveText(
    'Copied the note to the clipboard. Sent to Katherine Okafor: ticked in your checklist.',
  );
  await expect(sentState(page)).toContainText(/Sent to Katherine Okafor on \w{3}, \w{3} \d{1,2} \(copied\)/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Subject: Thank you for the operations coordinator interview');
  expect(copied).toContain('Dear Ms. Okafor,');
  expect(copied).toContain('stayed with me. I have tackled that before: I ran the switch');
  const doc = await stored(page);
  expect(doc.interviews[0]!.done['thank-you-sent:p1']).toBeTruthy();
  expect(doc.drafts['i1:p1:thank-you']!.sentVia).toBe('copied');
  await expect(chip(page, 'Katherine Okafor')).toHaveAccessibleName('Katherine Okafor ✓ sent');

  await page.getByRole('button', { name: 'Next: write to Jon Park' }).click();
  await expect(page.getByRole('heading', { name: 'Thank-you note to Jon Park' })).toBeFocused();
  await expect(chip(page, 'Jon Park')).toHaveAttribute('aria-pressed', 'true');
  await expect(sentState(page)).toHaveCount(0);
  await expect(status(page)).toHaveText('');
  // Strengths carry over from the last note: no fact typed twice.
  await expect(page.getByRole('textbox', { name: 'Strength 1' })).toHaveValue('scheduling crews');
  // No honorific recorded: a formal note greets the full name.
  await expect(page.getByRole('radio', { name: 'Jon Park', exact: true })).toBeChecked();
  await expect(page).toHaveURL(/#interview=i1&to=p2&situation=thank-you$/);

  await page
    .getByRole('textbox', { name: 'What they said matters to them or the team' })
    .fill('the night shift rota');
  await page.getByRole('button', { name: 'Copy note' }).click();
  await expect(sentState(page)).toContainText('All thank-you notes sent');
  await expect(sentState(page).getByRole('link', { name: 'Back to your checklist' })).toHaveAttribute(
    'href',
    '/checklist/#interview=i1',
  );
});

test('undo of sent reopens the note, keeps its text and takes the checklist tick back', async ({ page }) => {
  await seedStorage(page, currentDoc);
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  // The actions and the sent state sit below the note: they are there once it is scrolled to.
  await page.getByRole('heading', { name: 'Your note' }).scrollIntoViewIfNeeded();
  await expect(sentState(page)).toContainText(
    'Sent to Katherine Okafor on Mon, Nov 23 (opened in your email app)',
  );
  await expect(page.getByRole('button', { name: 'Mark as sent' })).toHaveCount(0);

  await sentState(page).getByRole('button', { name: 'Undo' }).click();
  await expect(sentState(page)).toHaveCount(0);
  await expect(status(page)).toHaveText('Not sent: the note to Katherine Okafor is open again.');
  await expect(page.getByRole('button', { name: 'Copy note' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Mark as sent' })).toBeVisible();
  const doc = await stored(page);
  expect(doc.interviews[0]!.done).toEqual({});
  expect(doc.drafts['i1:p1:thank-you']).toMatchObject({ detail: 'the new warehouse system', sentVia: '' });
  expect(await noteText(page)).toContain('the new warehouse system');

  await page.reload();
  await expect(sentState(page)).toHaveCount(0);
});

test('switching recipient shows each person’s own sent state, never a stale message', async ({ page }) => {
  const doc = twoInterviewers();
  doc.interviews[0]!.done = { 'thank-you-sent:p1': '2026-11-23T20:00:00.000Z' };
  await seedStorage(page, doc);
  await page.goto('/notes/#interview=i1&to=p2&situation=thank-you');
  await expect(chip(page, 'Katherine Okafor')).toHaveAccessibleName('Katherine Okafor ✓ sent');
  await expect(chip(page, 'Jon Park')).toHaveAccessibleName('Jon Park not yet');
  await expect(sentState(page)).toHaveCount(0);

  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(status(page)).toHaveText('Sent to Jon Park: ticked in your checklist.');
  await expect(sentState(page)).toContainText('Sent to Jon Park on');
  await expect(sentState(page)).toContainText('(marked as sent)');

  await chip(page, 'Katherine Okafor').click();
  await expect(page.getByRole('heading', { name: 'Thank-you note to Katherine Okafor' })).toBeFocused();
  await expect(status(page)).toHaveText('');
  await expect(sentState(page)).toContainText(
    'Sent to Katherine Okafor on Mon, Nov 23 (ticked in your checklist)',
  );
  await expect(sentState(page)).not.toContainText('Jon Park');
  await expect(page.getByRole('combobox', { name: 'What for' })).toHaveValue('thank-you');
});

test('an edited note is kept after reload, and "Back to the template" restores the template', async ({
  page,
}) => {
  await seedStorage(page, twoInterviewers());
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  await page
    .getByRole('textbox', { name: 'What they said matters to them or the team' })
    .fill('the dock tour');
  await expect(page.getByText('You edited the text')).toHaveCount(0);
  await note(page).press('Control+Home');
  await note(page).pressSequentially('PS ');
  await expect(page.getByText('You edited the text: the fields above no longer change it.')).toBeVisible();
  expect(await noteText(page)).toMatch(/^PS Dear Ms\. Okafor,/);

  await page.reload();
  expect(await noteText(page)).toMatch(/^PS Dear Ms\. Okafor,\n\n.*the dock tour/s);
  await page
    .getByRole('textbox', { name: 'What they said matters to them or the team' })
    .fill('the loading bay');
  expect(await noteText(page)).toContain('the dock tour');
  expect(await noteText(page)).not.toContain('the loading bay');
  expect((await stored(page)).drafts['i1:p1:thank-you']!.body).toMatch(/^PS Dear/);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axe(page)).toEqual([]);
  }

  await page.getByRole('button', { name: 'Back to the template' }).click();
  expect(await noteText(page)).toMatch(/^Dear Ms\. Okafor,/);
  expect(await noteText(page)).toContain('the loading bay');
  await expect(page.getByText('You edited the text')).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  expect(await noteText(page)).toMatch(/^PS Dear/);
});

test('the email link carries the edited text, percent-encoded with CRLF line breaks', async ({ page }) => {
  await seedStorage(page, twoInterviewers());
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  const edited = 'Dear Ms. Okafor,\n\nThanks & see you? #1 at 100% – café.\n\nBest regards,\nDana Reyes';
  await note(page).fill(edited);
  const href = (await page.getByRole('link', { name: 'Open in email app' }).getAttribute('href'))!;
  const url = new URL(href);
  expect(decodeURIComponent(url.pathname)).toBe('k.okafor@example.com');
  expect(href).not.toMatch(/[\s<>"]/);
  const params = new URLSearchParams(url.search.replaceAll('+', '%2B'));
  expect(params.get('body')).toBe(edited.replaceAll('\n', '\r\n'));
  expect(params.get('subject')).toBe('Thank you for the operations coordinator interview');
});

test('email and download record the note as sent and how; the file is named after the person', async ({
  page,
}) => {
  await seedStorage(page, twoInterviewers());
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download' }).click();
  expect((await download).suggestedFilename()).toBe('thank-you-katherine-okafor.txt');
  await expect(sentState(page)).toContainText('(downloaded)');
  await sentState(page).getByRole('button', { name: 'Undo' }).click();

  await page
    .getByRole('link', { name: 'Open in email app' })
    .evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
  await page.getByRole('link', { name: 'Open in email app' }).click();
  await expect(sentState(page)).toContainText('(opened in your email app)');
  expect((await stored(page)).drafts['i1:p1:thank-you']!.sentVia).toBe('email');
});

test('greetings offer the forms people use, and "Other" takes a typed one', async ({ page }) => {
  await seedStorage(page, twoInterviewers());
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  const group = page.getByRole('group', { name: 'Greeting' });
  await expect(group.getByRole('radio')).toHaveCount(4);
  for (const name of ['Ms. Okafor', 'Katherine', 'Katherine Okafor', 'Other'])
    await expect(group.getByRole('radio', { name, exact: true })).toBeVisible();

  await group.getByRole('radio', { name: 'Katherine', exact: true }).check();
  await expect.poll(() => noteText(page)).toContain('Dear Katherine,');
  await group.getByRole('radio', { name: 'Other' }).check();
  const other = page.getByRole('textbox', { name: 'Other greeting' });
  await expect(other).toBeFocused();
  await expect(other).toHaveValue('Katherine');
  await other.fill('Kathy');
  await expect.poll(() => noteText(page)).toContain('Dear Kathy,');
  await expect(checks(page)).toContainText('“Kathy” is not part of the recorded name “Katherine Okafor”');

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Other' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Other greeting' })).toHaveValue('Kathy');
});

test('on a phone the note comes sooner: one strength box, the optional addition folded, the note one tap away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await seedStorage(page, twoInterviewers());
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  const strength = (n: number) => page.getByRole('textbox', { name: `Strength ${n}` });
  const addition = page.getByRole('textbox', { name: 'Something you would add to an answer (optional)' });
  await expect(strength(1)).toBeVisible();
  await expect(strength(2)).toHaveCount(0);
  await expect(addition).toHaveCount(0);

  const toNote = page.getByRole('button', { name: 'See the note' });
  await expect(toNote).toBeInViewport();
  await toNote.click();
  await expect(page.getByRole('heading', { name: 'Your note' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Your note' })).toBeInViewport();

  // Another box comes when asked for, cursor in it, or once the last one shown is filled.
  await page.getByRole('button', { name: 'Add another strength' }).click();
  await expect(strength(2)).toBeFocused();
  await page.keyboard.type('staying calm at peak times');
  await strength(1).fill('scheduling crews');
  await expect(strength(3)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add another strength' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add what you wish you had said' }).click();
  await expect(addition).toBeFocused();
  await page.keyboard.type('the deviation log I built');
  await expect.poll(() => noteText(page)).toContain('the deviation log I built');

  // What was filled is never folded away.
  await page.reload();
  await expect(strength(2)).toHaveValue('staying calm at peak times');
  await expect(strength(3)).toBeVisible();
  await expect(addition).toHaveValue('the deviation log I built');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('asks for the user’s own name inline the first time, and signs with it', async ({ page }) => {
  const doc = twoInterviewers();
  doc.profile.name = '';
  await seedStorage(page, doc);
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  const name = page.getByRole('textbox', { name: 'Your name, as you sign' });
  await expect(name).toBeVisible();
  await expect.poll(() => noteText(page)).toContain('Best regards,\n[myName]');
  await scrollToChecks(page);
  await expect(checks(page)).toContainText('your name');

  await name.pressSequentially('Dana Reyes');
  await expect(name).toBeVisible();
  await expect.poll(() => noteText(page)).toContain('Best regards,\nDana Reyes\n');
  await expect(checks(page)).not.toContainText('your name');
  expect((await stored(page)).profile.name).toBe('Dana Reyes');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Your name, as you sign' })).toHaveCount(0);
});

test('missing contact channels are asked once, calmly, under the contact block', async ({ page }) => {
  const doc = twoInterviewers();
  doc.profile.homePhone = '';
  doc.profile.postalAddress = '';
  await seedStorage(page, doc);
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  // No banner, no warning among the checks: one line, under the note.
  await scrollToChecks(page);
  await expect(checks(page)).toContainText('double-checked');
  await expect(page.getByText(/home phone/)).toHaveCount(1);
  await expect(checks(page)).not.toContainText(/home phone|postal address/);
  await expect(page.getByText('Your notes carry no home phone or postal address.')).toBeVisible();

  await page.getByRole('button', { name: 'Add them' }).click();
  const home = page.getByRole('textbox', { name: 'Home phone' });
  await expect(home).toBeFocused();
  await home.fill('(555) 010-2000');
  await expect.poll(() => noteText(page)).toContain('Home: (555) 010-2000');
  await page.getByRole('button', { name: 'Done' }).last().click();
  await expect(page.getByText('Your notes carry no postal address.')).toBeVisible();

  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByText('Your notes carry no')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit your contact details' })).toBeFocused();
  expect((await stored(page)).dismissed).toEqual(['contact-channels']);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Edit your contact details' })).toBeVisible();
  await expect(page.getByText('Your notes carry no')).toHaveCount(0);
});

test('flags a misspelled greeting, an unchecked name, a work address and unfilled parts', async ({
  page,
}) => {
  const doc = twoInterviewers();
  doc.profile.email = 'dana@acme-corp.com';
  await seedStorage(page, doc);
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  await page.getByRole('radio', { name: 'Other' }).check();
  await page.getByRole('textbox', { name: 'Other greeting' }).fill('Ms. Catherine Okafor');
  await expect(checks(page)).toContainText('“Catherine” but the record says “Katherine”');
  await expect(checks(page)).toContainText('not yet double-checked the spelling of Katherine Okafor');
  await expect(checks(page)).toContainText('Is dana@acme-corp.com a personal address?');
  await expect(checks(page)).toContainText(
    'To make it yours, add what they said matters to them or the team',
  );
  // A thank-you without what they said still reads as a note, with no gap marked in it.
  expect(await noteText(page)).not.toMatch(/\[|\]/);
  expect(await axe(page)).toEqual([]);

  await page.getByRole('textbox', { name: 'Other greeting' }).fill('Ms. Okafor');
  await expect(checks(page)).not.toContainText('the record says');
});

test('the spelling check loads on demand and ticks the name as checked', async ({ page }) => {
  await seedStorage(page, twoInterviewers());
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  await scrollToChecks(page);
  await expect(checks(page)).toContainText('double-checked the spelling');
  await page.getByRole('button', { name: 'Check spelling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check the spelling, letter by letter' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Yes, it matches exactly' }).click();
  await expect(checks(page)).not.toContainText('double-checked the spelling');
  await expect(page.getByRole('button', { name: 'Check spelling' })).toHaveCount(0);
  expect((await stored(page)).interviews[0]!.done['name-checked:p1']).toBeTruthy();
});

test('warns when two interviewers would get the same note', async ({ page }) => {
  const doc = twoInterviewers();
  doc.drafts = {
    'i1:p2:thank-you': { ...currentDoc.drafts['i1:p1:thank-you']!, greeting: 'Jon Park' },
    'i1:p1:thank-you': currentDoc.drafts['i1:p1:thank-you']!,
  };
  await seedStorage(page, doc);
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  await scrollToChecks(page);
  await expect(checks(page)).toContainText('almost the same as the one for Jon Park');
});

test('a note too long for email apps offers copy instead', async ({ page }) => {
  await seedStorage(page, twoInterviewers());
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  await page
    .getByRole('textbox', { name: 'What they said matters to them or the team' })
    .fill('word '.repeat(400));
  await expect(page.getByText('too long to open in some email apps')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in email app' })).toHaveCount(0);
});

test('when the clipboard is refused, the text is selected to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await seedStorage(page, twoInterviewers());
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  await page.getByRole('button', { name: 'Copy note' }).click();
  await expect(page.getByText('Your browser did not allow copying.')).toBeVisible();
  const box = page.getByRole('textbox', { name: 'Note to copy' });
  await expect(box).toBeFocused();
  expect(
    await box.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart),
  ).toBeGreaterThan(50);
  // Not copied, so not recorded as sent.
  await expect(sentState(page)).toHaveCount(0);
});

test('hostile text stays text in the page, the note, the clipboard, the link and the file name', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const doc = twoInterviewers();
  doc.interviews[0]!.company = HOSTILE;
  doc.interviews[0]!.role = HOSTILE;
  doc.interviews[0]!.people[0]!.name = HOSTILE;
  doc.interviews[0]!.people[0]!.email = `${HOSTILE}@x.com`;
  doc.profile.name = HOSTILE;
  await seedStorage(page, doc);
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  await expect(page.getByRole('heading', { level: 2, name: `Thank-you note to ${HOSTILE}` })).toBeVisible();
  await page.getByRole('radio', { name: 'Other' }).check();
  await page.getByRole('textbox', { name: 'Other greeting' }).fill(HOSTILE);
  await page.getByRole('textbox', { name: 'What they said matters to them or the team' }).fill(HOSTILE);
  // Short, so that the note still fits in an email link.
  await page.locator('summary', { hasText: 'Style' }).click();
  await page.getByRole('radio', { name: 'Short' }).check();
  await page.getByRole('textbox', { name: 'Sign-off' }).fill(HOSTILE);
  await expect.poll(() => noteText(page)).toContain(`Dear ${HOSTILE},`);
  await note(page).press('Control+End');
  await note(page).pressSequentially(` ${HOSTILE}`);
  await expect(page.getByTestId('note-subject')).toContainText(HOSTILE);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  const href = (await page.getByRole('link', { name: 'Open in email app' }).getAttribute('href'))!;
  expect(href.startsWith('mailto:?subject=')).toBe(true);
  expect(href).not.toMatch(/[<>"\s]/);
  expect(decodeURIComponent(href)).toContain(`Dear ${HOSTILE},`);
  expect(await page.getByRole('link', { name: 'Download' }).getAttribute('download')).toBe(
    'thank-you-img-src-x-onerror-alert-1-drop-table-interviews.txt',
  );
  await page.getByRole('button', { name: 'Copy note' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`Dear ${HOSTILE},`);
  expect(copied).toContain(` ${HOSTILE}\n`);
  await expect(sentState(page)).toContainText(`Sent to ${HOSTILE} on`);
  expect(dialogs).toBe(0);
});

test('typed-in details work without saving anything', async ({ page }) => {
  await page.goto('/notes/');
  await expect(page.getByRole('heading', { name: 'Thank-you note', exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Company' }).fill('Northwind');
  await page.getByRole('textbox', { name: 'Role' }).fill('Buyer');
  await page.getByRole('textbox', { name: 'Greeting name' }).fill('Mr. Ode');
  await expect.poll(() => noteText(page)).toContain('Dear Mr. Ode,');
  await expect(page.getByTestId('note-subject')).toHaveText('Thank you for the buyer interview');
  await expect(page.getByRole('button', { name: 'Mark as sent' })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('fuk:data'))).toBeNull();
});

test('a guide link chooses the situation; the picker is open when no one is chosen', async ({ page }) => {
  await seedStorage(page, twoInterviewers());
  await page.goto('/notes/#situation=after-no');
  await expect(page.getByRole('combobox', { name: 'What for' })).toHaveValue('after-no');
  await page.getByRole('combobox', { name: 'Interview' }).selectOption('i1');
  await page.getByRole('combobox', { name: 'Recipient' }).selectOption('p2');
  await expect(page.getByRole('heading', { name: 'Thank-you note to Jon Park' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'What for' })).toHaveValue('after-no');
  await expect(page).toHaveURL(/#interview=i1&to=p2&situation=after-no$/);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('combobox', { name: 'Recipient' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Change' }).click();
  await expect(page.getByRole('combobox', { name: 'Recipient' })).toHaveValue('p2');
});

test('the builder works by keyboard; axe finds nothing in the sent state, light and dark', async ({
  page,
}) => {
  await seedStorage(page, twoInterviewers());
  await page.goto('/notes/#interview=i1&to=r1');
  await expect(page.getByRole('heading', { name: 'Note to Maria Lopez' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'What for' })).toHaveValue('alert-reference');
  await page.getByRole('radio', { name: 'Maria', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Maria Lopez' })).toBeChecked();
  await expect.poll(() => noteText(page)).toContain('Maria Lopez');
  await page.getByRole('button', { name: 'Mark as sent' }).focus();
  await page.keyboard.press('Enter');
  await expect(sentState(page)).toContainText('Sent to Maria Lopez on');
  await expect(sentState(page)).toContainText('All notes sent');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axe(page)).toEqual([]);
  }
});

for (const width of [320, 390]) {
  test(`at ${width} px nothing overflows and the first screen shows who it is for and the first field`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 740 });
    const doc = twoInterviewers();
    doc.interviews[0]!.company = 'Harbor Foods International Logistics Cooperative';
    await seedStorage(page, doc);
    await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
    await expect(page.getByRole('heading', { name: 'Thank-you note to Katherine Okafor' })).toBeInViewport();
    // The first thing only the user can say waits there, cursor in it.
    const detail = page.getByRole('textbox', { name: 'What they said matters to them or the team' });
    await expect(detail).toBeInViewport();
    await expect(detail).toBeFocused();
    await page.getByRole('button', { name: 'Copy note' }).click();
    await expect(sentState(page)).toBeVisible();
    for (const expanded of [false, true]) {
      if (expanded) await page.locator('summary', { hasText: 'Style' }).click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });
}

test('where the browser has a share sheet, the note can be shared, and closing the sheet records nothing', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shared: ShareData[]; cancelNext: boolean };
    w.shared = [];
    w.cancelNext = true;
    navigator.share = async (data?: ShareData) => {
      if (w.cancelNext) {
        w.cancelNext = false;
        throw new DOMException('Share canceled', 'AbortError');
      }
      w.shared.push(data ?? {});
    };
  });
  await seedStorage(page, twoInterviewers());
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  const share = page.getByRole('button', { name: 'Share…' });
  await share.click();
  await expect(sentState(page)).toHaveCount(0);
  await share.click();
  await expect(sentState(page)).toBeVisible();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared).toHaveLength(1);
  expect(shared[0]!.text).toContain('Dear Ms. Okafor,');
  expect(shared[0]!.title).toMatch(/Thank/);
  expect((await stored(page)).interviews[0]!.done['thank-you-sent:p1']).toBeTruthy();
});

test('without a share sheet there is no Share button', async ({ page }) => {
  await page.addInitScript(() => {
    // Desktop browsers without the Web Share API.
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  await seedStorage(page, twoInterviewers());
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  await expect(page.getByRole('button', { name: 'Copy note' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share…' })).toHaveCount(0);
});

test('the templates arrive after the page; if they cannot, the examples stay and a message says so', async ({
  page,
}) => {
  await page.route('**/notes/situations.json', (route) => route.abort());
  await page.goto('/notes/');
  await expect(page.getByRole('alert')).toContainText('The note templates could not be loaded.');
  await expect(page.getByRole('link', { name: 'Thank-you after the interview' })).toBeVisible();
});
