import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startProxy } from '../support/proxy';

test.use({ serviceWorkers: 'allow' });
// Installing the worker downloads the whole site (about 260 KB brotli), slow on a busy 2-core machine.
test.setTimeout(90_000);

test('after one visit, guide pages, the tools and search all work offline', async ({ page, context }) => {
  await page.goto('/');
  // The worker installs once the page is loaded and idle; wait until it controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.goto('/guide/after-a-no/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/thank them anyway/);

  await page.goto('/checklist/');
  await page.getByRole('textbox', { name: 'Company' }).fill('Offline Co');
  await page.getByRole('button', { name: 'Add interview' }).click();
  await expect(page.getByRole('heading', { name: /Offline Co/ }).first()).toBeVisible();

  await page.goto('/notes/');
  await expect(page.getByTestId('note-body')).toBeVisible();

  await page.goto('/search/?q=references');
  await expect(page.locator('[data-search-page-results] a').first()).toHaveAttribute(
    'href',
    /prepare-your-references/,
  );
});

test('offline caching starts only after the page has loaded, and the page itself fetches nothing more', async ({
  page,
}) => {
  await page.addInitScript(() => {
    addEventListener('load', () => {
      void navigator.serviceWorker.getRegistration().then((r) => {
        (window as unknown as { registeredAtLoad: boolean }).registeredAtLoad = !!r;
      });
    });
  });
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/guide/thank-you-note/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  expect(
    await page.evaluate(() => (window as unknown as { registeredAtLoad: boolean }).registeredAtLoad),
  ).toBe(false);
  // The print stylesheet (media="print") is fetched at low priority, without holding the paint; the page
  // module is the one script file every page shares.
  const print = /^\/_astro\/print\.[\w-]+\.css$/;
  const pageModule = await page.evaluate(
    () => new URL(document.querySelector<HTMLScriptElement>('script[type=module][src]')!.src).pathname,
  );
  expect(
    fetched.filter(
      (p) => !['/guide/thank-you-note/', '/favicon.svg', '/sw.js', pageModule].includes(p) && !print.test(p),
    ),
  ).toEqual([]);
});

test('a new version of the site waits for the reader to choose "Reload to update"', async ({
  page,
  baseURL,
}) => {
  // The site through a proxy of its own, which can publish a new worker without touching dist/sw.js (other
  // tests read it meanwhile). The browser checks for a new worker itself, out of reach of page.route().
  let published = false;
  const proxy = await startProxy(baseURL!, (path, body) =>
    published && path === '/sw.js' ? Buffer.concat([body, Buffer.from('\n// next version')]) : body,
  );
  try {
    await page.goto(`${proxy.origin}/guide/`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    // Publish a "new version": the same worker with one comment added, then check for updates.
    published = true;
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of this site is ready.' });
    await expect(prompt).toBeVisible({ timeout: 15_000 });

    // Nothing changes until the reader chooses to.
    await page.locator('#site-search-input').fill('still here');
    await expect(page.locator('#site-search-input')).toHaveValue('still here');
    await page.evaluate(() => sessionStorage.setItem('before-update', String(performance.timeOrigin)));
    await prompt.getByRole('button', { name: 'Reload to update' }).click();
    // The new version takes over, and only then does the page reload itself. While it reloads, reading the
    // page fails ("Execution context was destroyed"): that is a "not yet", so the poll goes on.
    await expect
      .poll(
        () =>
          page
            .evaluate(() => ({
              type: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type,
              newPage: sessionStorage.getItem('before-update') !== String(performance.timeOrigin),
            }))
            .catch(() => 'reloading'),
        { timeout: 45_000 },
      )
      .toEqual({ type: 'reload', newPage: true });
    // And the new version is the one in charge, with nothing left waiting.
    await expect
      .poll(
        () =>
          page
            .evaluate(() =>
              navigator.serviceWorker.getRegistration().then((r) => ({
                waiting: !!r?.waiting,
                active: r?.active?.state,
                controlled: !!navigator.serviceWorker.controller,
              })),
            )
            .catch(() => 'reloading'),
        { timeout: 15_000 },
      )
      .toEqual({ waiting: false, active: 'activated', controlled: true });
  } finally {
    await proxy.close();
  }
});

test('reading a pasted invitation, not downloaded in advance, works offline once it has been used', async ({
  page,
  context,
}) => {
  await page.goto('/checklist/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  const cachedParser = () =>
    page.evaluate(async () => {
      const all = await Promise.all((await caches.keys()).map(async (n) => (await caches.open(n)).keys()));
      return all.flat().some((r) => /\/_astro\/invite-text\.[\w-]+\.js$/.test(r.url));
    });
  expect(await cachedParser()).toBe(false);

  const email = readFileSync(new URL('../fixtures/invites/emails/06-no-date.txt', import.meta.url), 'utf8');
  const readPasted = async () => {
    await page.getByRole('button', { name: 'Paste an invitation…' }).click();
    await page.getByRole('textbox', { name: 'Or paste the invitation email' }).fill(email);
    await page.getByRole('button', { name: 'Read the text' }).click();
    await expect(page.getByText('Not found in the text: the role and the date.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Company' })).toHaveValue('Northwind');
  };
  await readPasted();
  await expect.poll(cachedParser).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await readPasted();
  await expect(page.getByText('This part did not load')).toHaveCount(0);
});
