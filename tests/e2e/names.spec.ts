import { type Page, expect, test } from '@playwright/test';
import type { FollowUpDoc } from '../../src/core/model/model';
import { currentDoc } from '../fixtures/stored';
import { seedStorage } from '../support/browser';
import { axe, stored } from './support';

const NAME = 'María José García-López';
const note = (page: Page) => page.getByRole('textbox', { name: 'Text of the note' });
const greeting = (page: Page) => page.getByRole('group', { name: 'Greeting' });
const radio = (page: Page, name: string) => greeting(page).getByRole('radio', { name, exact: true });

/** Opens a note afresh (a new page load, as from a link elsewhere). */
async function openNote(page: Page, hash: string) {
  await page.goto('/checklist/');
  await page.goto(`/notes/#${hash}`);
}

/** Dr. María José García-López interviewed the user at Harbor Foods and, linked as one person, at Northwind. */
function compoundName(): FollowUpDoc {
  const doc = structuredClone(currentDoc);
  const first = doc.interviews[0]!;
  Object.assign(first.people[0]!, { name: NAME, honorific: 'Dr.', contactId: 'mj' });
  first.done = {};
  const second = structuredClone(first);
  Object.assign(second, { id: 'i2', company: 'Northwind', references: [] });
  second.people = [{ ...first.people[0]!, id: 'p3' }];
  doc.interviews.push(second);
  doc.drafts = {};
  return doc;
}

test('the given name said once in the checklist greets them in every note, and after a reload', async ({
  page,
}) => {
  await seedStorage(page, compoundName());
  await page.goto('/checklist/#interview=i1');
  await page.getByRole('button', { name: `Edit ${NAME}` }).focus();
  await page.keyboard.press('Enter');
  const given = page.getByRole('combobox', { name: 'Given name' });
  await expect(given).toHaveAccessibleDescription(/Which words of “María José García-López” are the name/);
  await given.focus();
  await page.keyboard.press('ArrowDown'); // "María · family name José García-López"
  await page.keyboard.press('ArrowDown'); // "María José · family name García-López"
  await expect(given.locator('option:checked')).toHaveText('María José · family name García-López');
  await expect
    .poll(async () =>
      (await stored(page)).interviews.map((i) => [i.people[0]!.givenName, i.people[0]!.familyName]),
    )
    .toEqual([
      ['María José', 'García-López'],
      ['María José', 'García-López'],
    ]);
  expect(await axe(page)).toEqual([]);

  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  await expect(greeting(page).getByRole('radio')).toHaveCount(4);
  for (const name of ['Dr. García-López', 'María José', NAME, 'Other'])
    await expect(radio(page, name)).toBeVisible();
  await expect(radio(page, 'María')).toHaveCount(0);
  await expect(radio(page, 'Dr. García-López')).toBeChecked();
  await expect.poll(() => note(page).inputValue()).toContain('Dear Dr. García-López,');
  await radio(page, 'Dr. García-López').focus();
  await page.keyboard.press('ArrowDown');
  await expect(radio(page, 'María José')).toBeChecked();
  await expect.poll(() => note(page).inputValue()).toContain('Dear María José,');
  // Said once, it is not asked again; "Other" (none of these forms) offers to say it differently.
  await expect(page.getByText('Given name: María José', { exact: true })).toHaveCount(0);
  await radio(page, 'Other').check();
  await expect(page.getByText('Given name: María José', { exact: true })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await radio(page, 'María José').check();

  // Another note, and the same person met at another interview: the same given name, never "María".
  await openNote(page, 'interview=i1&to=p1&situation=follow-up');
  await expect(radio(page, 'María José')).toBeVisible();
  await openNote(page, 'interview=i2&to=p3&situation=thank-you');
  await expect(radio(page, 'Dr. García-López')).toBeChecked();
  await expect(radio(page, 'María')).toHaveCount(0);

  await openNote(page, 'interview=i1&to=p1&situation=thank-you');
  await expect(radio(page, 'María José')).toBeChecked();
  await page.reload();
  await expect(radio(page, 'María José')).toBeChecked();
  await expect.poll(() => note(page).inputValue()).toContain('Dear María José,');
});

test('a name that reads several ways is not shortened, and the note builder asks', async ({ page }) => {
  await seedStorage(page, compoundName());
  await page.goto('/notes/#interview=i1&to=p1&situation=thank-you');
  await expect(greeting(page).getByRole('radio')).toHaveCount(3);
  await expect(radio(page, `Dr. ${NAME}`)).toBeChecked();
  await expect(radio(page, NAME)).toBeVisible();
  await expect.poll(() => note(page).inputValue()).toContain(`Dear Dr. ${NAME},`);
  const given = page.getByRole('combobox', { name: 'Given name' });
  await expect(page.getByText('Which words are their given name?')).toBeVisible();
  await expect(given).toBeVisible();
  expect(await axe(page)).toEqual([]);

  await given.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(radio(page, 'Dr. García-López')).toBeChecked();
  await expect.poll(() => note(page).inputValue()).toContain('Dear Dr. García-López,');
  await expect(radio(page, 'María José')).toBeVisible();

  await page.goto('/people/#person=mj');
  await expect(
    page.getByText('Greeted as “Dr. García-López” in a formal note, “María José” in a warm one.'),
  ).toBeVisible();
  await expect(page.getByText('Given name: María José', { exact: true })).toBeVisible();
});
