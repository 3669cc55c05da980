import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { HOSTILE, currentDoc } from '../fixtures/stored';

const KEY = 'fuk:data';
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const card = (page: Page, name: string) => page.getByRole('region', { name });

async function addInterview(page: Page, company: string, role = 'Coordinator') {
  await page.getByRole('textbox', { name: 'Company' }).fill(company);
  await page.getByRole('textbox', { name: 'Role', exact: true }).fill(role);
  await page.getByLabel('Date and time').fill('2026-11-24T10:00');
  await page.getByRole('button', { name: 'Add interview' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `${role} at ${company}` })).toBeFocused();
}

async function addPerson(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page
    .getByRole('region', { name: 'Unnamed person' })
    .getByRole('textbox', { name: 'Name' })
    .fill(name);
}

const axe = async (page: Page) =>
  (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('starts empty with a hint of what to do first, and axe finds nothing', async ({ page }) => {
  await page.goto('/checklist/');
  await expect(page.getByText('No interviews yet.')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('an interview with two people and a reference survives a reload, ticks included', async ({ page }) => {
  await page.goto('/checklist/');
  await addInterview(page, 'Harbor Foods', 'Operations coordinator');
  await addPerson(page, 'Katherine Okafor');
  await addPerson(page, 'Jon Park');
  await card(page, 'Jon Park').getByRole('combobox', { name: 'Role' }).selectOption('other');
  await page.getByRole('button', { name: 'Add a reference' }).click();
  await page
    .getByRole('region', { name: 'Unnamed reference' })
    .getByRole('textbox', { name: 'Name' })
    .fill('Maria Lopez');
  await card(page, 'Maria Lopez').getByRole('textbox', { name: 'Qualities to stress' }).fill('Reliability');

  await card(page, 'Katherine Okafor')
    .getByRole('checkbox', { name: 'Send a thank-you note within two days' })
    .check();
  await card(page, 'Maria Lopez')
    .getByRole('checkbox', { name: /Tell this reference/ })
    .check();
  await page.getByRole('checkbox', { name: 'Give them every way to reach you' }).check();
  await expect(page.locator('.interview-view .progress-line')).toContainText('3 of 11 done');
  expect(await axe(page)).toEqual([]);

  await page.reload();
  await expect(
    card(page, 'Katherine Okafor').getByRole('checkbox', { name: 'Send a thank-you note within two days' }),
  ).toBeChecked();
  await expect(
    card(page, 'Maria Lopez').getByRole('checkbox', { name: /Tell this reference/ }),
  ).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Give them every way to reach you' })).toBeChecked();
  await expect(card(page, 'Jon Park').getByRole('combobox', { name: 'Role' })).toHaveValue('other');
  await expect(card(page, 'Maria Lopez').getByRole('textbox', { name: 'Qualities to stress' })).toHaveValue(
    'Reliability',
  );

  await page.getByRole('link', { name: '← All interviews' }).click();
  const listed = page.locator('.interview-card');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('Operations coordinator at Harbor Foods');
  await expect(listed).toContainText('3 of 11 done');
  await expect(listed).toContainText('Next:');
});

test('the next step shows the thank-you deadline, and the list puts the most urgent first', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T09:00:00'));
  await page.goto('/checklist/');
  await addInterview(page, 'Later Co');
  await page.getByText('Interview details').click();
  await page.getByRole('textbox', { name: 'Date and time' }).fill('2026-11-25T08:00');
  await addPerson(page, 'Ana Silva');
  await expect(page.locator('.interview-view .next-step')).toContainText(
    'Send a thank-you note within two days (Ana Silva) · due in 2 days',
  );
  await page.getByRole('link', { name: '← All interviews' }).click();
  await addInterview(page, 'Sooner Co');
  await page.getByText('Interview details').click();
  await page.getByRole('textbox', { name: 'Date and time' }).fill('2026-11-22T08:00');
  await addPerson(page, 'Ben Ode');
  await expect(page.locator('.interview-view .next-step')).toContainText('overdue by 1 day');
  await page.getByRole('link', { name: '← All interviews' }).click();
  await expect(page.locator('.interview-card h3')).toHaveText([
    'Coordinator at Sooner Co',
    'Coordinator at Later Co',
  ]);
});

test('checking a name shows it letter by letter before ticking it, and a changed name needs checking again', async ({
  page,
}) => {
  await page.goto('/checklist/');
  await addInterview(page, 'Acme');
  await addPerson(page, 'Zoë Brontë');
  const person = card(page, 'Zoë Brontë');
  await person.getByRole('button', { name: 'Check spelling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check the spelling, letter by letter' });
  await expect(dialog.locator('.letter')).toHaveText(['Z', 'o', 'ë', 'B', 'r', 'o', 'n', 't', 'ë']);
  await dialog.getByRole('button', { name: 'Yes, it matches exactly' }).click();
  const checked = person.getByRole('checkbox', { name: 'Double-check the spelling of their name' });
  await expect(checked).toBeChecked();
  await person.getByRole('textbox', { name: 'Name' }).fill('Zoe Bronte');
  await expect(
    card(page, 'Zoe Bronte').getByRole('checkbox', { name: 'Double-check the spelling of their name' }),
  ).not.toBeChecked();
});

test('a deleted interview can be brought back', async ({ page }) => {
  await page.goto('/checklist/');
  await addInterview(page, 'Gone Ltd');
  await page.getByRole('button', { name: 'Delete this interview' }).click();
  await expect(page.getByText('No interviews yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.interview-card')).toContainText('Gone Ltd');
  await page.reload();
  await expect(page.locator('.interview-card')).toContainText('Gone Ltd');
});

test('two tabs stay in step, and edits to different interviews in each are both kept', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/checklist/');
  await addInterview(a, 'First Co');
  await b.goto('/checklist/');
  await expect(b.locator('.interview-card')).toContainText('First Co');

  // A change in one tab shows in the other without a reload.
  await a.getByRole('checkbox', { name: 'Give them every way to reach you' }).check();
  await expect(b.locator('.interview-card')).toContainText('1 of');

  // Tab B adds a second interview while tab A edits the first: both survive.
  await addInterview(b, 'Second Co');
  await a.getByText('Interview details').click();
  await a.getByRole('textbox', { name: 'Company' }).fill('First Company');
  await expect
    .poll(async () =>
      JSON.parse((await stored(a)) ?? '{}').interviews?.map((i: { company: string }) => i.company),
    )
    .toEqual(expect.arrayContaining(['First Company', 'Second Co']));
  await b.getByRole('link', { name: '← All interviews' }).click();
  await expect(b.locator('.interview-card h3')).toHaveCount(2);
});

test('unreadable saved data is kept aside untouched, reported, and can be downloaded', async ({ page }) => {
  const corrupt = '{"version":1,"interviews":[{"company":"Half a doc';
  await page.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k!, v!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, corrupt],
  );
  await page.goto('/checklist/');
  const notice = page.getByTestId('kept-aside');
  await expect(notice).toContainText('Your saved checklist is damaged and could not be read.');
  expect(await axe(page)).toEqual([]);
  const keptKeys = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('fuk:kept-aside:')),
  );
  expect(keptKeys).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), keptKeys[0]!)).toBe(corrupt);

  const download = page.waitForEvent('download');
  await notice.getByRole('link', { name: 'Download the unreadable data' }).click();
  const file = await (await download).path();
  expect((await import('node:fs')).readFileSync(file, 'utf8')).toBe(corrupt);

  // The tool starts clean and works; the kept copy is still there after a change and a reload.
  await addInterview(page, 'Fresh Start');
  await page.reload();
  await expect(page.locator('.interview-view, .interview-card').first()).toContainText('Fresh Start');
  expect(await page.evaluate((k) => localStorage.getItem(k), keptKeys[0]!)).toBe(corrupt);
});

test('data saved by a newer version is not overwritten', async ({ page }) => {
  const future = JSON.stringify({ ...currentDoc, version: 99 });
  await page.addInitScript(
    ([k, v]) => localStorage.getItem(k!) ?? localStorage.setItem(k!, v!),
    [KEY, future],
  );
  await page.goto('/checklist/');
  await expect(page.getByTestId('kept-aside')).toContainText('written by a newer version');
});

for (const [name, script] of [
  [
    'blocked',
    () =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      }),
  ],
  [
    'full',
    () => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  ],
] as const) {
  test(`with storage ${name}, the tool keeps working in memory and says changes are not saved`, async ({
    page,
  }) => {
    await page.addInitScript(script);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/checklist/');
    await addInterview(page, 'Memory Inc');
    await expect(page.getByTestId('save-warning')).toContainText('Your changes are not being saved.');
    await addPerson(page, 'Kept In Memory');
    await card(page, 'Kept In Memory')
      .getByRole('checkbox', { name: 'Send a thank-you note within two days' })
      .check();
    await page.getByRole('link', { name: '← All interviews' }).click();
    await expect(page.locator('.interview-card')).toContainText('1 of');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('hostile text in every field stays text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/checklist/');
  await page.getByText('Your contact details').click();
  for (const label of ['Your name', 'Home phone', 'Cell phone', 'Email', 'Postal address']) {
    await page.locator('.profile').getByRole('textbox', { name: label }).fill(HOSTILE);
  }
  await addInterview(page, HOSTILE, HOSTILE);
  await page.getByText('Interview details').click();
  for (const label of ['Place or link', 'Notes'])
    await page.getByRole('textbox', { name: label }).fill(HOSTILE);
  await page.getByRole('button', { name: 'Add a person' }).click();
  const person = page.locator('.person-card').first();
  for (const label of ['Name', 'Title', 'Email', 'Phone', 'Postal address']) {
    await person.getByRole('textbox', { name: label, exact: true }).fill(HOSTILE);
  }
  await page.getByRole('button', { name: 'Add a reference' }).click();
  const reference = page.locator('.person-card').nth(1);
  for (const label of ['Name', 'Relationship', 'Email', 'Phone', 'Qualities to stress']) {
    await reference.getByRole('textbox', { name: label, exact: true }).fill(HOSTILE);
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: `${HOSTILE} at ${HOSTILE}` })).toBeVisible();
  await page.getByRole('link', { name: '← All interviews' }).click();
  await expect(page.locator('.interview-card h3')).toHaveText(`${HOSTILE} at ${HOSTILE}`);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(JSON.parse((await stored(page))!).interviews[0].people[0].name).toBe(HOSTILE);
});

test('the whole flow works by keyboard alone', async ({ page }) => {
  await page.goto('/checklist/');
  await page.getByRole('textbox', { name: 'Company' }).focus();
  await page.keyboard.type('Keyboard Co');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Analyst');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Analyst at Keyboard Co' })).toBeFocused();

  const addPersonButton = page.getByRole('button', { name: 'Add a person' });
  await addPersonButton.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Unnamed person' }).getByRole('textbox', { name: 'Name' }).focus();
  await page.keyboard.type('Kim Lee');
  const thankYou = card(page, 'Kim Lee').getByRole('checkbox', {
    name: 'Send a thank-you note within two days',
  });
  await thankYou.focus();
  await page.keyboard.press('Space');
  await expect(thankYou).toBeChecked();
  await expect(thankYou).toBeFocused();
  await page.getByRole('link', { name: '← All interviews' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Your interviews' })).toBeFocused();
  await expect(page.locator('.interview-card')).toContainText('1 of');
});

test('without JavaScript the page offers the printable checklist and says saving needs JavaScript', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('/checklist/');
  await expect(page.getByText('Saving your interviews needs JavaScript.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'For each interviewer' })).toBeVisible();
  await expect(page.locator('.checklist-static li').first()).toBeVisible();
  await context.close();
});

test('one interview prints on its own, without the controls', async ({ page }) => {
  await page.goto('/checklist/');
  await addInterview(page, 'Print Ltd');
  await addPerson(page, 'Pat Print');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 2, name: 'Coordinator at Print Ltd' })).toBeVisible();
  await expect(card(page, 'Pat Print')).toBeVisible();
  for (const hidden of ['Add a person', 'Delete this interview', 'Print this interview']) {
    await expect(page.getByRole('button', { name: hidden })).toBeHidden();
  }
  await expect(page.locator('.site-header')).toBeHidden();
});
