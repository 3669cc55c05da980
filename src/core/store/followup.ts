import { atom } from 'nanostores';
import { setPersistentEngine } from '@nanostores/persistent';
import * as ops from '../model/doc-ops';
import { type FollowUpDoc, KEPT_ASIDE_PREFIX, STORAGE_KEY, emptyDoc } from '../model/model';
import { SEAL_KEY, sealOf } from '../model/seal';
import { createSafeStorage, storageFailure } from './safe-storage';
import { storedDoc } from './stored-doc';
import { timed } from '../timed';
import { loader } from '../ui/later';

/** Stored data that could not be read: kept aside under `key`, offered for download, never overwritten. */
export interface KeptAside {
  key: string;
  raw: string;
  message: string;
  detail: string;
}

/** Unreadable data found at start, when there was some. */
export const $keptAside = atom<KeptAside | undefined>();

/** The last destructive change, which the user can undo. */
export const $undo = atom<{ message: string; undo: () => void } | undefined>();

const storage = createSafeStorage();
setPersistentEngine(storage.engine, storage.events);

/**
 * Copies unreadable stored text to its own key (once) and reports it; the tools then start clean.
 * If it cannot be copied (storage blocked or full), the original key is held in memory so nothing overwrites it.
 */
function keepAside(raw: string, message: string, detail: string): void {
  if ($keptAside.get()?.raw === raw) return;
  let key = `${KEPT_ASIDE_PREFIX}${new Date().toISOString()}`;
  try {
    const existing = Object.keys(localStorage).find(
      (k) => k.startsWith(KEPT_ASIDE_PREFIX) && localStorage.getItem(k) === raw,
    );
    if (existing) key = existing;
    else localStorage.setItem(key, raw);
  } catch (error) {
    storage.pin(STORAGE_KEY, storageFailure(error));
  }
  $keptAside.set({ key, raw, message, detail });
}

/** The validator and the migrations: loaded only for text this site did not seal (see seal.ts). */
const validator = loader(() => import('../model/migrate'));

/** The seal kept beside the data, or undefined (none, or storage blocked). */
function storedSeal(): string | undefined {
  try {
    return localStorage.getItem(SEAL_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Seals text this site wrote or validated at the current version. A seal that cannot be written (storage full
 * or blocked) only means the text is validated again at the next visit; an old seal is removed so it cannot
 * vouch for other text.
 */
function seal(text: string): void {
  try {
    localStorage.setItem(SEAL_KEY, sealOf(text));
  } catch {
    try {
      localStorage.removeItem(SEAL_KEY);
    } catch {
      // Storage blocked: no seal is kept, so none can be wrong.
    }
  }
}

/**
 * Reads stored text from outside this tab: at once when it carries this site's seal, else validated and
 * migrated by the validator, loaded for it; what cannot be read is kept aside, and the tools start clean.
 */
function decode(raw: string): FollowUpDoc | undefined | Promise<FollowUpDoc | undefined> {
  if (storedSeal() === sealOf(raw)) {
    try {
      // With `checklist:mount`: the cost of loading the saved data.
      return timed('checklist:decode', () => JSON.parse(raw) as FollowUpDoc);
    } catch {
      // Not this site's text after all: validated below.
    }
  }
  return validator().then(({ decodeStored, decodeProblemMessage }) => {
    const result = timed('checklist:decode', () => decodeStored(raw));
    if (result.ok) {
      if (result.migratedFrom === undefined) seal(raw);
      return result.doc;
    }
    keepAside(raw, decodeProblemMessage(result.reason), result.detail);
    return undefined;
  });
}

const stored = storedDoc<FollowUpDoc>({
  key: STORAGE_KEY,
  engine: storage.engine,
  events: storage.events,
  decode,
  initial: emptyDoc,
  rebase: loader(() => import('../model/crossed-saves').then((m) => m.keepUnseenChanges)),
  saved: seal,
  // Another tab's save this tab could not check (the validator did not load): kept aside, never lost.
  unchecked: (raw) =>
    keepAside(
      raw,
      'Changes saved in another tab could not be checked here, so they were kept aside.',
      'the validator did not load',
    ),
});

/**
 * Settles once the stored data has been read, which the tools wait for before they show it: at once for data
 * this site saved, after the validator loaded for data from elsewhere (an older version, a backup restored by
 * hand). Rejects when the validator could not load; calling it again tries again.
 */
export const docReady = stored.ready;

/** Everything the tools store, kept in localStorage and in step across tabs. */
export const $doc = stored.$doc;

/**
 * Applies a change to this tab's document, saved right after the next paint (or as the page is left). If
 * another tab saved first and this tab has not yet heard of it, the change is applied to that save, so that
 * edits made in two tabs to different records are both kept.
 */
export const update = stored.update;

/** Ticks or unticks a checklist task. */
export const setDone = (interviewId: string, key: string, done: boolean) =>
  update((doc) => ops.setDone(doc, interviewId, key, done, new Date()));

/** Changes the user's own contact details. */
export const updateProfile = (patch: Parameters<typeof ops.patchProfile>[1]) =>
  update((doc) => ops.patchProfile(doc, patch));

/** Remembers that a hint was answered "not now". */
export const dismissHint = (id: string) => update((doc) => ops.dismissHint(doc, id));

/** Forgets the notice about unreadable data; the kept-aside copy stays in storage. */
export const dismissKeptAside = () => $keptAside.set(undefined);
