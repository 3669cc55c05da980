import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { startProxy } from '../support/proxy.ts';
import { Page, Skip, StepError, type StoredDoc, type Target } from './driver.ts';

/**
 * The core journeys, written once against `Page` and run in every engine. Each checks what the user gets:
 * the stored document and the text on the page, never only that nothing threw.
 */
export interface Journey {
  name: string;
  /** Longest it may take, ms (installing the service worker precaches the whole site). */
  timeout: number;
  run: (page: Page) => Promise<void>;
}

const INTERVIEW = {
  company: 'Brightwater Labs',
  role: 'Product designer',
  heading: 'Product designer at Brightwater Labs',
  person: 'Dana Nguyen',
  line: 'Dana Nguyen, Head of Design, dana@example.com',
};
const NOTE = {
  me: 'Priya Raman',
  detail: 'the plan to redesign the onboarding flow',
  strength: 'user research',
};

const card = (name: string): Target => ({ role: 'region', name });
const peopleField: Target = { label: /^(Who interviewed you|Add someone else you met)/ };

function check(ok: unknown, what: string, seen?: unknown): asserts ok {
  if (!ok)
    throw new StepError(
      `${what}${seen === undefined ? '' : `; seen: ${JSON.stringify(seen)?.slice(0, 500)}`}`,
    );
}

/** Today in the browser's own time zone, as a date field holds it. */
const browserToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

/** Records the interview with Dana through the checklist, from empty storage. */
async function recordInterview(page: Page): Promise<string> {
  await page.goto('/');
  await page.clearStorage();
  await page.goto('/checklist/#add=interview');
  const today = await browserToday(page);
  await page.fill({ label: 'Company' }, INTERVIEW.company);
  await page.fill({ label: 'Role' }, INTERVIEW.role);
  await page.fill({ label: 'Date' }, today);
  await page.click({ role: 'button', name: 'Add interview' });
  await page.waitFor({ role: 'heading', name: INTERVIEW.heading });
  await page.fill(peopleField, INTERVIEW.line);
  await page.press(peopleField, 'Enter');
  await page.waitText(card(INTERVIEW.person), /Head of Design/);
  return today;
}

/** The journeys after the first start from its interview; if it is not stored (the first failed), record it. */
async function ensureInterview(page: Page): Promise<void> {
  await page.goto('/');
  const doc = await page.stored();
  if (!doc?.interviews.some((i) => i.people.some((p) => p.name === INTERVIEW.person)))
    await recordInterview(page);
}

const firstInterview = async (page: Page) => {
  const doc = await page.poll(
    () => page.stored(),
    (d) => !!d?.interviews.length,
    'an interview in localStorage fuk:data',
  );
  return doc!.interviews[0]!;
};

const checklist: Journey = {
  name: 'checklist: create, reload, edit, reload',
  timeout: 90_000,
  async run(page) {
    const today = await recordInterview(page);
    const stored = await firstInterview(page);
    check(
      stored.company === INTERVIEW.company && stored.role === INTERVIEW.role && stored.at.startsWith(today),
      `stored interview is ${INTERVIEW.company} / ${INTERVIEW.role} / ${today}`,
      stored,
    );
    const dana = stored.people[0];
    check(
      dana?.name === INTERVIEW.person && dana.title === 'Head of Design' && dana.email === 'dana@example.com',
      'stored person is Dana Nguyen, Head of Design, dana@example.com',
      stored.people,
    );

    await page.reload();
    await page.waitText(card(INTERVIEW.person), /Head of Design.*dana@example\.com/);
    await page.waitText({ css: '.due-item' }, /Thank Dana Nguyen/);
    await page.waitFor({ role: 'link', name: 'Write note: Thank Dana Nguyen' });

    await page.click({ role: 'button', name: 'Edit Dana Nguyen', within: card(INTERVIEW.person) });
    await page.fill({ label: 'Job title', within: card(INTERVIEW.person) }, 'Design Director');
    await page.click({ role: 'button', name: 'Done', within: card(INTERVIEW.person) });
    await page.waitText(card(INTERVIEW.person), /Design Director/);
    await page.reload();
    const shown = await page.waitText(card(INTERVIEW.person), /Design Director/);
    check(!shown.includes('Head of Design'), 'the old title is gone after reload', shown);
    const after = await firstInterview(page);
    check(after.people[0]?.title === 'Design Director', 'the edited title is stored', after.people);
  },
};

const note: Journey = {
  name: 'note: from the due entry, build, mailto, copy',
  timeout: 90_000,
  async run(page) {
    await ensureInterview(page);
    await page.goto('/checklist/');
    await page.click({ role: 'link', name: 'Write note: Thank Dana Nguyen' });
    await page.poll(
      () => page.url(),
      (u) => /\/notes\/#interview=[\w-]+&to=[\w-]+&situation=thank-you$/.test(u),
      'the note builder opens for Dana',
    );
    await page.waitFor({ role: 'heading', name: /Thank-you note to Dana Nguyen/ });
    await page.fill({ label: 'Your name, as you sign' }, NOTE.me);
    await page.fill({ label: 'What they said matters to them or the team' }, NOTE.detail);
    await page.fill({ label: 'Strength 1' }, NOTE.strength);
    const body = { label: 'Text of the note' };
    const text = await page.poll(
      () => page.value(body),
      (t) => [NOTE.me, NOTE.detail, NOTE.strength].every((s) => t.includes(s)),
      'the note contains the name, the detail and the strength',
    );
    check(/Dana|Nguyen/.test(text.split('\n')[0] ?? ''), 'the note greets Dana', text.split('\n')[0]);

    const href = (await page.attr({ role: 'link', name: 'Open in email app' }, 'href')) ?? '';
    check(href.startsWith('mailto:'), 'the email link is a mailto: link', href);
    check(
      href.includes(encodeURIComponent(NOTE.me)),
      `the email link carries ${encodeURIComponent(NOTE.me)}`,
      href,
    );
    check(
      decodeURIComponent(href.slice(7, href.indexOf('?'))) === 'dana@example.com',
      'the email link is addressed to dana@example.com',
      href,
    );
    check(decodeURIComponent(href).includes(NOTE.detail), 'the email body holds the note', href);

    await page.click({ role: 'button', name: 'Copy note' });
    const status = await page.waitText({ css: '.note-status' }, /Copied the note|did not allow copying/);
    const doc = await firstInterview(page);
    const danaId = doc.people.find((p) => p.name === INTERVIEW.person)!.id;
    let via: string;
    if (status.includes('Copied')) {
      via = 'copied';
    } else {
      // The engine refused the clipboard: the note is offered selected, to copy by hand, then marked sent.
      const manual = await page.value({ label: 'Note to copy' });
      check(
        manual.includes(NOTE.detail) && manual.includes(NOTE.me),
        'the manual copy holds the note',
        manual,
      );
      await page.click({ role: 'button', name: 'Mark as sent' });
      via = 'marked';
      console.log(`    (${page.engine}: the clipboard was refused; the manual-copy fallback appeared)`);
    }
    // Said on the page (the wording is the note builder's own), and recorded below.
    await page.waitText({ css: '.note-actions' }, /sent to Dana Nguyen/i);
    const sent = await page.poll(
      () => page.stored(),
      (d) => !!d?.interviews[0]?.done[`thank-you-sent:${danaId}`],
      'the checklist records the thank-you as sent',
    );
    const draft = Object.entries(sent!.drafts).find(([k]) => k.includes(danaId))?.[1];
    check(draft?.sentVia === via, `the draft says how it was sent (${via})`, draft);
    check(sent!.profile.name === NOTE.me, 'the user’s name is kept for the next note', sent!.profile);
  },
};

const backup: Journey = {
  name: 'data: backup file, then restore it',
  timeout: 90_000,
  async run(page) {
    await ensureInterview(page);
    await page.goto('/data/');
    // Keep what the page hands to the browser as a download (its blob and file name), and keep the
    // engine's own download handling (a file dialog in MiniBrowser) out of the way.
    await page.evaluate(() => {
      const blobs = new Map<string, Blob>();
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (obj: Blob | MediaSource) => {
        const url = create(obj);
        if (obj instanceof Blob) blobs.set(url, obj);
        return url;
      };
      const saved: { name: string; blob: Blob | undefined }[] = [];
      (window as unknown as { __downloads: typeof saved }).__downloads = saved;
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.hasAttribute('download')) saved.push({ name: this.download, blob: blobs.get(this.href) });
        else click.call(this);
      };
    });
    await page.click({ role: 'button', name: 'Download a backup' });
    const file = await page.poll(
      () =>
        page.evaluate(async () => {
          const d = (window as unknown as { __downloads: { name: string; blob?: Blob }[] }).__downloads[0];
          return d ? { name: d.name, text: d.blob ? await d.blob.text() : '' } : null;
        }),
      (f) => !!f,
      'the backup download',
    );
    check(
      /^follow-up-kit-backup-\d{4}-\d{2}-\d{2}\.json$/.test(file!.name),
      'the backup file name',
      file!.name,
    );
    const backupDoc = JSON.parse(file!.text) as StoredDoc;
    check(
      backupDoc.interviews[0]?.company === INTERVIEW.company,
      'the backup holds the interview',
      backupDoc,
    );
    await page.waitText({ css: '[data-testid=backup-status]' }, /Last backup:/);

    const dir = mkdtempSync(join(tmpdir(), 'fuk-engines-'));
    const path = join(dir, file!.name);
    writeFileSync(path, file!.text);
    await page.clearStorage();
    await page.reload();
    check((await page.stored()) === null, 'storage is empty before the restore');
    try {
      await page.upload({ label: /^Backup file/ }, path);
      await page.waitText({ css: '[data-testid=restore-preview]' }, /holds 1 interview: 1 new/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await page.click({ role: 'button', name: 'Replace everything' });
    const restored = await page.poll(
      () => page.stored(),
      (d) => !!d?.interviews.length,
      'the restored data in localStorage',
    );
    check(
      isDeepStrictEqual(restored!.interviews, backupDoc.interviews),
      'the restored interviews equal the backup’s',
      restored!.interviews,
    );
    await page.goto('/checklist/');
    await page.waitText({ css: '.interview-card' }, new RegExp(INTERVIEW.heading));
  },
};

const transfer: Journey = {
  name: 'data: sealed transfer link into empty storage, wrong code then right',
  timeout: 90_000,
  async run(page) {
    await ensureInterview(page);
    await page.goto('/data/');
    await page.click({ role: 'button', name: 'Create a transfer link' });
    const link = await page.poll(
      () => page.value({ label: 'Transfer link' }),
      (v) => /\/data\/#transfer=s1\.[\w-]+$/.test(v ?? ''),
      'the sealed transfer link',
    );
    await page.waitFor({ role: 'img', name: 'QR code of the transfer link' });
    const code = await page.waitText({ css: '[data-testid=transfer-code]' }, /^[a-z]+( [a-z]+){3}$/);
    check(!link.includes(code.split(' ')[0]!), 'the code is not in the link', link);
    const before = await page.stored();

    // As on another device: nothing stored, then the link opened.
    await page.clearStorage();
    await page.goto('/');
    await page.goto(link);
    // The wrong code first: it says so and opens nothing; then the right one, typed loosely.
    await page.fill({ label: 'Code from the other device' }, 'wrong words typed here');
    await page.click({ role: 'button', name: 'Open the link' });
    await page.waitText({ css: '#transfer-code-error' }, /does not open the link/);
    check((await page.stored()) === null, 'a wrong code changes nothing');
    await page.fill({ label: 'Code from the other device' }, `  ${code.toUpperCase()} `);
    await page.click({ role: 'button', name: 'Open the link' });
    await page.waitText(
      { css: '[data-testid=restore-preview]' },
      /The transfer link holds 1 interview: 1 new/,
    );
    const url = await page.url();
    check(!url.includes('transfer='), 'the data leaves the address bar', url);
    check((await page.stored()) === null, 'nothing is stored before the user confirms');
    await page.click({ role: 'button', name: 'Replace everything' });
    const after = await page.poll(
      () => page.stored(),
      (d) => !!d?.interviews.length,
      'the data from the link',
    );
    check(
      isDeepStrictEqual(after!.interviews, before!.interviews),
      'the link carried the same interviews',
      after!.interviews,
    );
  },
};

const search: Journey = {
  name: 'search: header field, results, open one',
  timeout: 60_000,
  async run(page) {
    await page.goto('/guide/');
    const field = { css: '#site-search-input' };
    await page.fill(field, 'snail mail');
    await page.waitText({ css: '.site-search [role=status]' }, /\d+ results? for “snail mail”/);
    const option = { role: 'option', name: /Be easy to reach/ };
    await page.waitFor(option);
    await page.click(option);
    const url = await page.poll(
      () => page.url(),
      (u) => /\/guide\/be-easy-to-reach\/(#[\w-]+)?$/.test(u),
      'the result opens its page',
    );
    check(url.includes('#what-they-need-to-reach-you'), 'the result opens at the section that answers', url);
    await page.waitText({ role: 'heading', name: /./ }, /reach/i);
  },
};

const offline: Journey = {
  name: 'offline: after one visit, pages, tools and search',
  timeout: 180_000,
  async run(page) {
    // The site through a proxy of its own: an origin whose worker and storage are fresh, and which can go
    // offline for this browser alone by closing.
    const proxy = await startProxy(page.base, (_path, body) => body);
    let open = true;
    try {
      await page.goto(`${proxy.origin}/`);
      const support = await page.evaluate(() => ({
        serviceWorker: 'serviceWorker' in navigator,
        secure: isSecureContext,
      }));
      if (!support.serviceWorker)
        throw new Skip(
          `${page.engine} offers no navigator.serviceWorker to this page under automation (secure context: ${support.secure})`,
        );
      const ready = await page.evaluate(() =>
        Promise.race([
          navigator.serviceWorker.ready.then(() => 'ready'),
          new Promise<string>((r) => setTimeout(() => r('timeout'), 90_000)),
        ]),
      );
      check(ready === 'ready', 'the service worker installs (navigator.serviceWorker.ready)', ready);
      await page.reload();
      await page.poll(
        () => page.evaluate(() => !!navigator.serviceWorker.controller),
        (c) => c,
        'the service worker controls the page',
      );

      await proxy.close();
      open = false;
      const reachable = await fetch(`${proxy.origin}/`).then(
        () => true,
        () => false,
      );
      check(!reachable, 'the site is unreachable now');

      await page.goto(`${proxy.origin}/guide/after-a-no/`);
      await page.waitText({ role: 'heading', name: /./ }, /thank them anyway/);
      await page.goto(`${proxy.origin}/checklist/`);
      await page.fill({ label: 'Company' }, 'Offline Co');
      await page.click({ role: 'button', name: 'Add interview' });
      await page.waitFor({ role: 'heading', name: /Offline Co/ });
      await page.goto(`${proxy.origin}/notes/`);
      await page.waitFor({ css: '[data-testid=note-body]' });
      await page.goto(`${proxy.origin}/search/?q=references`);
      await page.poll(
        () => page.attr({ css: '[data-search-page-results] a' }, 'href'),
        (h) => /prepare-your-references/.test(h ?? ''),
        'search results offline',
      );
    } finally {
      if (open) await proxy.close();
    }
  },
};

const people: Journey = {
  name: 'people: open a person, set a rhythm, log a contact, reload',
  timeout: 90_000,
  async run(page) {
    await ensureInterview(page);
    await page.goto('/people/');
    await page.click({ role: 'link', name: INTERVIEW.person });
    await page.waitFor({ role: 'heading', name: INTERVIEW.person });
    await page.waitText({ css: '.touch-next' }, 'No reminder set.');
    await page.fill({ label: 'Remind me' }, '1');
    // Counted from the interview, today: a month on, at 09:00.
    const expected = await page.evaluate(() => {
      const d = new Date();
      const next = new Date(d.getFullYear(), d.getMonth() + 1, 1);
      const last = new Date(next.getFullYear(), next.getMonth() + 1, 0).getDate();
      return `${next.toLocaleDateString('en-US', { month: 'short' })} ${Math.min(d.getDate(), last)}`;
    });
    await page.waitText({ css: '.touch-next' }, new RegExp(`Get in touch by \\w+, ${expected}`));
    await page.fill({ label: 'A line about it (optional)' }, 'Sent the article on onboarding');
    await page.click({ role: 'button', name: 'Log contact' });
    await page.waitText({ css: '.log-said' }, /^Logged\. Next: Get in touch by/);
    await page.reload();
    await page.waitText({ css: '.history' }, /Emailed: Sent the article on onboarding/);
    const doc = await page.stored<{
      contacts: Record<string, { rhythm: string; log: { notes: string }[] }>;
    }>();
    const entry = Object.values(doc?.contacts ?? {})[0];
    check(
      entry?.rhythm === 'every' && entry.log[0]?.notes === 'Sent the article on onboarding',
      'the rhythm and the logged contact are stored',
      doc?.contacts,
    );
  },
};

export const JOURNEYS: Journey[] = [checklist, note, people, backup, transfer, search, offline];
