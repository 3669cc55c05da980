import { expect, test } from '@playwright/test';
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
