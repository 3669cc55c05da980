/**
 * The stores (src/stores) in Node, with a fake localStorage: blocked, full, a pinned key, two tabs, data kept
 * aside. Each test opens a fresh "tab": the store modules are loaded anew over the storage it was given.
 * Only public exports are used, so the tests hold while the document model changes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEPT_ASIDE_PREFIX, STORAGE_KEY } from '../../src/core/model/model';
import { SEAL_KEY, sealOf } from '../../src/core/model/seal';
import { currentDoc, v1Doc } from '../fixtures/stored';
import { type FakeStorage, type StorageMode, fakeStorage, fakeWindow } from '../support/fake-storage';

const before = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');

afterEach(() => {
  vi.unstubAllGlobals();
  if (before) Object.defineProperty(globalThis, 'localStorage', before);
  else delete (globalThis as { localStorage?: Storage }).localStorage;
});

/** Opens a tab over `storage`: sets up window and localStorage, then loads the stores afresh. */
async function openTab(storage: FakeStorage, { blockedAtStart = false, validatorFails = false } = {}) {
  vi.resetModules();
  vi.doUnmock('../../src/core/model/migrate');
  // The validator's file does not load (offline, or a deploy removed it).
  if (validatorFails)
    vi.doMock('../../src/core/model/migrate', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
  const win = fakeWindow(storage, blockedAtStart);
  vi.stubGlobal('window', win);
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get: () => win.localStorage,
  });
  const followup = await import('../../src/core/store/followup');
  const records = await import('../../src/features/checklist/records');
  const interviews = await import('../../src/features/checklist/interview-actions');
  const safe = await import('../../src/core/store/safe-storage');
  const drafts = await import('../../src/features/notes/drafts');
  const backup = await import('../../src/features/data/restore');
  const keptAside = await import('../../src/core/store/kept-aside');
  const card = await import('../../src/features/data/card');
  const marks = await import('../../src/core/backup/backup-state');
  const backupDone = await import('../../src/core/backup/backup-done');
  // A store takes in other tabs' changes only while something listens to it, as the tools do.
  followup.$doc.listen(() => undefined);
  // The tools wait for the stored data to be read (the validator loads for data this site did not seal).
  if (!validatorFails) await followup.docReady();
  return {
    win,
    ...followup,
    ...records,
    ...interviews,
    ...safe,
    ...drafts,
    ...backup,
    ...keptAside,
    ...card,
    ...marks,
    ...backupDone,
  };
}

const stored = (storage: FakeStorage, key = STORAGE_KEY) => {
  const raw = storage.dump()[key];
  return raw === undefined ? undefined : JSON.parse(raw);
};
const companies = (doc: { interviews: { company: string }[] } | undefined) =>
  doc?.interviews.map((i) => i.company).sort();
const withData = (mode: StorageMode = 'ok', raw = JSON.stringify(currentDoc)) =>
  fakeStorage({ [STORAGE_KEY]: raw }, mode);
/** The stored document with one more interview, "Other Tab Co", as another tab would have saved it. */
const withOtherTabsInterview = () => ({
  ...currentDoc,
  interviews: [...currentDoc.interviews, { ...currentDoc.interviews[0]!, id: 'i9', company: 'Other Tab Co' }],
});

/**
 * Another tab saves `doc`: a tab of this version seals what it saves; `sealed: false` is a tab still running an
 * older version of the site. Its storage event arrives when `tab` is given.
 */
function otherTabSaves(
  storage: FakeStorage,
  doc: unknown,
  {
    tab,
    sealed = true,
  }: { tab?: { win: { otherTabWrote: (k: string, v: string) => void } }; sealed?: boolean } = {},
) {
  const text = JSON.stringify(doc);
  storage.setItem(STORAGE_KEY, text);
  if (sealed) storage.setItem(SEAL_KEY, sealOf(text));
  tab?.win.otherTabWrote(STORAGE_KEY, text);
}
/** Everything stored but the seal. */
const unsealed = (storage: FakeStorage) => {
  const { [SEAL_KEY]: _seal, ...rest } = storage.dump();
  return rest;
};
/** The kept-aside list, read as the Data page reads it (checked with the validator, loaded for it). */
async function keptList(tab: {
  $keptAsideList: { listen: (f: () => void) => void; get: () => unknown[] };
  refreshKeptAside: () => Promise<void>;
}) {
  tab.$keptAsideList.listen(() => undefined);
  await tab.refreshKeptAside();
  return tab.$keptAsideList.get();
}

describe('safe storage', () => {
  it('keeps working in memory, and says so, when storage is blocked', async () => {
    const storage = fakeStorage();
    const tab = await openTab(storage, { blockedAtStart: true });
    const id = tab.addInterview({ company: 'Private Mode Co' });
    expect(tab.$doc.get().interviews.map((i) => i.id)).toEqual([id]);
    expect(tab.$saveState.get()).toBe('blocked');
    expect(storage.dump()).toEqual({});
  });

  it('keeps a write that does not fit in memory, says "full", and saves once there is room', async () => {
    const storage = fakeStorage({}, 'full');
    const tab = await openTab(storage);
    tab.addInterview({ company: 'Too Much Co' });
    expect(tab.$saveState.get()).toBe('full');
    expect(storage.dump()).toEqual({});
    expect(companies(tab.$doc.get())).toEqual(['Too Much Co']);

    storage.setMode('ok');
    tab.addInterview({ company: 'Room Again Co' });
    expect(tab.$saveState.get()).toBe('saved');
    expect(companies(stored(storage))).toEqual(['Room Again Co', 'Too Much Co']);
  });

  it('never writes a pinned key, holding its changes in memory', async () => {
    const storage = fakeStorage({ 'fuk:other': 'original' });
    const { createSafeStorage } = await openTab(storage);
    const safe = createSafeStorage();
    safe.pin('fuk:other', 'full');
    safe.engine['fuk:other'] = 'changed';
    expect(storage.dump()['fuk:other']).toBe('original');
    expect(safe.engine['fuk:other']).toBe('changed');
    expect(safe.hasUnsaved('fuk:other')).toBe(true);
  });

  it('says "blocked", not "full", when storage is refused in the middle of a visit', async () => {
    const storage = fakeStorage();
    const tab = await openTab(storage);
    storage.setMode('blocked');
    tab.addInterview({ company: 'Cookies Off Co' });
    expect(tab.$saveState.get()).toBe('blocked');
    expect(companies(tab.$doc.get())).toEqual(['Cookies Off Co']);
  });

  it.each([
    ['a quota error', new DOMException('x', 'QuotaExceededError'), 'full'],
    ["Firefox's quota error", new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED'), 'full'],
    ['a security error (private mode, cookies off)', new DOMException('x', 'SecurityError'), 'blocked'],
    ['anything else', new TypeError('localStorage is null'), 'blocked'],
  ])('reports %s as %s', async (_name, error, expected) => {
    const { storageFailure } = await openTab(fakeStorage());
    expect(storageFailure(error)).toBe(expected);
  });
});

describe('the stored document', () => {
  it('reads what is stored, and saves each change', async () => {
    const storage = withData();
    const tab = await openTab(storage);
    expect(tab.$doc.get()).toEqual(currentDoc);
    tab.addInterview({ company: 'Second Co' });
    expect(companies(stored(storage))).toEqual(['Harbor Foods', 'Second Co']);
  });

  it('takes in what another tab saved', async () => {
    const storage = withData();
    const tab = await openTab(storage);
    const theirs = withOtherTabsInterview();
    otherTabSaves(storage, theirs, { tab });
    expect(companies(tab.$doc.get())).toEqual(['Harbor Foods', 'Other Tab Co']);
  });

  it('takes in what a tab of an older version saved, once it is validated, writing nothing meanwhile', async () => {
    const storage = withData();
    const tab = await openTab(storage);
    const theirs = { ...currentDoc, profile: { ...currentDoc.profile, name: 'Old Tab' } };
    otherTabSaves(storage, theirs, { tab, sealed: false });
    tab.addInterview({ company: 'While Checking Co' });
    // Their text stays as it is until it has been read.
    expect(stored(storage)).toEqual(theirs);
    await tab.docReady();
    expect(tab.$doc.get().profile.name).toBe('Old Tab');
    expect(companies(stored(storage))).toEqual(['Harbor Foods', 'While Checking Co']);
    expect(stored(storage).profile.name).toBe('Old Tab');
  });

  it("keeps both tabs' new interviews when this tab has not yet heard of the other's", async () => {
    const storage = withData();
    const tab = await openTab(storage);
    const theirs = withOtherTabsInterview();
    // The other tab saved; its storage event has not arrived yet.
    otherTabSaves(storage, theirs);
    tab.addInterview({ company: 'This Tab Co' });
    expect(companies(stored(storage))).toEqual(['Harbor Foods', 'Other Tab Co', 'This Tab Co']);
  });

  it("keeps both tabs' changes when their saves cross, each saved before it heard of the other's", async () => {
    const storage = withData();
    const tab = await openTab(storage);
    tab.addInterview({ company: 'This Tab Co' });
    // The other tab had not heard of that save: its own change (a new interview, and the first one renamed)
    // is built on what was stored before, and saved over it.
    const [first, ...rest] = currentDoc.interviews;
    otherTabSaves(
      storage,
      {
        ...currentDoc,
        interviews: [
          { ...first!, company: 'Harbor Foods Group' },
          ...rest,
          withOtherTabsInterview().interviews.at(-1),
        ],
      },
      { tab },
    );
    // What puts this tab's change back loads first; nothing is written meanwhile.
    expect(companies(stored(storage))).toEqual(['Harbor Foods Group', 'Other Tab Co']);
    await tab.docReady();
    const expected = ['Harbor Foods Group', 'Other Tab Co', 'This Tab Co'];
    expect(companies(tab.$doc.get())).toEqual(expected);
    // Saved again at once, for the other tab to hear of this one's interview.
    expect(companies(stored(storage))).toEqual(expected);
  });

  it("takes in what another tab removed, undid or changed after it heard of this tab's save", async () => {
    const storage = withData();
    const tab = await openTab(storage);
    const id = tab.addInterview({ company: 'This Tab Co' });
    const saved = stored(storage);
    // The other tab heard of it, renamed it, and removed the interview that was there before.
    const renamed = saved.interviews.find((i: { id: string }) => i.id === id);
    otherTabSaves(storage, { ...saved, interviews: [{ ...renamed, company: 'Renamed There Co' }] }, { tab });
    await tab.docReady();
    expect(companies(tab.$doc.get())).toEqual(['Renamed There Co']);
    // Then it undid both: what it brings back stays, though this tab saw it removed.
    otherTabSaves(storage, saved, { tab });
    await tab.docReady();
    expect(companies(tab.$doc.get())).toEqual(['Harbor Foods', 'This Tab Co']);
    expect(companies(stored(storage))).toEqual(['Harbor Foods', 'This Tab Co']);
  });

  it("saves this tab's document as the page is left while another tab's save is still being read, and keeps theirs aside", async () => {
    const storage = withData();
    const tab = await openTab(storage);
    tab.addInterview({ company: 'This Tab Co' });
    const theirs = withOtherTabsInterview();
    otherTabSaves(storage, theirs, { tab });
    tab.win.dispatchEvent(new Event('pagehide'));
    expect(companies(stored(storage))).toEqual(['Harbor Foods', 'This Tab Co']);
    expect(JSON.parse(tab.$keptAside.get()?.raw ?? '{}')).toEqual(theirs);
  });

  it('keeps unreadable data aside under its own key, untouched, and starts empty', async () => {
    const raw = '{"version":2,"interviews":[{"id":1}';
    const storage = withData('ok', raw);
    const tab = await openTab(storage);
    expect(tab.$doc.get().interviews).toEqual([]);
    const kept = tab.$keptAside.get();
    expect(kept?.key.startsWith(KEPT_ASIDE_PREFIX)).toBe(true);
    expect(kept?.message).toMatch(/damaged/);
    tab.addInterview({ company: 'Fresh Start Co' });
    expect(storage.dump()[kept!.key]).toBe(raw);
    expect(companies(stored(storage))).toEqual(['Fresh Start Co']);
  });

  it('never overwrites unreadable data that could not be copied aside (storage full)', async () => {
    const raw = 'not json at all';
    const storage = withData('full', raw);
    const tab = await openTab(storage);
    expect(tab.$keptAside.get()?.raw).toBe(raw);
    storage.setMode('ok');
    tab.addInterview({ company: 'In Memory Co' });
    expect(storage.dump()[STORAGE_KEY]).toBe(raw);
    expect(companies(tab.$doc.get())).toEqual(['In Memory Co']);
    // What really happened when it was set aside: the storage was full.
    expect(tab.$saveState.get()).toBe('full');
  });
});

describe('the seal beside the data', () => {
  it('seals what this tab saves, and what it validated at today’s version', async () => {
    const storage = withData();
    await openTab(storage);
    expect(storage.dump()[SEAL_KEY]).toBe(sealOf(JSON.stringify(currentDoc)));
    const tab = await openTab(storage);
    tab.addInterview({ company: 'Sealed Co' });
    expect(storage.dump()[SEAL_KEY]).toBe(sealOf(storage.dump()[STORAGE_KEY]!));
  });

  it('leaves data it migrated unsealed until it is saved at today’s version', async () => {
    const storage = withData('ok', JSON.stringify(v1Doc));
    const tab = await openTab(storage);
    expect(companies(tab.$doc.get())).toEqual(['Harbor Foods']);
    expect(storage.dump()[SEAL_KEY]).toBeUndefined();
  });

  it('reads sealed data without the validator, so a tool opens even when its file does not load', async () => {
    const storage = withData();
    storage.setItem(SEAL_KEY, sealOf(JSON.stringify(currentDoc)));
    const tab = await openTab(storage, { validatorFails: true });
    await tab.docReady();
    expect(tab.$doc.get()).toEqual(currentDoc);
  });

  it.each([
    ['changed by hand after it was sealed', (raw: string) => raw.replace('"Harbor Foods"', '42')],
    ['cut short', (raw: string) => raw.slice(0, -5)],
  ])('validates data %s, and keeps it aside when it is wrong', async (_how, change) => {
    const raw = JSON.stringify(currentDoc);
    const storage = withData('ok', change(raw));
    storage.setItem(SEAL_KEY, sealOf(raw));
    const tab = await openTab(storage);
    expect(tab.$doc.get().interviews).toEqual([]);
    expect(tab.$keptAside.get()?.raw).toBe(change(raw));
  });

  it('keeps aside what an older tab saved when the validator does not load, and goes on with its own', async () => {
    const storage = withData();
    storage.setItem(SEAL_KEY, sealOf(JSON.stringify(currentDoc)));
    const tab = await openTab(storage, { validatorFails: true });
    await tab.docReady();
    const theirs = { ...currentDoc, profile: { ...currentDoc.profile, name: 'Old Tab' } };
    otherTabSaves(storage, theirs, { tab, sealed: false });
    tab.addInterview({ company: 'Still Here Co' });
    await vi.waitFor(() => expect(tab.$keptAside.get()?.raw).toBe(JSON.stringify(theirs)));
    expect(storage.dump()[tab.$keptAside.get()!.key]).toBe(JSON.stringify(theirs));
    expect(companies(stored(storage))).toEqual(['Harbor Foods', 'Still Here Co']);
  });

  it('when the validator does not load, shows and writes nothing, and reads the data on a retry', async () => {
    const storage = withData();
    const tab = await openTab(storage, { validatorFails: true });
    await expect(tab.docReady()).rejects.toThrow();
    tab.updateProfile({ name: 'Typed Too Early' });
    expect(unsealed(storage)).toEqual({ [STORAGE_KEY]: JSON.stringify(currentDoc) });
    expect(tab.$keptAside.get()).toBeUndefined();
    vi.doUnmock('../../src/core/model/migrate');
    await tab.docReady();
    expect(companies(tab.$doc.get())).toEqual(['Harbor Foods']);
  });
});

describe('the contact card and the backup mark', () => {
  it('gives the card one UID, stored the first time, the same ever after and after a reload', async () => {
    const storage = withData();
    const tab = await openTab(storage);
    const uid = tab.ensureCardUid();
    expect(uid).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(tab.ensureCardUid()).toBe(uid);
    expect(stored(storage).cardUid).toBe(uid);
    const again = await openTab(storage);
    expect(again.ensureCardUid()).toBe(uid);
  });

  it('keeps the backup mark apart from the data, and reads the bare time kept before', async () => {
    const storage = fakeStorage({
      [STORAGE_KEY]: JSON.stringify(currentDoc),
      'fuk:last-backup': '2026-11-01T09:00:00.000Z',
    });
    const tab = await openTab(storage);
    tab.$backupMark.listen(() => undefined);
    expect(tab.$backupMark.get().at).toBe('2026-11-01T09:00:00.000Z');
    tab.markBackedUp(tab.$doc.get(), new Date('2026-11-20T10:00:00Z'));
    expect(JSON.parse(storage.dump()['fuk:last-backup']!)).toMatchObject({ at: '2026-11-20T10:00:00.000Z' });
    expect(stored(storage)).toEqual(currentDoc);
  });
});

describe('drafts and backups', () => {
  it('saves a note draft per key, created the first time', async () => {
    const storage = withData();
    const tab = await openTab(storage);
    tab.updateDraft('i1:p1:thank-you', { detail: 'the night shift' });
    tab.updateDraft('i1:p1:thank-you', { tone: 'warm' });
    expect(stored(storage).drafts['i1:p1:thank-you']).toMatchObject({
      detail: 'the night shift',
      tone: 'warm',
    });
  });

  it('replaces everything with a backup, and the undo puts it all back', async () => {
    const storage = withData();
    const tab = await openTab(storage);
    const backup = {
      ...currentDoc,
      interviews: [{ ...currentDoc.interviews[0]!, id: 'b1', company: 'Backup Co' }],
    };
    tab.restoreBackup(backup, 'replace');
    expect(companies(stored(storage))).toEqual(['Backup Co']);
    tab.$undo.get()!.undo();
    expect(stored(storage)).toEqual(currentDoc);
  });

  it('undoes a restore after another tab wrote, keeping what that tab changed', async () => {
    const storage = withData();
    const tab = await openTab(storage);
    const backup = {
      ...currentDoc,
      profile: { ...currentDoc.profile, name: 'From The Backup' },
      interviews: [{ ...currentDoc.interviews[0]!, id: 'b1', company: 'Backup Co' }],
    };
    tab.restoreBackup(backup, 'replace');
    // The other tab, which heard of the restore, adds an interview and edits the one from the backup.
    const restored = stored(storage);
    const b1 = { ...restored.interviews[0], role: 'Edited in the other tab' };
    const other = { ...currentDoc.interviews[0]!, id: 'i9', company: 'Other Tab Co' };
    otherTabSaves(storage, { ...restored, interviews: [b1, other] }, { tab });
    tab.$undo.get()!.undo();
    // Their save came right after this tab's: the undo waits for what checks it for changes it missed.
    await tab.docReady();
    expect(companies(stored(storage))).toEqual(['Backup Co', 'Harbor Foods', 'Other Tab Co']);
    expect(stored(storage).interviews.find((i: { id: string }) => i.id === 'b1').role).toBe(
      'Edited in the other tab',
    );
    expect(stored(storage).profile).toEqual(currentDoc.profile);
    expect(tab.$doc.get()).toEqual(stored(storage));
  });

  it('merges a backup by record, keeping what is here', async () => {
    const storage = withData();
    const tab = await openTab(storage);
    const backup = {
      ...currentDoc,
      interviews: [{ ...currentDoc.interviews[0]!, id: 'b1', company: 'Backup Co' }],
    };
    tab.restoreBackup(backup, 'merge');
    expect(companies(stored(storage))).toEqual(['Backup Co', 'Harbor Foods']);
  });

  it('offers data with what it would change, restores only when accepted, and keeps an offer a failed link did not replace', async () => {
    const storage = withData();
    const tab = await openTab(storage);
    const backup = {
      ...currentDoc,
      interviews: [{ ...currentDoc.interviews[0]!, id: 'b1', company: 'Backup Co' }],
    };
    tab.offerRestore(backup, 'the transfer link');
    expect(tab.$restore.get()).toMatchObject({
      offer: { name: 'the transfer link', preview: { added: 1 } },
      error: '',
      reveal: 1,
    });
    // Nothing changes while it is only on offer.
    expect(stored(storage)).toEqual(currentDoc);
    tab.refuseRestore('The code does not open this link.', { keepOffer: true });
    expect(tab.$restore.get()).toMatchObject({ offer: { name: 'the transfer link' }, reveal: 2 });
    tab.acceptRestore('merge');
    expect(companies(stored(storage))).toEqual(['Backup Co', 'Harbor Foods']);
    expect(tab.$restore.get().offer).toBeUndefined();
    // Data kept aside that cannot be read takes the place of what was on offer.
    tab.offerRestore(backup, 'the data kept aside');
    tab.refuseRestore('It cannot be read.');
    expect(tab.$restore.get()).toMatchObject({ error: 'It cannot be read.' });
    expect(tab.$restore.get().offer).toBeUndefined();
  });
});

describe('data kept aside', () => {
  const damagedKey = `${KEPT_ASIDE_PREFIX}2026-11-20T10:00:00.000Z`;
  const oldKey = `${KEPT_ASIDE_PREFIX}2026-11-21T10:00:00.000Z`;

  it('lists every copy kept aside, with when, size and why, after a reload too', async () => {
    const storage = withData('ok', '{"broken":');
    await openTab(storage);
    // The next visit: the damaged data was moved aside by the first one.
    const tab = await openTab(storage);
    const [entry, ...others] = (await keptList(tab)) as { keptAt: string }[];
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ raw: '{"broken":', bytes: 10, problem: expect.stringMatching(/damaged/) });
    expect(Date.parse(entry!.keptAt)).not.toBeNaN();
  });

  it('reads a copy that today’s site can read, through the migrations, and refuses one it cannot', async () => {
    const storage = fakeStorage({ [damagedKey]: 'not json', [oldKey]: JSON.stringify(v1Doc) });
    const tab = await openTab(storage);
    await keptList(tab);
    expect(tab.$keptAsideList.get().map((e) => e.problem === '')).toEqual([false, true]);
    const restored = await tab.readKeptAside(oldKey);
    expect(restored.ok && companies(restored.doc)).toEqual(['Harbor Foods']);
    expect(await tab.readKeptAside(damagedKey)).toEqual({
      ok: false,
      message: expect.stringMatching(/still cannot be read/),
    });
  });

  it('deletes a copy with the unreadable original it came from, and the undo puts both back', async () => {
    const storage = withData('ok', 'not json');
    const tab = await openTab(storage);
    await keptList(tab);
    const key = tab.$keptAsideList.get()[0]!.key;
    tab.deleteKeptAside(key);
    expect(unsealed(storage)).toEqual({});
    expect(tab.$keptAside.get()).toBeUndefined();
    tab.$undo.get()!.undo();
    expect(unsealed(storage)).toEqual({ [key]: 'not json', [STORAGE_KEY]: 'not json' });
  });

  it('deletes a copy, and the undo puts it back', async () => {
    const storage = fakeStorage({ [damagedKey]: 'not json' });
    const tab = await openTab(storage);
    await keptList(tab);
    tab.deleteKeptAside(damagedKey);
    expect(storage.dump()).toEqual({});
    expect(tab.$keptAsideList.get()).toEqual([]);
    tab.$undo.get()!.undo();
    expect(storage.dump()).toEqual({ [damagedKey]: 'not json' });
    await vi.waitFor(() => expect(tab.$keptAsideList.get().map((e) => e.key)).toEqual([damagedKey]));
  });
});

describe('saving as the user types', () => {
  /** A tab in a page (a document to hide), with the clock in the test's hands. */
  async function typingTab(storage: FakeStorage) {
    vi.useFakeTimers();
    const page = { visibilityState: 'visible' };
    vi.stubGlobal('document', page);
    const tab = await openTab(storage);
    return { ...tab, page };
  }
  const typeName = (tab: { updateProfile: (p: { name: string }) => void }, name: string) => {
    for (let n = 1; n <= name.length; n++) tab.updateProfile({ name: name.slice(0, n) });
  };
  afterEach(() => vi.useRealTimers());

  it('shows each keystroke at once and saves the word once typing pauses', async () => {
    const storage = withData();
    const tab = await typingTab(storage);
    typeName(tab, 'Dana Reyes');
    expect(tab.$doc.get().profile.name).toBe('Dana Reyes');
    vi.advanceTimersByTime(200);
    expect(stored(storage).profile.name).toBe(currentDoc.profile.name);
    vi.advanceTimersByTime(50);
    expect(stored(storage).profile.name).toBe('Dana Reyes');
  });

  it('saves at least every second while typing goes on', async () => {
    const storage = withData();
    const tab = await typingTab(storage);
    for (let n = 1; n <= 12; n++) {
      tab.updateProfile({ name: 'x'.repeat(n) });
      vi.advanceTimersByTime(100);
    }
    expect(stored(storage).profile.name.length).toBeGreaterThanOrEqual(10);
  });

  it.each([
    ['the tab is closed or reloaded', 'pagehide'],
    ['the tab is hidden (the phone switches apps)', 'visibilitychange'],
  ])('loses no word when %s', async (_when, event) => {
    const storage = withData();
    const tab = await typingTab(storage);
    typeName(tab, 'Dana');
    tab.page.visibilityState = 'hidden';
    tab.win.dispatchEvent(new Event(event));
    expect(stored(storage).profile.name).toBe('Dana');
  });

  it('reads what comes from outside (the load, another tab), never what this tab wrote', async () => {
    performance.clearMeasures('checklist:decode');
    const storage = withData();
    const tab = await openTab(storage);
    const decodes = () => performance.getEntriesByName('checklist:decode').length;
    expect(decodes()).toBe(1);
    typeName(tab, 'Dana Reyes');
    tab.addInterview({ company: 'Second Co' });
    expect(decodes()).toBe(1);
    otherTabSaves(storage, { ...currentDoc, dismissed: ['hint'] }, { tab });
    expect(decodes()).toBe(2);
  });

  it("keeps another tab's new interview and this tab's typing not yet saved, in both tabs", async () => {
    const storage = withData();
    const tab = await typingTab(storage);
    typeName(tab, 'Dana');
    const theirs = withOtherTabsInterview();
    otherTabSaves(storage, theirs, { tab });
    expect(companies(tab.$doc.get())).toEqual(['Harbor Foods', 'Other Tab Co']);
    expect(tab.$doc.get().profile.name).toBe('Dana');
    // Saved at once, for the other tab to hear of this one's typing.
    expect(stored(storage).profile.name).toBe('Dana');
    expect(companies(stored(storage))).toEqual(['Harbor Foods', 'Other Tab Co']);
  });

  it("keeps another tab's save made while this tab's typing waited, before its storage event arrived", async () => {
    const storage = withData();
    const tab = await typingTab(storage);
    typeName(tab, 'Dana');
    otherTabSaves(storage, { ...currentDoc, dismissed: ['their-hint'] });
    vi.advanceTimersByTime(250);
    expect(stored(storage)).toMatchObject({ dismissed: ['their-hint'], profile: { name: 'Dana' } });
  });
});
