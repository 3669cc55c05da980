import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { HOSTILE, currentDoc, v1Doc } from '../fixtures/stored';
import { transferBomb } from '../fixtures/transfer-bomb';
import { seedStorage } from '../support/browser';

const seed = seedStorage;
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('fuk:data') ?? 'null'));

test('a backup, then cleared storage, then a restore gives everything back', async ({ page }) => {
  await seed(page, currentDoc);
  await page.goto('/data/');
  await expect(page.getByTestId('backup-status')).toContainText('No backup yet');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^follow-up-kit-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const path = (await file.path())!;
  expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
    version: currentDoc.version,
    interviews: [{ company: 'Harbor Foods' }],
  });
  await expect(page.getByTestId('backup-status')).toContainText('Last backup:');

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  expect(await stored(page)).toBeNull();
  await page.getByLabel('Backup file').setInputFiles(path);
  await expect(page.getByTestId('restore-preview')).toContainText('holds 1 interviews: 1 new');
  await page.getByRole('button', { name: 'Replace everything' }).click();
  expect(await stored(page)).toEqual(currentDoc);
  expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);

  await page.goto('/checklist/');
  await expect(page.locator('.interview-card')).toContainText('Operations coordinator at Harbor Foods');
});

test('merging keeps what is here, and a restore can be undone', async ({ page }) => {
  const other = {
    ...currentDoc,
    interviews: [{ ...currentDoc.interviews[0]!, id: 'i2', company: 'Second Co' }],
  };
  await seed(page, currentDoc);
  await page.goto('/data/');
  await page.getByLabel('Backup file').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(other)),
  });
  await expect(page.getByTestId('restore-preview')).toContainText(
    '1 new, 0 changed, 0 the same as here. 1 interviews here are not in it.',
  );
  await page.getByRole('button', { name: 'Merge: keep everything, newer wins' }).click();
  expect((await stored(page)).interviews.map((i: { company: string }) => i.company).sort()).toEqual([
    'Harbor Foods',
    'Second Co',
  ]);
  await page.getByRole('button', { name: 'Undo' }).click();
  expect((await stored(page)).interviews.map((i: { company: string }) => i.company)).toEqual([
    'Harbor Foods',
  ]);
});

for (const [name, content, reason] of [
  ['not JSON', 'this is not json', 'it is not JSON'],
  ['a newer version', JSON.stringify({ ...currentDoc, version: 9 }), 'newer version'],
  ['the wrong shape', JSON.stringify({ ...currentDoc, interviews: [{ id: 1 }] }), 'damaged: interviews.0'],
  ['over 1 MB', `{"pad":"${'x'.repeat(1_100_000)}"}`, 'at most 1 MB'],
  ['hostile strings in a broken file', JSON.stringify({ version: HOSTILE }), 'no known version'],
] as const) {
  test(`a bad file (${name}) changes nothing and says why`, async ({ page }) => {
    await seed(page, currentDoc);
    await page.goto('/data/');
    await page
      .getByLabel('Backup file')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.getByRole('alert').filter({ hasText: 'Nothing was changed' })).toContainText(reason);
    await expect(page.getByTestId('restore-preview')).toHaveCount(0);
    expect(await stored(page)).toEqual(currentDoc);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });
}

test('an interview’s deadlines download as a calendar file a real parser reads', async ({ page }) => {
  await seed(page, {
    ...currentDoc,
    interviews: [{ ...currentDoc.interviews[0]!, company: 'Smith, Jones; Co', place: HOSTILE }],
  });
  await page.goto('/data/');
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('button', { name: /Reminders for Operations coordinator at Smith, Jones; Co/ })
    .click();
  const text = readFileSync((await (await downloading).path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.summary)).toEqual([
    'Interview: Operations coordinator at Smith, Jones; Co',
    'Thank-you notes due: Operations coordinator at Smith, Jones; Co',
    'Follow up: Operations coordinator at Smith, Jones; Co',
  ]);
  expect(events[0]?.description).toBe(HOSTILE);
});

test('a transfer link opened in a fresh browser restores the data after confirmation', async ({
  page,
  browser,
  baseURL,
}) => {
  await seed(page, currentDoc);
  await page.goto('/data/');
  await page.getByRole('button', { name: 'Create a transfer link' }).click();
  await expect(page.getByRole('img', { name: 'QR code of the transfer link' })).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Transfer link' }).inputValue();
  expect(link).toMatch(/\/data\/#transfer=[\w-]+$/);

  const other = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'block' });
  const fresh = await other.newPage();
  // Everything the fresh browser sends: where to, its headers (Referer included) and any body.
  const sent: Promise<{ url: string; headers: string; body: string }>[] = [];
  other.on('request', (r) =>
    sent.push(
      r.allHeaders().then((h) => ({ url: r.url(), headers: JSON.stringify(h), body: r.postData() ?? '' })),
    ),
  );
  await fresh.goto(link);
  await expect(fresh.getByTestId('restore-preview')).toContainText(
    'The transfer link holds 1 interviews: 1 new',
  );
  expect(fresh.url()).not.toContain('transfer=');
  const payload = link.slice(link.indexOf('transfer=') + 'transfer='.length);
  const requests = await Promise.all(sent);
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    expect(new URL(request.url).origin, request.url).toBe(new URL(baseURL!).origin);
    // Any 16 characters of the data would be a leak, wherever they were sent.
    for (let at = 0; at + 16 <= payload.length; at += 16) {
      const piece = payload.slice(at, at + 16);
      expect(request.url + request.headers + request.body, request.url).not.toContain(piece);
    }
  }
  expect(await fresh.evaluate(() => localStorage.getItem('fuk:data'))).toBeNull();
  await fresh.getByRole('button', { name: 'Replace everything' }).click();
  expect(await stored(fresh)).toEqual(currentDoc);
  await other.close();
});

test('a damaged transfer link changes nothing and says so', async ({ page }) => {
  await seed(page, currentDoc);
  await page.goto('/data/#transfer=AAAA');
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was changed' })).toContainText(
    'damaged or incomplete',
  );
  expect(await stored(page)).toEqual(currentDoc);
});

test('a transfer link that would inflate to 200 MB is refused within 1 s, in little memory', async ({
  page,
}) => {
  const fragment = await transferBomb(200);
  await seed(page, currentDoc);
  // Another page first: going from /data/ to /data/#… would only change the fragment, not open the page.
  await page.goto('/');
  // Memory counted as the issue does: the JS heap plus array buffers and strings outside it.
  const cdp = await page.context().newCDPSession(page);
  const memory = async () => {
    const usage = (await cdp.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      backingStorageSize?: number;
    };
    return usage.usedSize + (usage.backingStorageSize ?? 0);
  };
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was changed' });
  let peak = await memory();
  let sampling = true;
  const sampler = (async () => {
    while (sampling) peak = Math.max(peak, await memory().catch(() => 0));
  })();
  await page.goto(`/data/#${fragment}`);
  await expect(alert).toContainText('would unpack to more than 1 MB', { timeout: 5000 });
  sampling = false;
  await sampler;
  peak = Math.max(peak, await memory());
  const took = await page.evaluate(() => performance.getEntriesByName('data:transfer')[0]?.duration);
  expect(took).toBeLessThan(1000);
  expect(peak).toBeLessThan(64 * 1024 * 1024);
  expect(await stored(page)).toEqual(currentDoc);
});

test.describe('data kept aside', () => {
  const damaged = JSON.stringify(currentDoc).slice(0, 80);
  const entries = (page: Page) => page.getByTestId('kept-aside-entry');
  const keptKeys = (page: Page) =>
    page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fuk:kept-aside:')));
  /** Stores `raw` exactly as it is under `key` before the first page loads (once, not on reloads). */
  const seedRaw = (page: Page, key: string, raw: string) =>
    page.addInitScript(
      ([k, v]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(k!, v!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [key, raw],
    );

  test('stays offered on Your data after a reload, can be downloaded, and deleted (with undo)', async ({
    page,
  }) => {
    await seedRaw(page, 'fuk:data', damaged);
    await page.goto('/checklist/');
    await expect(page.getByTestId('kept-aside')).toBeVisible();
    await page.goto('/data/');
    await page.reload();
    await expect(entries(page)).toHaveCount(1);
    await expect(entries(page)).toContainText('damaged and could not be read');
    await expect(entries(page)).toContainText('80 bytes');
    await expect(entries(page)).toContainText('Kept aside on');

    const downloading = page.waitForEvent('download');
    await entries(page)
      .getByRole('button', { name: /^Download/ })
      .click();
    expect(readFileSync((await (await downloading).path())!, 'utf8')).toBe(damaged);

    await entries(page)
      .getByRole('button', { name: /^Try to restore/ })
      .click();
    await expect(page.getByRole('alert').filter({ hasText: 'Nothing was changed' })).toContainText(
      'still cannot be read',
    );

    await entries(page)
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect(entries(page)).toHaveCount(0);
    expect(await keptKeys(page)).toEqual([]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(entries(page)).toHaveCount(1);
    await entries(page)
      .getByRole('button', { name: /^Delete/ })
      .click();
    // Gone for good: the unreadable original went with its copy, so the next visit keeps nothing aside again.
    await page.reload();
    await expect(page.getByTestId('kept-aside-list')).toHaveCount(0);
    expect(await keptKeys(page)).toEqual([]);
    expect(await stored(page)).toBeNull();
  });

  test('a copy this version can read restores through the preview', async ({ page }) => {
    await seedRaw(page, 'fuk:kept-aside:2026-11-20T10:00:00.000Z', JSON.stringify(v1Doc));
    await page.goto('/data/');
    await expect(entries(page)).toContainText('This version of the site can read it');
    await entries(page)
      .getByRole('button', { name: /^Try to restore/ })
      .click();
    await expect(page.getByTestId('restore-preview')).toContainText('holds 1 interviews: 1 new');
    await page.getByRole('button', { name: 'Replace everything' }).click();
    expect((await stored(page)).interviews.map((i: { company: string }) => i.company)).toEqual([
      'Harbor Foods',
    ]);
    // The copy stays until the reader deletes it.
    expect(await keptKeys(page)).toEqual(['fuk:kept-aside:2026-11-20T10:00:00.000Z']);
    expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
  });
});
