import { expect, test } from '@playwright/test';
import { currentDoc } from '../fixtures/stored';
import { seedStorage } from '../support/browser';
import { sitemapPaths } from './support';

test('every page fits a 320 px wide screen without sideways scrolling', async ({ page, request }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflowing: string[] = [];
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    if (scroll > client) overflowing.push(`${path}: ${scroll}px content in ${client}px`);
  }
  expect(overflowing).toEqual([]);
});

test('printing a guide page leaves out the navigation and keeps the content', async ({ page }) => {
  await page.goto('/guide/prepare-your-references/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.prev-next')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Do this now' })).toBeVisible();
});

test('at 390 px the header fits in two rows', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/checklist/');
  const rows = await page
    .locator(
      '.site-header .brand, .site-header .site-nav li, .site-header .site-search, .site-header .theme-toggle',
    )
    .evaluateAll((els) => {
      // Elements whose vertical middles lie within 20 px of each other share a row.
      const middles = els.map((el) => el.getBoundingClientRect()).map((r) => r.top + r.height / 2);
      return middles.sort((a, b) => a - b).filter((m, i, all) => i === 0 || m - all[i - 1]! > 20).length;
    });
  expect(rows).toBeLessThanOrEqual(2);
  expect(await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(
    120,
  );
});

for (const width of [320, 390]) {
  test(`a filled interview fits ${width} px, its title and what is due on the first screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.clock.setFixedTime(new Date('2026-11-24T09:00:00'));
    await seedStorage(page, currentDoc);
    await page.goto('/checklist/#interview=i1');
    const title = page.getByRole('heading', { level: 1, name: 'Operations coordinator at Harbor Foods' });
    await expect(title).toBeVisible();
    const due = page.getByRole('region', { name: 'What’s due' });
    await expect(due).toContainText('Brief Maria Lopez');
    expect((await due.locator('.due-item').first().boundingBox())!.y).toBeLessThan(844);
    await page.getByRole('button', { name: 'Edit Katherine Okafor' }).click();
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
  });
}
