import { readFileSync } from 'node:fs';
import { type Page, expect, test } from '@playwright/test';
import { currentDoc, manyInterviews } from '../fixtures/stored';
import { savedData, seedStorage } from '../support/browser';

const stored = async (page: Page) => JSON.parse((await savedData(page)) ?? 'null');

test('the nudge on a tool page leads to a backup download, then goes quiet', async ({ page }) => {
  await seedStorage(page, manyInterviews(2));
  await page.goto('/checklist/');
  const nudge = page.getByTestId('backup-nudge');
  await expect(nudge).toHaveText(/^No backup yet · Back up now · Not now$/);
  const downloading = page.waitForEvent('download');
  await nudge.getByRole('button', { name: 'Back up now' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^follow-up-kit-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(readFileSync((await file.path())!, 'utf8'));
  expect(backup.interviews).toEqual((await stored(page)).interviews);
  await expect(page.getByRole('status').filter({ hasText: 'Backup downloaded' })).toBeVisible();
  await expect(nudge).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('backup-nudge')).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  /** A share sheet that hands the file on (`test:share` = `ok`), is closed (`abort`) or fails (`fail`). */
  async function stubShareSheet(page: Page, answer: 'ok' | 'abort' | 'fail') {
    await page.addInitScript((how) => {
      const w = window as unknown as { __shared: { name: string; type: string; text: string }[] };
      w.__shared = [];
      navigator.canShare = (data) => Boolean(data?.files?.length);
      navigator.share = async (data) => {
        for (const file of data?.files ?? [])
          w.__shared.push({ name: file.name, type: file.type, text: await file.text() });
        if (how === 'abort') throw new DOMException('Share canceled', 'AbortError');
        if (how === 'fail') throw new DOMException('Permission denied', 'NotAllowedError');
      };
    }, answer);
  }
  const shared = (page: Page) =>
    page.evaluate(
      () => (window as unknown as { __shared: { name: string; type: string; text: string }[] }).__shared,
    );

  test('“Back up now” opens the share sheet with the backup file, then the nudge goes quiet', async ({
    page,
  }) => {
    await stubShareSheet(page, 'ok');
    await seedStorage(page, manyInterviews(2));
    await page.goto('/checklist/');
    const nudge = page.getByTestId('backup-nudge');
    await nudge.getByRole('button', { name: 'Back up now' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Backup shared: “follow-up-kit-backup-' }),
    ).toBeVisible();
    await expect(nudge).toHaveCount(0);
    const [file, ...more] = await shared(page);
    expect(more).toEqual([]);
    expect(file?.name).toMatch(/^follow-up-kit-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file?.type).toBe('application/json');
    expect(JSON.parse(file?.text ?? '{}').interviews).toEqual((await stored(page)).interviews);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('backup-nudge')).toHaveCount(0);
  });

  test('closing the share sheet keeps nothing as backed up: the nudge stays', async ({ page }) => {
    await stubShareSheet(page, 'abort');
    await seedStorage(page, manyInterviews(2));
    await page.goto('/checklist/');
    const nudge = page.getByTestId('backup-nudge');
    await nudge.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(async () => (await shared(page)).length).toBe(1);
    await expect(nudge).toContainText('No backup yet');
    expect(await page.evaluate(() => localStorage.getItem('fuk:last-backup'))).toBeNull();
  });

  test('a share sheet that fails gives the file as a download instead', async ({ page }) => {
    await stubShareSheet(page, 'fail');
    await seedStorage(page, manyInterviews(2));
    await page.goto('/checklist/');
    const downloading = page.waitForEvent('download');
    await page.getByTestId('backup-nudge').getByRole('button', { name: 'Back up now' }).click();
    const file = await downloading;
    expect(JSON.parse(readFileSync((await file.path())!, 'utf8')).interviews).toEqual(
      (await stored(page)).interviews,
    );
    await expect(page.getByRole('status').filter({ hasText: 'Backup downloaded' })).toBeVisible();
  });
});

test('the nudge returns after 7 days with a change, and “Not now” quiets it for 7 days', async ({ page }) => {
  const twelveDaysAgo = new Date(Date.now() - 12 * 86_400_000).toISOString();
  await page.addInitScript((at) => {
    if (!sessionStorage.getItem('mark')) {
      localStorage.setItem(
        'fuk:last-backup',
        JSON.stringify({ at, print: 'some older data', quietUntil: '' }),
      );
      sessionStorage.setItem('mark', '1');
    }
  }, twelveDaysAgo);
  await seedStorage(page, currentDoc);
  await page.goto('/people/');
  const nudge = page.getByTestId('backup-nudge');
  await expect(nudge).toContainText('Last backup 12 days ago · Back up now');
  await nudge.getByRole('button', { name: 'Not now' }).click();
  await expect(nudge).toHaveCount(0);
  await page.goto('/notes/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('backup-nudge')).toHaveCount(0);
  const mark = await page.evaluate(() => JSON.parse(localStorage.getItem('fuk:last-backup')!));
  expect(Date.parse(mark.quietUntil) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
});

/**
 * A file picker that returns a real file handle from the origin's private file system, whose permission the
 * test controls (`test:permission`), and that counts the writes (`__writes`).
 */
async function stubFilePicker(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w['__writes'] = 0;
    w['showSaveFilePicker'] = async () =>
      (await navigator.storage.getDirectory()).getFileHandle('backup.json', { create: true });
    const proto = FileSystemHandle.prototype as unknown as Record<string, unknown>;
    proto['queryPermission'] = async () => localStorage.getItem('test:permission') ?? 'granted';
    proto['requestPermission'] = async () => {
      localStorage.setItem('test:permission', 'granted');
      return 'granted';
    };
    const create = FileSystemFileHandle.prototype.createWritable;
    FileSystemFileHandle.prototype.createWritable = function (...args) {
      w['__writes'] = (w['__writes'] as number) + 1;
      return create.apply(this, args);
    };
  });
}
/**
 * The backup file's text; read again while a write still holds it or swaps its new text in (Chromium then says
 * NotReadableError, or NotFoundError for a moment).
 */
async function fileText(page: Page): Promise<string> {
  for (let tries = 1; ; tries++) {
    try {
      return await page.evaluate(async () => {
        const root = await navigator.storage.getDirectory();
        return (await (await root.getFileHandle('backup.json')).getFile()).text();
      });
    } catch (error) {
      if (tries >= 20 || !/NotReadableError|NotFoundError/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
const writes = (page: Page) => page.evaluate(() => (window as unknown as { __writes: number }).__writes);

test('the automatic backup file: written once after a burst of typing, and again after permission comes back', async ({
  page,
}) => {
  await stubFilePicker(page);
  await page.clock.install();
  await seedStorage(page, currentDoc);
  await page.goto('/data/');
  await page.getByRole('button', { name: 'Keep a backup file up to date' }).click();
  await expect(page.getByTestId('auto-backup-state')).toContainText('Keeping “backup.json” up to date');
  await expect(page.getByTestId('auto-backup-state')).not.toContainText('not yet');
  expect(JSON.parse(await fileText(page)).profile.cellPhone).toBe(currentDoc.profile.cellPhone);
  expect(await writes(page)).toBe(1);

  // Typing: each keystroke is saved, but the file is written once, a minute after the last write.
  await page.getByText('Your contact details').click();
  const cell = page.getByLabel('Cell phone');
  await cell.fill('');
  await cell.pressSequentially('555 0199');
  await page.clock.runFor(20_000);
  expect(await writes(page)).toBe(1);
  await page.clock.runFor(41_000);
  await expect.poll(() => writes(page)).toBe(2);
  await expect.poll(async () => JSON.parse(await fileText(page)).profile.cellPhone).toBe('555 0199');

  // A later visit where the browser wants permission again: one click, and the change waiting is written.
  await page.evaluate(() => localStorage.setItem('test:permission', 'prompt'));
  await page.goto('/checklist/');
  await page.evaluate(() => {
    const raw = JSON.parse(localStorage.getItem('fuk:data')!);
    raw.profile.email = 'dana@new.example.com';
    localStorage.setItem('fuk:data', JSON.stringify(raw));
  });
  await page.reload();
  const ask = page.getByTestId('auto-backup-permission');
  await expect(ask).toContainText('Your backup file needs your permission again');
  expect(await writes(page)).toBe(0);
  await ask.getByRole('button', { name: 'Allow' }).click();
  await expect.poll(async () => JSON.parse(await fileText(page)).profile.email).toBe('dana@new.example.com');
  await expect(ask).toHaveCount(0);

  // Off in one click: nothing more is written.
  await page.goto('/data/');
  await page.getByRole('button', { name: 'Turn off' }).click();
  await expect(page.getByRole('button', { name: 'Keep a backup file up to date' })).toBeVisible();
});

for (const [where, error, says] of [
  ['in a read-only place', 'NoModificationAllowedError', 'cannot be written (read-only)'],
  ['on a full disk', 'QuotaExceededError', 'The disk is full: free some space'],
  ['in a system folder', 'SecurityError', 'does not allow writing to that place'],
  ['that fails for a reason not foreseen', 'UnknownError', 'It said: “Cannot write”'],
] as const)
  test(`a backup file ${where} says so, the tool keeps working, and the nudge returns`, async ({ page }) => {
    const doc = manyInterviews(2);
    await stubFilePicker(page);
    await page.clock.install();
    await page.addInitScript((name) => {
      FileSystemFileHandle.prototype.createWritable = () =>
        Promise.reject(new DOMException('Cannot write', name));
    }, error);
    await seedStorage(page, doc);
    await page.goto('/data/');
    await page.getByRole('button', { name: 'Keep a backup file up to date' }).click();
    await expect(page.getByTestId('auto-backup-state')).toContainText(says);
    await expect(page.getByRole('button', { name: 'Choose another file' })).toBeVisible();
    // On the next page the file is tried again a few seconds in; it fails again, and the page says so.
    await page.goto('/checklist/');
    const failed = page.getByTestId('auto-backup-failed');
    // The file code loads after the page; then the write waits a few seconds.
    await expect(async () => {
      await page.clock.runFor(6_000);
      await expect(failed).toContainText('could not be written', { timeout: 500 });
    }).toPass();
    // No backup was made, so the nudge asks for one as if no file were set up.
    await expect(page.getByTestId('backup-nudge')).toContainText('No backup yet · Back up now');
    expect((await stored(page)).interviews).toEqual(doc.interviews);
  });

test('a permission taken back from the file: the page asks again, the nudge returns, and Allow writes', async ({
  page,
}) => {
  const doc = manyInterviews(2);
  await stubFilePicker(page);
  await page.clock.install();
  // Taken back as from the browser's site settings: asked, the browser still says granted, but a write is
  // refused (NotAllowedError) until the person allows it again.
  await page.addInitScript(() => {
    const proto = FileSystemHandle.prototype as unknown as Record<string, () => Promise<string>>;
    const request = proto['requestPermission']!;
    proto['requestPermission'] = () => {
      localStorage.removeItem('test:revoked');
      return request();
    };
    const create = FileSystemFileHandle.prototype.createWritable;
    FileSystemFileHandle.prototype.createWritable = function (...args) {
      if (localStorage.getItem('test:revoked'))
        return Promise.reject(new DOMException('Permission revoked', 'NotAllowedError'));
      return create.apply(this, args);
    };
  });
  await seedStorage(page, doc);
  await page.goto('/data/');
  await page.evaluate(() => localStorage.setItem('test:revoked', '1'));
  await page.getByRole('button', { name: 'Keep a backup file up to date' }).click();
  await expect(page.getByTestId('auto-backup-state')).toContainText(
    'The browser wants your permission again to write “backup.json”',
  );

  // On a tool page the file is tried a few seconds in, refused again: the page asks, and the nudge is back.
  await page.goto('/checklist/');
  const ask = page.getByTestId('auto-backup-permission');
  await expect(async () => {
    await page.clock.runFor(6_000);
    await expect(ask).toContainText('Your backup file needs your permission again', { timeout: 500 });
  }).toPass();
  await expect(page.getByTestId('backup-nudge')).toContainText('No backup yet · Back up now');
  expect((await stored(page)).interviews).toEqual(doc.interviews);

  await ask.getByRole('button', { name: 'Allow' }).click();
  await expect.poll(async () => JSON.parse(await fileText(page)).interviews).toEqual(doc.interviews);
  await expect(ask).toHaveCount(0);
  await expect(page.getByTestId('backup-nudge')).toHaveCount(0);
});

// Chromium keeps a module that failed to load as failed for the life of the page: Retry asks again in the page
// and, when that fails too, reloads it, which fetches afresh.
test('a part that fails to load says so with Retry, and Retry brings it', async ({ page }) => {
  await seedStorage(page, currentDoc);
  let failing = true;
  await page.route(/\/_astro\/InterviewView\.[\w-]+\.js$/, (route) =>
    failing ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.goto('/checklist/#interview=i1');
  const alert = page.getByRole('alert').filter({ hasText: 'This part did not load' });
  await expect(alert).toBeVisible();
  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Operations coordinator at Harbor Foods' }),
  ).toBeVisible();
  await expect(alert).toHaveCount(0);
});

test('adding an interview while its code cannot load keeps what was typed, says so, and adds it on the next try', async ({
  page,
}) => {
  let failing = true;
  await page.route(/\/_astro\/interview-actions\.[\w-]+\.js$/, (route) =>
    failing ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.goto('/checklist/');
  await page.getByRole('textbox', { name: 'Company' }).fill('Harbor <b>Foods</b>');
  await page.getByRole('button', { name: 'Add interview' }).click();
  await expect(page.getByRole('alert')).toContainText('Not added yet');
  await expect(page.getByRole('textbox', { name: 'Company' })).toHaveValue('Harbor <b>Foods</b>');
  expect((await stored(page))?.interviews ?? []).toEqual([]);
  failing = false;
  // The second try reloads the page (see above), keeping the entry, and adds it.
  await page.getByRole('textbox', { name: 'Role' }).fill('Buyer');
  await page.getByRole('button', { name: 'Add interview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor <b>Foods</b>' })).toBeVisible();
  expect(
    (await stored(page)).interviews.map((i: { company: string; role: string }) => [i.company, i.role]),
  ).toEqual([['Harbor <b>Foods</b>', 'Buyer']]);
});

test('a button whose code cannot load says so, and works when pressed again', async ({ page }) => {
  await seedStorage(page, currentDoc);
  let failing = true;
  await page.route(/\/_astro\/transfer\.[\w-]+\.js$/, (route) =>
    failing ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.goto('/data/');
  const create = page.getByRole('button', { name: 'Create a transfer link' });
  await create.click();
  await expect(page.getByRole('status').filter({ hasText: 'did not load' })).toContainText('Try again');
  await expect(page.getByTestId('transfer-code')).toHaveCount(0);
  failing = false;
  // The second try fetches afresh (after a reload where the browser keeps the failure: see above).
  await expect(async () => {
    if (page.url().endsWith('/data/')) await create.click({ timeout: 1000 });
    await expect(page.getByTestId('transfer-code')).toBeVisible({ timeout: 1000 });
  }).toPass();
  expect(await stored(page)).toEqual(currentDoc);
});

test('data this site saved opens without loading the validator; other data loads it, with Retry when it cannot', async ({
  page,
}) => {
  // Data put there as an older version of the site left it: no seal beside it.
  await seedStorage(page, currentDoc);
  let validatorLoads = 0;
  let failing = false;
  await page.route(/\/_astro\/migrate\.[\w-]+\.js$/, (route) => {
    validatorLoads += 1;
    return failing ? route.abort('internetdisconnected') : route.continue();
  });
  const interview = page.getByRole('link', { name: /Operations coordinator at Harbor Foods/ });
  await page.goto('/checklist/');
  await expect(interview).toBeVisible();
  expect(validatorLoads).toBe(1);
  // The next visit reads what this site sealed, without the validator.
  await page.reload();
  await expect(interview).toBeVisible();
  expect(validatorLoads).toBe(1);

  // Changed outside the site (another version, a hand edit): validated again; if that cannot load, the tool
  // says so and leaves the data as it is.
  const edited = JSON.stringify({
    ...currentDoc,
    profile: { ...currentDoc.profile, name: 'Edited Elsewhere' },
  });
  await page.evaluate((raw) => localStorage.setItem('fuk:data', raw), edited);
  failing = true;
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'This part did not load' });
  await expect(alert).toContainText('Your saved data is untouched.');
  await expect(interview).toHaveCount(0);
  expect(await savedData(page)).toBe(edited);
  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(interview).toBeVisible();
  expect(await savedData(page)).toBe(edited);
});
