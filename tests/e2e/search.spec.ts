import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/**
 * Everyday queries and where they must lead, within the first three results: a guide page (by slug) or a tool
 * page (by path), and the section where it matters.
 */
const QUERIES: [query: string, page: string, section?: string][] = [
  ['reference', 'prepare-your-references'],
  ['alert my references', 'prepare-your-references', 'alert-them-early'],
  ['qualities to stress', 'prepare-your-references', 'which-qualities-to-stress'],
  ['spell names', 'get-their-details-right'],
  ['business card', 'get-their-details-right'],
  ["didn't get the job", 'after-a-no'],
  ['rejected', 'after-a-no'],
  ['turned down', 'after-a-no'],
  ['no offer', 'after-a-no'],
  ['interview feedback', 'after-a-no', 'ask-for-feedback'],
  ['snail mail', 'be-easy-to-reach', 'what-they-need-to-reach-you'],
  ['postal address', 'be-easy-to-reach'],
  ['cell phone', 'be-easy-to-reach'],
  ['signature', 'be-easy-to-reach'],
  ['contact block', 'be-easy-to-reach', 'your-contact-block'],
  ['thank you note', 'thank-you-note'],
  ['subject line', 'thank-you-note', 'length-and-subject-line'],
  ['handwritten card', 'thank-you-note', 'email-or-card'],
  ['ghosted', 'no-word-yet'],
  ['how long to wait', 'no-word-yet'],
  ['when to follow up', 'no-word-yet', 'when-to-follow-up'],
  ['linkedin', 'staying-in-touch', 'linkedin-etiquette'],
  ['two candidates', 'why-follow-up', 'a-tale-of-two-candidates'],
  // The stages added in issue 12.
  ['video interview', 'phone-and-video-interviews'],
  ['phone screen', 'phone-and-video-interviews'],
  ['zoom interview', 'phone-and-video-interviews'],
  ['interviewer name unknown', 'phone-and-video-interviews', 'names-without-business-cards'],
  ['final round', 'thank-you-note', 'every-round-and-same-day-decisions'],
  ['second interview', 'thank-you-note'],
  ['forgot to mention', 'thank-you-note'],
  ['typo in thank you email', 'get-their-details-right'],
  ['fix a mistake', 'get-their-details-right', 'if-a-mistake-got-through'],
  ['recruiter', 'no-word-yet', 'when-a-recruiter-or-agency-runs-the-process'],
  ['how many times to follow up', 'no-word-yet'],
  ['staffing agency', 'no-word-yet', 'when-a-recruiter-or-agency-runs-the-process'],
  ['job offer', 'answering-an-offer'],
  ['ask for more time', 'answering-an-offer'],
  ['negotiate salary', 'answering-an-offer', 'negotiating-politely'],
  ['two job offers', 'answering-an-offer'],
  ['withdraw application', 'withdrawing-gracefully'],
  ['accepted another offer', 'withdrawing-gracefully'],
  ['internal position', 'staying-in-touch', 'when-the-employer-is-your-own'],
  // The stages and readers added in issue 20.
  ['decline a job offer politely', 'answering-an-offer', 'declining-an-offer'],
  ['conditional offer', 'answering-an-offer', 'conditional-offers-and-checks'],
  ['background check', 'answering-an-offer', 'conditional-offers-and-checks'],
  ['adjustments', 'answering-an-offer', 'asking-for-adjustments'],
  ['what to do right after an interview', 'thank-you-note', 'right-after-the-interview-a-five-minute-review'],
  ['group interview', 'thank-you-note', 'group-interviews-and-assessment-days'],
  ['assessment day', 'thank-you-note', 'group-interviews-and-assessment-days'],
  ['email instead of calling', 'no-word-yet', 'calling-or-emailing-instead'],
  ['phone script', 'no-word-yet', 'calling-or-emailing-instead'],
  ['no-reply email', 'no-word-yet', 'portals-no-reply-addresses-and-careers-inboxes'],
  ['job portal', 'no-word-yet', 'portals-no-reply-addresses-and-careers-inboxes'],
  ['type accents', 'get-their-details-right', 'typing-accented-letters'],
  ['career change references', 'prepare-your-references', 'no-recent-manager-career-changers-and-returners'],
  ['mobile only', 'be-easy-to-reach'],
  // The tools, by the words people use for them.
  ['thank you email template', '/notes/'],
  ['checklist', '/checklist/'],
  ['backup', '/data/'],
  ['export', '/data/'],
  ['calendar reminder', '/data/'],
];

const resultLinks = (page: Page) => page.locator('[data-search-page-results] .search-result-title a');
const pageStatus = (page: Page) => page.locator('[data-search-page-status]');

test.describe('search finds the right page', () => {
  for (const [query, slug, section] of QUERIES) {
    test(`“${query}” → ${slug}${section ? `#${section}` : ''}`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(pageStatus(page)).toContainText('for “');
      const hrefs = await resultLinks(page).evaluateAll((links) =>
        links.slice(0, 3).map((a) => a.getAttribute('href')),
      );
      const path = slug.startsWith('/') ? slug : `/guide/${slug}/`;
      const wanted = section ? `${path}#${section}` : path;
      expect(
        hrefs.some((h) => (section ? h === wanted : h?.startsWith(wanted))),
        `${hrefs.join(', ')}`,
      ).toBe(true);
    });
  }
});

test('nothing of search is fetched until the reader touches it', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/guide/thank-you-note/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.startsWith('/pagefind/') || p.includes('search'))).toEqual([]);

  await page.getByRole('searchbox', { name: 'Search the guide' }).focus();
  await expect.poll(() => fetched.some((p) => p.startsWith('/pagefind/'))).toBe(true);
});

test('a first query downloads at most 120 KB in all (script, WebAssembly, index, fragments)', async ({
  page,
}) => {
  const sizes = new Map<string, number>();
  // Each body is read asynchronously: keep the reads, and wait for all of them before adding up.
  const reads: Promise<void>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/pagefind/') || path.startsWith('/_astro/search')) {
      reads.push(response.body().then((body) => void sizes.set(path, gzipSync(body).length)));
    }
  });
  await page.goto('/guide/why-follow-up/');
  await page
    .getByRole('combobox', { name: 'Search the guide' })
    .or(page.locator('#site-search-input'))
    .fill('thank you');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await Promise.all(reads);
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  test.info().annotations.push({ type: 'first query bytes (gzip)', description: String(total) });
  expect(sizes.size).toBeGreaterThan(3);
  expect(total).toBeLessThanOrEqual(120 * 1024);
});

test('keyboard only: "/" to search, arrows to choose, Enter to land on the section', async ({ page }) => {
  await page.goto('/guide/why-follow-up/');
  await page.keyboard.press('/');
  const field = page.locator('#site-search-input');
  await expect(field).toBeFocused();
  await page.keyboard.type('snail mail');
  const status = page.locator('.site-search [role=status]');
  await expect(status).toHaveText(/\d+ results? for “snail mail”/);
  await expect(field).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('ArrowDown');
  const activeId = await field.getAttribute('aria-activedescendant');
  await expect(page.locator(`#${activeId}`)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator(`#${activeId}`)).toContainText('Be easy to reach');

  await page.keyboard.press('Escape');
  await expect(page.locator('#site-search-results')).toBeHidden();
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guide\/be-easy-to-reach\/#what-they-need-to-reach-you$/);
});

test('Enter without choosing opens the search page for the query, which can be shared', async ({ page }) => {
  await page.goto('/privacy/');
  await page.locator('#site-search-input').fill('references');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=references$/);
  await expect(page.locator('#search-page-input')).toHaveValue('references');
  await expect(resultLinks(page).first()).toBeVisible();

  await page.locator('#search-page-input').fill('thank you');
  await expect(page).toHaveURL(/\/search\/\?q=thank\+you$/);
  await expect(pageStatus(page)).toContainText('for “thank you”');
});

test('without JavaScript the header search still submits to the search page', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('/guide/');
  await page.locator('#site-search-input').fill('thank you');
  await page.locator('#site-search-input').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=thank\+you$/);
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Browse by topic' })).toBeVisible();
  await context.close();
});

test('gibberish finds nothing, and the suggestions are shown instead', async ({ page }) => {
  for (const query of ['qzxvjkw', 'asdkjhqwe']) {
    await page.goto(`/search/?q=${query}`);
    await expect(pageStatus(page)).toHaveText(
      `No results for “${query}”. Try fewer words, or one of the topics below.`,
    );
    await expect(resultLinks(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Browse by topic' })).toBeVisible();

    await page.locator('#site-search-input').fill(query);
    await expect(page.locator('.site-search [role=status]')).toHaveText(
      `No results for “${query}”. Try “thank-you note”, “references” or “no reply”.`,
    );
    await expect(page.getByRole('option')).toHaveCount(0);
  }
});

test('no results says so and suggests topics', async ({ page }) => {
  await page.goto('/search/?q=xylophone');
  await expect(pageStatus(page)).toHaveText(/No results for “xylophone”\. Try fewer words/);
  await expect(page.getByRole('heading', { name: 'Browse by topic' })).toBeVisible();

  await page.locator('#site-search-input').fill('zzqxj');
  await expect(page.locator('.site-search [role=status]')).toContainText('No results for “zzqxj”');
});

test('a search index that fails to load gives a message, not an empty box', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/guide/');
  await page.locator('#site-search-input').fill('thank you');
  await expect(page.locator('.site-search [role=status]')).toContainText('Search is unavailable');
  await page.goto('/search/?q=thank+you');
  await expect(pageStatus(page)).toContainText('Search is unavailable');
});

test('search code that fails to load gives a message', async ({ page }) => {
  await page.route('**/_astro/search-ui*', (route) => route.abort());
  await page.goto('/guide/');
  await page.locator('#site-search-input').focus();
  await expect(page.locator('.site-search [role=status]')).toContainText('Search could not load');
});

test.describe('hostile queries stay text and the page keeps working', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    'x'.repeat(5000),
    '🙂 thank you 🎉',
    'شكرا لك thank',
  ];
  for (const query of hostile) {
    test(`${query.slice(0, 30)}${query.length > 30 ? '…' : ''}`, async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto('/guide/');
      const field = page.locator('#site-search-input');
      await field.fill(query);
      await expect(page.locator('.site-search [role=status]')).toContainText('for “');
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(pageStatus(page)).toContainText('for “');
      await expect(page.locator('img[src="x"], main script')).toHaveCount(0);
      if (query.length > 120) await expect(pageStatus(page)).toContainText('Only the first 120 characters');
      // The page still searches normally afterwards.
      await page.locator('#search-page-input').fill('references');
      await expect(resultLinks(page).first()).toBeVisible();
      expect(dialogs).toBe(0);
      expect(errors).toEqual([]);
    });
  }
});

test('axe finds nothing on the search page with results, nor with the suggestions open', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/search/?q=thank+you');
    await expect(resultLinks(page).first()).toBeVisible();
    await page.locator('#site-search-input').fill('references');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${scheme}: ${v.id}`)).toEqual([]);
  }
});
