import { type Page, expect, test } from '@playwright/test';
import { savedData } from '../support/browser';
import { CountedUser } from './journey';

/**
 * The main journey of the product, from the home page: an interview yesterday with two interviewers;
 * record it, write the thank-you to one of them, copy it, and see it marked sent. Issue 10's figure: at most
 * 10 clicks or navigation key presses, and no fact typed twice.
 */
const LIMIT = 10;
/** The same by keyboard alone, every Tab counted. */
const KEYBOARD_LIMIT = 25;

async function grantClipboard(page: Page) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.setFixedTime(new Date('2026-11-26T19:00:00'));
}

/** The facts of the interview, typed once each. */
const FACTS = {
  company: 'Brightwater Labs',
  role: 'Product designer',
  date: '11252026',
  dana: 'Dana Nguyen, Head of Design, dana.nguyen@brightwater.example',
  jon: 'Jon Okafor jon.okafor@brightwater.example',
  me: 'Priya Raman',
  detail: 'the plan to redesign the onboarding flow',
  evidence: 'cut sign-up drop-off by a third with a simpler first screen',
};

/** From the form with the cursor in Company: the interview and both interviewers, one Tab or Enter each. */
async function recordInterview(page: Page, user: CountedUser) {
  await expect(page.getByRole('textbox', { name: 'Company' })).toBeFocused();
  await user.type(FACTS.company);
  await user.press('Tab');
  await user.type(FACTS.role);
  await user.press('Tab');
  await user.type(FACTS.date);
  await user.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Product designer at Brightwater Labs' }),
  ).toBeVisible();
  await user.type(FACTS.dana);
  await user.press('Enter');
  await user.type(FACTS.jon);
  await user.press('Enter');
  await expect(page.locator('.contact-card')).toHaveCount(2);
}

/** On the note builder, cursor waiting in "Your name": what only the user can say, one Tab between each. */
async function writeNote(page: Page, user: CountedUser) {
  await expect(page.getByRole('textbox', { name: 'Your name, as you sign' })).toBeFocused();
  await user.type(FACTS.me);
  await user.press('Tab');
  await user.type(FACTS.detail);
  await user.press('Tab');
  // What they said, then what the candidate did about it: the two things that make the note theirs.
  await user.type(FACTS.evidence);
}

async function expectSent(page: Page) {
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Sent to Dana Nguyen/ })
      .first(),
  ).toBeVisible();
  await expect(
    page
      .getByRole('link', { name: /Next: write to Jon Okafor/ })
      .or(page.getByRole('button', { name: /Next: write to Jon Okafor/ })),
  ).toBeVisible();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toContain('I cut sign-up drop-off by a third with a simpler first screen');
  expect(clip).toContain('Priya Raman');
  const stored = JSON.parse((await savedData(page))!);
  const interview = stored.interviews[0];
  const dana = interview.people.find((p: { name: string }) => p.name === 'Dana Nguyen');
  expect(interview.done[`thank-you-sent:${dana.id}`]).toBeTruthy();
}

test(`record an interview and send the first thank-you in at most ${LIMIT} clicks or keys`, async ({
  page,
}) => {
  await grantClipboard(page);
  const user = new CountedUser(page);
  await page.goto('/');
  await user.click(page.getByRole('link', { name: 'I just had an interview' }), 'start');
  await recordInterview(page, user);
  await user.click(page.getByRole('link', { name: 'Write note: Thank Dana Nguyen' }), 'write note');
  await writeNote(page, user);
  await user.click(page.getByRole('button', { name: 'Copy note' }), 'copy');
  await expectSent(page);
  expect(user.count, user.actions.join(', ')).toBeLessThanOrEqual(LIMIT);
});

test('the same journey by keyboard alone', async ({ page }) => {
  await grantClipboard(page);
  const user = new CountedUser(page);
  await page.goto('/');
  // From the top of the page: past the skip link to the main content, then to its first action.
  await user.press('Tab');
  await user.press('Enter');
  await user.press('Tab');
  await expect(page.getByRole('link', { name: 'I just had an interview' })).toBeFocused();
  await user.press('Enter');
  await recordInterview(page, user);
  // Enter on the empty field: done adding people, on to what is due, first the note to Dana.
  await user.press('Enter');
  await expect(page.getByRole('link', { name: 'Write note: Thank Dana Nguyen' })).toBeFocused();
  await user.press('Enter');
  await writeNote(page, user);
  const copy = page.getByRole('button', { name: 'Copy note' });
  for (let i = 0; i < 20 && !(await copy.evaluate((el) => el === document.activeElement)); i++)
    await user.press('Tab');
  await expect(copy).toBeFocused();
  await user.press('Enter');
  await expectSent(page);
  // Keyboard users also Tab past the choices already made for them (situation, greeting, style, the note
  // itself, the contact prompt): counted too, with every Enter. Today 25 (the buttons for the optional addition
  // and another strength, and the one strength box, are Tab stops after what was typed); more means a new stop.
  expect(user.count, user.actions.join(', ')).toBeLessThanOrEqual(KEYBOARD_LIMIT);
});
