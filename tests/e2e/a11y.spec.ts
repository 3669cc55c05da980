import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 AA problem on any page in the ${scheme} scheme`, async ({ page, request }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const paths = [...(await sitemapPaths(request)), '/404.html'];
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      for (const v of violations)
        found.push(`${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
    expect(found).toEqual([]);
  });
}

test('axe finds nothing with the dark scheme chosen by the toggle on a light system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/guide/get-their-details-right/');
  await page.getByRole('button', { name: 'Dark mode' }).click();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
