import { expect, test } from '@playwright/test';
import { guideSlugs, sitemapPaths, watchProblems } from './support';

test.describe('every page in the sitemap', () => {
  test('renders a heading with no console error, CSP violation or request to another origin', async ({
    page,
    request,
    baseURL,
  }) => {
    const paths = await sitemapPaths(request);
    expect(paths.length).toBeGreaterThanOrEqual(12);
    const problems = await watchProblems(page, new URL(baseURL!).origin);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1'), path).toHaveCount(1);
      await expect(page.locator('h1'), path).toBeVisible();
      await expect(page.locator('meta[name="description"]'), path).toHaveAttribute('content', /.{50,}/);
      await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute(
        'href',
        new RegExp(`${path}$`),
      );
    }
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [] });
  });
});

test('builds one page per guide file, listed in order on the guide index', async ({ page, request }) => {
  expect(guideSlugs.length).toBeGreaterThanOrEqual(8);
  const guidePaths = (await sitemapPaths(request)).filter((p) => /^\/guide\/[^/]+\/$/.test(p));
  expect(guidePaths.sort()).toEqual(guideSlugs.map((s) => `/guide/${s}/`).sort());

  await page.goto('/guide/');
  const links = page.locator('.guide-list h2 a');
  await expect(links).toHaveCount(guideSlugs.length);
  await expect(links.first()).toHaveAttribute('href', '/guide/why-follow-up/');
});

test('a guide page teaches with sections, a do-this-now box, sources and links to its neighbours', async ({
  page,
}) => {
  await page.goto('/guide/thank-you-note/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The thank-you note, within two days');
  expect(await page.locator('.prose h2').count()).toBeGreaterThanOrEqual(4);
  await expect(page.getByRole('complementary', { name: 'Do this now' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Further reading' })).toBeVisible();
  await expect(page.locator('.further li').first()).toBeVisible();

  // The table of contents reaches each section, and each heading links to itself.
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'When to send it' }).click();
  await expect(page).toHaveURL(/#when-to-send-it$/);
  await expect(page.getByRole('link', { name: 'Link to the section “When to send it”' })).toHaveAttribute(
    'href',
    '#when-to-send-it',
  );

  const pager = page.getByRole('navigation', { name: 'Guide pages' });
  await expect(pager.getByRole('link', { name: /Previous/ })).toHaveAttribute(
    'href',
    '/guide/why-follow-up/',
  );
  await pager.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/guide\/be-easy-to-reach\/$/);
});

test('an unknown address shows the not-found page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Browse the guide' }).click();
  await expect(page).toHaveURL(/\/guide\/$/);
});

test('the home page shows the five rules, each leading to its guide page', async ({ page }) => {
  await page.goto('/');
  const rules = page.getByRole('region', { name: 'The five rules at a glance' }).getByRole('listitem');
  await expect(rules).toHaveCount(5);
  await rules.nth(0).getByRole('link').click();
  await expect(page).toHaveURL(/\/guide\/thank-you-note\/$/);
});

test('every guide page lists all guide pages, the current one marked: beside the text when wide, a menu on phones', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/guide/answering-an-offer/');
  const side = page.locator('.guide-nav-side');
  await expect(side).toBeVisible();
  await expect(side.getByRole('link')).toHaveCount(guideSlugs.length + 1); // the pages, and the heading's link
  await expect(side.locator('[aria-current="page"]')).toHaveText('Answering or declining an offer');
  await expect(page.locator('.guide-nav-menu')).toBeHidden();

  await page.setViewportSize({ width: 390, height: 800 });
  await expect(side).toBeHidden();
  const menu = page.getByRole('navigation', { name: 'Guide contents' });
  await expect(menu.getByRole('link', { name: 'Answering or declining an offer' })).toBeHidden();
  await menu.getByText(`Guide contents (${guideSlugs.length} pages)`).click();
  await expect(menu.getByRole('link', { name: 'Answering or declining an offer' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await menu.getByRole('link', { name: 'Withdrawing gracefully' }).click();
  await expect(page).toHaveURL(/\/guide\/withdrawing-gracefully\/$/);
});
