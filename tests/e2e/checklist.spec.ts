import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { HOSTILE, currentDoc } from '../fixtures/stored';
import { savedData, seedStorage } from '../support/browser';

const KEY = 'fuk:data';
const stored = savedData;
const card = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const peopleField = (page: Page) =>
  page.getByRole('textbox', { name: /Who interviewed you|Add someone else you met/ });

async function addInterview(page: Page, company: string, role = 'Coordinator', date = '2026-11-24') {
  await page.getByRole('textbox', { name: 'Company' }).fill(company);
  await page.getByRole('textbox', { name: 'Role', exact: true }).fill(role);
  await page.getByLabel('Date', { exact: true }).fill(date);
  await page.getByRole('button', { name: 'Add interview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${role} at ${company}` })).toBeVisible();
  // Straight after adding, the cursor waits in the field for the people met.
  await expect(peopleField(page)).toBeFocused();
}

/** Adds people through the quick-add field, one line each, Enter after each. */
async function addPeople(page: Page, ...lines: string[]) {
  for (const line of lines) {
    await peopleField(page).fill(line);
    await peopleField(page).press('Enter');
    await expect(peopleField(page)).toHaveValue('');
  }
}

async function edit(page: Page, name: string, fields: Record<string, string>) {
  const c = card(page, name);
  await c.getByRole('button', { name: `Edit ${name}` }).click();
  const form = card(page, name);
  for (const [label, value] of Object.entries(fields))
    await form.getByRole('textbox', { name: label, exact: true }).fill(value);
  await page.getByRole('button', { name: 'Done', exact: true }).click();
}

const axe = async (page: Page) =>
  (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('starts on the form to add an interview, today already filled in, and axe finds nothing', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-26T19:00:00'));
  await page.goto('/checklist/');
  await expect(page.getByRole('textbox', { name: 'Company' })).toBeFocused();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-11-26');
  expect(await axe(page)).toEqual([]);
});

test('shows the thank-you deadline as soon as an interview is recorded, before anyone is added', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-26T19:00:00'));
  await page.goto('/checklist/');
  await addInterview(page, 'Brightwater Labs', 'Designer', '2026-11-25');
  const due = page.getByRole('region', { name: 'What’s due' });
  await expect(due).toContainText('Thank your interviewers · due tomorrow (Fri, Nov 27) · Add who they were');
  await due.getByRole('link', { name: /Add people/ }).click();
  await expect(peopleField(page)).toBeFocused();
  await addPeople(page, 'Dana Nguyen, Head of Design, dana@brightwater.example', 'Jon Okafor');
  await expect(due.locator('.due-item')).toHaveText([
    /Thank Dana Nguyen · due tomorrow/,
    /Thank Jon Okafor · due tomorrow/,
    /Follow up with Brightwater Labs · due in 6 days/,
  ]);
  await expect(due.getByRole('link', { name: 'Write note: Thank Dana Nguyen' })).toHaveAttribute(
    'href',
    /^\/notes\/#interview=[\w-]+&to=[\w-]+&situation=thank-you$/,
  );
});

test('an interview with two people and a reference survives a reload, ticks included', async ({ page }) => {
  await page.goto('/checklist/');
  await addInterview(page, 'Harbor Foods', 'Operations coordinator');
  await addPeople(page, 'Katherine Okafor, Operations manager, k.okafor@harbor.example', 'Jon Park');
  await card(page, 'Jon Park').getByRole('button', { name: 'Edit Jon Park' }).click();
  await card(page, 'Jon Park').getByRole('combobox', { name: 'Role' }).selectOption('other');
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await page.getByRole('textbox', { name: 'Add a reference' }).fill('Maria Lopez maria@example.com');
  await page.getByRole('textbox', { name: 'Add a reference' }).press('Enter');
  await edit(page, 'Maria Lopez', { 'Qualities to stress': 'Reliability' });

  // Recorded details tick themselves; the rest are ticked by hand.
  await expect(card(page, 'Katherine Okafor')).toContainText('✓ Record their title and an email or phone');
  await card(page, 'Katherine Okafor')
    .getByRole('checkbox', { name: 'Send a thank-you note within two days' })
    .check();
  await card(page, 'Maria Lopez')
    .getByRole('checkbox', { name: /Tell this reference/ })
    .check();
  await expect(page.locator('.interview-view .progress-line')).toContainText('3 of 11 done');
  expect(await axe(page)).toEqual([]);

  await page.reload();
  await expect(
    card(page, 'Katherine Okafor').getByRole('checkbox', { name: 'Send a thank-you note within two days' }),
  ).toBeChecked();
  await expect(
    card(page, 'Maria Lopez').getByRole('checkbox', { name: /Tell this reference/ }),
  ).toBeChecked();
  await expect(card(page, 'Jon Park')).toContainText('did not interview you');
  await expect(card(page, 'Maria Lopez')).toContainText('Stress: Reliability');
  // An open interview has its own title: the page's heading and introduction step aside, and come back.
  await expect(page.locator('.tool-intro')).toBeHidden();

  await page.getByRole('link', { name: '← All interviews' }).click();
  const listed = page.locator('.interview-card');
  await expect(listed).toHaveCount(1);
  await expect(page.locator('.tool-intro')).toBeVisible();
  await expect(listed).toContainText('Operations coordinator at Harbor Foods');
  await expect(listed).toContainText('3 of 11 done');
});

test('what is due lists every interview, the most urgent first, and can be marked done with undo', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T09:00:00'));
  await page.goto('/checklist/');
  await addInterview(page, 'Later Co', 'Coordinator', '2026-11-25');
  await addPeople(page, 'Ana Silva');
  await page.getByRole('link', { name: '← All interviews' }).click();
  await page.getByRole('button', { name: '+ Add an interview' }).click();
  await addInterview(page, 'Sooner Co', 'Coordinator', '2026-11-22');
  await addPeople(page, 'Ben Ode');
  await page.getByRole('link', { name: '← All interviews' }).click();
  const due = page.getByRole('region', { name: 'What’s due' });
  await expect(due.locator('.due-item .due-what')).toHaveText([
    /Thank Ben Ode · overdue by 21 h/,
    // A Sunday interview: five business days later is Friday at 09:00, just before Ana's thank-you at noon.
    /Follow up with Sooner Co · due in 2 days \(Fri, Nov 27\)/,
    /Thank Ana Silva · due in 2 days/,
    /Follow up with Later Co · due in 7 days \(Wed, Dec 2\)/,
  ]);
  await expect(page.locator('.interview-card h3')).toHaveText([
    'Coordinator at Sooner Co',
    'Coordinator at Later Co',
  ]);
  await due.getByRole('button', { name: 'Mark done: Thank Ben Ode' }).click();
  await expect(due).not.toContainText('Thank Ben Ode');
  const toast = page.locator('.toast');
  await expect(toast).toContainText('Done: Thank Ben Ode.');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(due.locator('.due-item').first()).toContainText('Thank Ben Ode');
  expect(await axe(page)).toEqual([]);
});

test('a pasted email signature is read, shown, and added on Enter; text with no name changes nothing', async ({
  page,
}) => {
  await page.goto('/checklist/');
  await addInterview(page, 'Acme');
  const signature = [
    'Best regards,',
    '',
    'Dr. Ngozi Okonjo-Iweala',
    'Head of Talent | Acme Inc.',
    'M: +1 555 010 0199',
    'ngozi@acme.example',
    'https://acme.example',
  ].join('\n');
  await peopleField(page).fill(signature);
  await expect(page.locator('.quick-preview').first()).toHaveText(
    'Will add: Dr. Ngozi Okonjo-Iweala · Head of Talent · Acme Inc. · ngozi@acme.example · +1 555 010 0199',
  );
  await peopleField(page).press('Enter');
  const added = card(page, 'Ngozi Okonjo-Iweala');
  await expect(added.getByRole('heading')).toHaveText('Dr. Ngozi Okonjo-Iweala');
  await expect(added).toContainText('Head of Talent');
  await expect(added).toContainText('+1 555 010 0199');

  await peopleField(page).fill('--\nhttps://example.com\n!!!');
  await peopleField(page).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was added' })).toBeVisible();
  await expect(page.locator('.contact-card')).toHaveCount(1);
  // What was typed stays in the field, to correct rather than retype.
  await expect(peopleField(page)).toHaveValue('--\nhttps://example.com\n!!!');
});

test('checking a name shows it letter by letter before ticking it, and a changed name needs checking again', async ({
  page,
}) => {
  await page.goto('/checklist/');
  await addInterview(page, 'Acme');
  await addPeople(page, 'Zoë Brontë', 'Ama 👩🏽‍💻 Mensah');
  const person = card(page, 'Zoë Brontë');
  await person.getByRole('button', { name: 'Check spelling of Zoë Brontë' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check the spelling, letter by letter' });
  await expect(dialog.locator('.letter')).toHaveText(['Z', 'o', 'ë', 'B', 'r', 'o', 'n', 't', 'ë']);
  await dialog.getByRole('button', { name: 'Yes, it matches exactly' }).click();
  const checked = person.getByRole('checkbox', { name: 'Double-check the spelling of their name' });
  await expect(checked).toBeChecked();

  // An emoji with joiners is one tile, as the reader sees it.
  await card(page, 'Ama 👩🏽‍💻 Mensah')
    .getByRole('button', { name: /Check spelling/ })
    .click();
  await expect(dialog.locator('.letter')).toHaveCount(10);
  await dialog.getByRole('button', { name: 'No, let me correct it' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Ama Mensah');
  await page.getByRole('button', { name: 'Done', exact: true }).click();

  await person.getByRole('button', { name: 'Edit Zoë Brontë' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Zoe Bronte');
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(
    card(page, 'Zoe Bronte').getByRole('checkbox', { name: 'Double-check the spelling of their name' }),
  ).not.toBeChecked();
});

test('removing a person looks destructive, sits apart, and its undo appears where the user is looking', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/checklist/');
  await addInterview(page, 'Undo Ltd');
  await addPeople(page, 'Pat Lee, Director, pat@undo.example');
  await card(page, 'Pat Lee')
    .getByRole('checkbox', { name: 'Send a thank-you note within two days' })
    .check();
  // Remove is only inside Edit, next to nothing else that looks like it.
  await expect(card(page, 'Pat Lee').getByRole('button', { name: /Remove/ })).toHaveCount(0);
  await card(page, 'Pat Lee').getByRole('button', { name: 'Edit Pat Lee' }).click();
  const remove = page.getByRole('button', { name: 'Remove Pat Lee' });
  await expect(remove).toHaveClass(/danger/);
  await remove.click();
  await expect(page.locator('.contact-card')).toHaveCount(0);
  const toast = page.locator('.toast');
  await expect(toast).toContainText('Removed Pat Lee.');
  const box = (await toast.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  expect(box.y).toBeGreaterThan(844 / 2);
  expect(await axe(page)).toEqual([]);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(
    card(page, 'Pat Lee').getByRole('checkbox', { name: 'Send a thank-you note within two days' }),
  ).toBeChecked();
  await page.reload();
  await expect(card(page, 'Pat Lee')).toContainText('pat@undo.example');
});

test('a deleted interview can be brought back', async ({ page }) => {
  await page.goto('/checklist/');
  await addInterview(page, 'Gone Ltd');
  await page.getByRole('button', { name: 'Delete this interview' }).click();
  await expect(page.getByRole('textbox', { name: 'Company' })).toBeVisible();
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
  await addPeople(a, 'Sam Tabb');
  await expect(b.locator('.due-list')).toContainText('Thank Sam Tabb');

  // Tab B adds a second interview while tab A edits the first: both survive.
  await b.getByRole('button', { name: '+ Add an interview' }).click();
  await addInterview(b, 'Second Co');
  await a.getByRole('button', { name: 'Edit details' }).click();
  await a.getByRole('textbox', { name: 'Company' }).fill('First Company');
  await expect
    .poll(async () =>
      JSON.parse((await stored(a)) ?? '{}').interviews?.map((i: { company: string }) => i.company),
    )
    .toEqual(expect.arrayContaining(['First Company', 'Second Co']));
  await b.getByRole('link', { name: '← All interviews' }).click();
  await expect(b.locator('.interview-card h3')).toHaveCount(2);
});

test('a save from another tab that crossed this one’s, built before it, loses neither tab’s interview', async ({
  page,
}) => {
  await page.goto('/checklist/');
  await addInterview(page, 'First Co');
  const before = await stored(page);
  await page.getByRole('link', { name: '← All interviews' }).click();
  await page.getByRole('button', { name: '+ Add an interview' }).click();
  await addInterview(page, 'This Tab Co');
  await expect.poll(async () => (await stored(page))?.includes('This Tab Co')).toBe(true);
  await page.getByRole('link', { name: '← All interviews' }).click();
  await expect(page.locator('.interview-card h3')).toHaveCount(2);
  // The other tab saved before it heard of "This Tab Co": its text has its own new interview, not this one.
  await page.evaluate(
    ({ key, raw }) => {
      const doc = JSON.parse(raw);
      doc.interviews.push({ ...doc.interviews[0], id: 'other-tab', company: 'Other Tab Co' });
      const text = JSON.stringify(doc);
      localStorage.setItem(key, text);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: text }));
    },
    { key: KEY, raw: before ?? '{}' },
  );
  const companies = async () =>
    JSON.parse((await stored(page)) ?? '{}')
      .interviews?.map((i: { company: string }) => i.company)
      .sort();
  await expect(page.locator('.interview-card h3')).toHaveCount(3);
  await expect.poll(companies).toEqual(['First Co', 'Other Tab Co', 'This Tab Co']);
  await page.reload();
  await expect(page.locator('.interview-card h3')).toHaveCount(3);
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

test('data saved by a newer version is kept untouched, even after an edit', async ({ page }) => {
  const future = JSON.stringify({ ...currentDoc, version: 99 });
  await page.addInitScript(
    ([k, v]) => localStorage.getItem(k!) ?? localStorage.setItem(k!, v!),
    [KEY, future],
  );
  await page.goto('/checklist/');
  await expect(page.getByTestId('kept-aside')).toContainText('written by a newer version');
  await addInterview(page, 'Edited Anyway');
  await addPeople(page, 'Someone New');
  await expect(page.locator('.contact-card')).toHaveCount(1);
  // The new work is saved, and the newer data is still there, byte for byte, under its own key.
  expect(JSON.parse((await stored(page))!).interviews[0].company).toBe('Edited Anyway');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('fuk:kept-aside:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual([future]);
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
    // What really happened, and what to do about it.
    await expect(page.getByTestId('save-warning')).toContainText(
      name === 'blocked' ? 'your data stays in this tab only' : 'storage for the site is full',
    );
    await addPeople(page, 'Kept In Memory');
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
  await page.getByRole('button', { name: 'Edit details' }).click();
  for (const label of ['Place or link', 'Notes'])
    await page.getByRole('textbox', { name: label }).fill(HOSTILE);
  await addPeople(page, 'Placeholder Person');
  await card(page, 'Placeholder Person').getByRole('button', { name: 'Edit Placeholder Person' }).click();
  for (const label of ['Name', 'Job title', 'Email', 'Phone', 'Postal address']) {
    await page.locator('.contact-card').getByRole('textbox', { name: label, exact: true }).fill(HOSTILE);
  }
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await page.getByRole('textbox', { name: 'Add a reference' }).fill('Placeholder Reference');
  await page.getByRole('textbox', { name: 'Add a reference' }).press('Enter');
  await card(page, 'Placeholder Reference')
    .getByRole('button', { name: 'Edit Placeholder Reference' })
    .click();
  for (const label of ['Name', 'Relationship', 'Email', 'Phone', 'Qualities to stress']) {
    await page
      .locator('.contact-card')
      .nth(1)
      .getByRole('textbox', { name: label, exact: true })
      .fill(HOSTILE);
  }
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `${HOSTILE} at ${HOSTILE}` })).toBeVisible();
  await expect(page.locator('.contact-card h3').first()).toHaveText(HOSTILE);
  await page.getByRole('link', { name: '← All interviews' }).click();
  await expect(page.locator('.interview-card h3')).toHaveText(`${HOSTILE} at ${HOSTILE}`);
  await expect(page.locator('.due-list')).toContainText(`Thank ${HOSTILE}`);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(JSON.parse((await stored(page))!).interviews[0].people[0].name).toBe(HOSTILE);
});

test('a field stops at the longest text kept, says so, and nothing is set aside after a reload', async ({
  page,
}) => {
  await page.goto('/checklist/');
  await addInterview(page, 'Long Notes Co');
  await page.getByRole('button', { name: 'Edit details' }).click();
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await notes.fill('job description '.repeat(1_500));
  await expect(notes).toHaveValue('job description '.repeat(1_500).slice(0, 20_000));
  await expect(page.getByText(/This field is full \(20,000 characters\)/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('kept-aside')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Coordinator at Long Notes Co' })).toBeVisible();
});

test('typing straight on after "Add interview" loses no letter: the people field is there before the next key', async ({
  page,
}) => {
  await page.goto('/checklist/');
  await expect(page.getByRole('textbox', { name: 'Company' })).toBeFocused();
  await page.keyboard.type('Northwind Traders');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Data analyst');
  // Enter, then the first interviewer's name at once, without waiting for the interview's page.
  await page.keyboard.press('Enter');
  await page.keyboard.type('María José García-López');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Data analyst at Northwind Traders' }),
  ).toBeVisible();
  await expect(peopleField(page)).toHaveValue('María José García-López');
});

test('the whole flow works by keyboard alone', async ({ page }) => {
  await page.goto('/checklist/');
  await expect(page.getByRole('textbox', { name: 'Company' })).toBeFocused();
  await page.keyboard.type('Keyboard Co');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Analyst');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Analyst at Keyboard Co' })).toBeVisible();
  await expect(peopleField(page)).toBeFocused();
  await page.keyboard.type('Kim Lee');
  await page.keyboard.press('Enter');
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

test('a filled interview prints as a clean summary: full details, no empty boxes, at most two pages', async ({
  page,
}) => {
  await seedStorage(page, currentDoc);
  await page.goto('/checklist/#interview=i1');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Operations coordinator at Harbor Foods' }),
  ).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['Add someone else you met', 'Add a reference']) {
    await expect(page.getByRole('textbox', { name: hidden })).toBeHidden();
  }
  await expect(page.getByRole('button', { name: 'Delete this interview' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  const visibleBoxes = await page
    .locator('input:not([type=checkbox]), textarea, select')
    .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
  expect(visibleBoxes).toBe(0);

  const pdf = await page.pdf({ format: 'Letter' });
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  expect(doc.numPages).toBeLessThanOrEqual(2);
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  }
  for (const expected of [
    'Katherine Okafor',
    'k.okafor@example.com',
    'maria@example.com',
    'Operations manager',
  ])
    expect(text).toContain(expected);
});

test('the new states pass axe in the dark scheme too: what is due, editing, the undo toast', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.clock.setFixedTime(new Date('2026-11-24T09:00:00'));
  await seedStorage(page, currentDoc);
  await page.goto('/checklist/');
  await expect(page.getByRole('region', { name: 'What’s due' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.locator('.interview-card h3 a').click();
  await card(page, 'Jon Park').getByRole('button', { name: 'Edit Jon Park' }).click();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Remove Jon Park' }).click();
  await expect(page.locator('.toast')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('a person typed and entered before the signature reader has loaded is still read as name, title and email', async ({
  page,
}) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/_astro\/contact-parse\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/checklist/');
  await addInterview(page, 'Slow Net Ltd');
  await peopleField(page).fill('Pat Lee, Director, pat@slow.example');
  await peopleField(page).press('Enter');
  release();
  await expect(card(page, 'Pat Lee')).toContainText('pat@slow.example');
  await expect(card(page, 'Pat Lee')).toContainText('Director');
});
