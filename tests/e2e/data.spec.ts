import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { HOSTILE, currentDoc, manyInterviews, v1Doc } from '../fixtures/stored';
import { transferBomb } from '../fixtures/transfer-bomb';
import { savedData, seedStorage } from '../support/browser';

const seed = seedStorage;
const stored = async (page: Page) => JSON.parse((await savedData(page)) ?? 'null');
const axe = async (page: Page) =>
  (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
/** Whether the page scrolls sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Parses a calendar with a real iCalendar parser: each event with its reminders as moments. */
function calendarEvents(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    const start = event.startDate.toJSDate();
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      alarms: v
        .getAllSubcomponents('valarm')
        .map(
          (a) =>
            new Date(
              start.getTime() + (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() * 1000,
            ),
        ),
    };
  });
}

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
  await expect(page.getByTestId('restore-preview')).toContainText('holds 1 interview: 1 new');
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
    '1 new, 0 changed, 0 the same as here. 1 interview here is not in it.',
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
  await page.clock.setFixedTime(new Date('2026-11-22T12:00:00'));
  await seed(page, {
    ...currentDoc,
    interviews: [{ ...currentDoc.interviews[0]!, company: 'Smith, Jones; Co', place: HOSTILE }],
  });
  await page.goto('/data/');
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('button', { name: /Reminders for Operations coordinator at Smith, Jones; Co/ })
    .click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('follow-up-smith-jones-co-2026-11-23.ics');
  const events = calendarEvents(readFileSync((await file.path())!, 'utf8'));
  // The thank-you to Katherine Okafor is already sent: it is left out.
  expect(events.map((e) => e.summary)).toEqual([
    'Interview: Operations coordinator at Smith, Jones; Co',
    'Brief Maria Lopez, your reference (Operations coordinator at Smith, Jones; Co)',
    'Follow up with Smith, Jones; Co',
  ]);
  expect(events[0]?.description).toBe(HOSTILE);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
    'follow-up-smith-jones-co-2026-11-23.ics',
  );
});

test('every interview’s open dates download as one calendar, the same events each time', async ({ page }) => {
  const now = new Date('2026-06-15T12:00:00');
  await page.clock.setFixedTime(now);
  await seed(page, manyInterviews(12));
  await page.goto('/data/');
  const save = async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'All interviews in one calendar file (.ics)' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('follow-up-all-interviews.ics');
    return calendarEvents(readFileSync((await file.path())!, 'utf8'));
  };
  const events = await save();
  const uids = events.map((e) => e.uid);
  expect(new Set(uids).size).toBe(uids.length);
  // Every interview's follow-up is open; each thank-you to the first interviewer is done and left out.
  for (let k = 0; k < 12; k++) expect(uids).toContain(`i${k}-follow-up-sent@follow-up-kit`);
  expect(uids.filter((u) => u.includes('thank-you-sent:p1'))).toEqual([]);
  expect(uids).toContain('i11-thank-you-sent:p3@follow-up-kit');
  expect(events.find((e) => e.uid === 'i11-interview@follow-up-kit')?.summary).toBe(
    'Interview: Operations coordinator at Company 11',
  );
  for (const e of events)
    for (const alarm of e.alarms) expect(alarm.getTime()).toBeGreaterThan(now.getTime());
  expect(events.some((e) => e.alarms.length === 2)).toBe(true);
  expect((await save()).map((e) => e.uid)).toEqual(uids);
});

test('the contact card downloads as a vCard a real parser reads, with its QR code and a signature', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const name = "Siobhán O'Brien, Jr.; 🌻";
  await seed(page, { ...currentDoc, profile: { ...currentDoc.profile, name, homePhone: '' } });
  await page.goto('/data/');
  await page.getByRole('button', { name: 'Make my contact card' }).click();
  await expect(page.getByRole('img', { name: 'QR code of your contact card' })).toBeVisible();
  await expect(page.getByTestId('card-status')).toHaveText('Your contact card is ready below.');
  await expect(page.getByRole('button', { name: 'Download contact card (.vcf)' })).toBeFocused();
  // Missing channels are pointed out once, kindly.
  await expect(page.getByText(/no home phone yet/)).toHaveCount(1);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download contact card (.vcf)' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('siobhan-o-brien-jr-contact.vcf');
  const card = new ICAL.Component(ICAL.parse(readFileSync((await file.path())!, 'utf8')));
  expect(card.getFirstPropertyValue('version')).toBe('4.0');
  expect(card.getFirstPropertyValue('fn')).toBe(name);
  const tel = card.getAllProperties('tel');
  expect(tel.map((t) => [t.getParameter('type'), t.getFirstValue()])).toEqual([['cell', '(555) 010-3000']]);
  expect(card.getFirstPropertyValue('email')).toBe('dana.reyes@example.com');
  // A stable UID, kept with the data: the next card, after a reload, carries the same one.
  const uid = card.getFirstPropertyValue('uid');
  expect(uid).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  expect((await stored(page)).cardUid).toBe(uid);

  await expect(page.getByRole('textbox', { name: 'Email signature' })).toHaveValue(
    `${name}\nCell: (555) 010-3000\ndana.reyes@example.com\n12 Elm Street, Riverton`,
  );
  await page.getByRole('button', { name: 'Copy signature' }).click();
  await expect(page.getByTestId('card-status')).toHaveText(
    'Copied the signature: paste it under your emails.',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Cell: (555) 010-3000');

  // The card follows the details as they change.
  await page.getByRole('textbox', { name: 'Home phone' }).fill('(555) 010-2000');
  await expect(page.getByText(/no home phone yet/)).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Email signature' })).toHaveValue(/Home: \(555\) 010-2000/);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axe(page), scheme).toEqual([]);
  }
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await overflow(page)).toBe(false);
});

test('the contact card is shared as a .vcf file where the browser can share files', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: { name: string; type: string; text: Promise<string> }[] = [];
    Object.assign(window, { shared });
    Object.assign(navigator, {
      canShare: (data: { files?: File[] }) => !!data.files?.every((f) => f.name.endsWith('.vcf')),
      share: async (data: { files: File[] }) => {
        for (const f of data.files) shared.push({ name: f.name, type: f.type, text: f.text() });
      },
    });
  });
  await seed(page, currentDoc);
  await page.goto('/data/');
  await page.getByRole('button', { name: 'Make my contact card' }).click();
  await page.getByRole('button', { name: 'Share contact card' }).click();
  await expect(page.getByTestId('card-status')).toHaveText('Shared your contact card.');
  const shared = await page.evaluate(async () => {
    const list = (window as unknown as { shared: { name: string; type: string; text: Promise<string> }[] })
      .shared;
    return Promise.all(list.map(async (s) => ({ name: s.name, type: s.type, text: await s.text })));
  });
  expect(shared).toHaveLength(1);
  expect(shared[0]).toMatchObject({ name: 'dana-reyes-contact.vcf', type: 'text/vcard' });
  expect(shared[0]!.text).toContain('FN:Dana Reyes\r\n');
  // The download stays offered beside it.
  await expect(page.getByRole('button', { name: 'Download contact card (.vcf)' })).toBeVisible();
});

test('an empty profile gives a clear message instead of a contact card, until details are filled in', async ({
  page,
}) => {
  await seed(page, {
    ...currentDoc,
    profile: { name: '', homePhone: '', cellPhone: '', email: '', postalAddress: '' },
  });
  await page.goto('/data/');
  await page.getByRole('button', { name: 'Make my contact card' }).click();
  await expect(page.getByTestId('card-status')).toContainText('Your details are empty');
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Download contact card (.vcf)' })).toHaveCount(0);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axe(page), scheme).toEqual([]);
  }
  await page.getByRole('textbox', { name: 'Your name' }).fill('Dana Reyes');
  await expect(page.getByTestId('card-status')).toContainText('Add at least one way to reach you');
  await page.getByRole('textbox', { name: 'Email' }).fill(`dana@example.com\r\nTEL:666 ${HOSTILE}`);
  await expect(page.getByTestId('card-status')).toHaveText('Your contact card is ready below.');
  await expect(page.getByText(/no home phone, cell phone, and postal address yet/)).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

for (const [granted, answer] of [
  [true, 'The browser said yes: it keeps the site’s data unless you clear it yourself'],
  [false, 'The browser said no, for now.'],
] as const) {
  test(`asking the browser to keep the data shows its answer (${granted ? 'yes' : 'no'}) and what it means`, async ({
    page,
  }) => {
    await page.addInitScript((yes) => {
      Object.assign(navigator.storage, { persisted: async () => false, persist: async () => yes });
    }, granted);
    await seed(page, currentDoc);
    await page.goto('/data/');
    await page.getByRole('button', { name: 'Ask the browser to keep it' }).click();
    await expect(page.getByTestId('persist-answer')).toContainText(answer);
    if (!granted) {
      await expect(page.getByTestId('persist-answer')).toContainText(
        'a backup file keeps your interviews safe',
      );
      await expect(page.getByRole('button', { name: 'Ask the browser again' })).toBeVisible();
    } else await expect(page.getByRole('button', { name: /Ask the browser/ })).toHaveCount(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axe(page), scheme).toEqual([]);
    }
  });
}

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
  expect(link).toMatch(/\/data\/#transfer=s1\.[\w-]+$/);
  const code = (await page.getByTestId('transfer-code').textContent())!;
  expect(code).toMatch(/^[a-z]+( [a-z]+){3}$/);

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
  expect(fresh.url()).not.toContain('transfer=');
  // A wrong code: said so, nothing opened, nothing stored.
  const codeField = fresh.getByLabel('Code from the other device');
  await codeField.fill('apple banana cherry grape');
  await fresh.getByRole('button', { name: 'Open the link' }).click();
  await expect(fresh.getByRole('alert').filter({ hasText: 'does not open the link' })).toContainText(
    'Nothing was changed',
  );
  await expect(fresh.getByTestId('restore-preview')).toHaveCount(0);
  // The right one, typed with capitals and extra spaces.
  await codeField.fill(`  ${code.toUpperCase().replace(/ /g, '   ')} `);
  await fresh.getByRole('button', { name: 'Open the link' }).click();
  await expect(fresh.getByTestId('restore-preview')).toContainText(
    'The transfer link holds 1 interview: 1 new',
  );
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
    // Nor the code.
    expect((request.url + request.headers + request.body).toLowerCase()).not.toContain(
      code.split(' ').join(''),
    );
  }
  expect(await fresh.evaluate(() => localStorage.getItem('fuk:data'))).toBeNull();
  await fresh.getByRole('button', { name: 'Replace everything' }).click();
  expect(await stored(fresh)).toEqual(currentDoc);
  await other.close();
});

test('an older, unsealed transfer link still opens without a code', async ({ page }) => {
  await page.goto('/');
  // Made as links were before they were sealed: the data compressed, in the fragment.
  const fragment = await page.evaluate(async (doc) => {
    const packed = new Blob([JSON.stringify(doc)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(packed).arrayBuffer());
    return btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  }, currentDoc);
  await page.goto(`/data/#transfer=${fragment}`);
  await expect(page.getByTestId('restore-preview')).toContainText('The transfer link holds 1 interview');
  await expect(page.getByLabel('Code from the other device')).toHaveCount(0);
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
    await expect(page.getByTestId('restore-preview')).toContainText('holds 1 interview: 1 new');
    await page.getByRole('button', { name: 'Replace everything' }).click();
    expect((await stored(page)).interviews.map((i: { company: string }) => i.company)).toEqual([
      'Harbor Foods',
    ]);
    // The copy stays until the reader deletes it.
    expect(await keptKeys(page)).toEqual(['fuk:kept-aside:2026-11-20T10:00:00.000Z']);
    expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
  });
});
