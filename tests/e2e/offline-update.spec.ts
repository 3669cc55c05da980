import { type Page, expect, test } from '@playwright/test';
import { startProxy } from '../support/proxy';

test.use({ serviceWorkers: 'allow' });
// Two installs of the worker (each downloads the site), slow on a busy 2-core machine.
test.setTimeout(120_000);

/** One interview's page: code the checklist loads only when an interview is opened. */
const PART = /\{url:"(_astro\/InterviewView\.[\w-]+\.js)",revision:null\},/;

/** Which version of the site the page shows: the second marks its pages. */
const version = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset['testVersion'] ?? '1').catch(() => 'reloading');

async function controlled(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('a page still open on the previous version opens a part that the new version no longer has', async ({
  context,
  baseURL,
}) => {
  // Version 2, published through a proxy (dist/ stays as it is for the tests beside this one): a new worker
  // whose precache no longer lists one interview's page, a server that no longer has that file, and pages
  // that say they are version 2.
  let deployed = false;
  let removed = '';
  const proxy = await startProxy(baseURL!, (path, body) => {
    if (!deployed) return body;
    if (removed && path === `/${removed}`) return null;
    const text = body.toString('utf8');
    if (path === '/sw.js') {
      removed = PART.exec(text)?.[1] ?? '';
      expect(removed, 'the worker precaches one interview’s page').not.toBe('');
      const pages = /self\.FUK_OFFLINE_PAGES="([^"]+)"/.exec(text)![1]!;
      return Buffer.from(text.replace(PART, '').replace(pages, `${pages}?v2`));
    }
    if (path.startsWith('/offline-pages.'))
      return Buffer.from(
        text.replaceAll('<html lang=\\"en\\">', '<html lang=\\"en\\" data-test-version=\\"2\\">'),
      );
    return body;
  });
  try {
    const updater = await context.newPage();
    await controlled(updater, `${proxy.origin}/checklist/`);
    const old = await context.newPage();
    const asked: string[] = [];
    old.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await old.goto(`${proxy.origin}/checklist/`);
    await expect(old.getByRole('textbox', { name: 'Company' })).toBeVisible();
    expect(asked.filter((p) => p.includes('InterviewView'))).toEqual([]);

    // The deploy: the first tab finds the new version and the reader takes it there.
    deployed = true;
    await updater.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const prompt = updater.getByRole('status').filter({ hasText: 'A new version of this site is ready.' });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await prompt.getByRole('button', { name: 'Reload to update' }).click();
    await expect.poll(() => version(updater), { timeout: 45_000 }).toBe('2');
    expect((await fetch(`${proxy.origin}/${removed}`)).status).toBe(404);

    // The other tab is still on version 1, and its interview's page still opens.
    expect(await version(old)).toBe('1');
    await old.getByRole('textbox', { name: 'Company' }).fill('Old Tab Co');
    await old.getByRole('button', { name: 'Add interview' }).click();
    await expect(old.getByRole('heading', { level: 1, name: /Old Tab Co/ })).toBeVisible();
    await expect(old.getByText('This part did not load')).toHaveCount(0);
    expect(asked).toContain(`/${removed}`);

    // Opened again, it is on version 2, with what was added there; once no page of version 1 is left, its files
    // are let go. (The list, not the interview: this made-up version 2 lacks the interview's file it still names,
    // which a real deploy never does, so whether it opens would depend on when the old files go.)
    await old.goto(`${proxy.origin}/checklist/`);
    await expect.poll(() => version(old)).toBe('2');
    await expect(old.getByText(/Old Tab Co/).first()).toBeVisible();
    await updater.goto(`${proxy.origin}/guide/`);
    await expect.poll(() => updater.evaluate(() => caches.has('fuk-previous-code'))).toBe(false);
  } finally {
    await proxy.close();
  }
});
