import { atom } from 'nanostores';
import { setPersistentEngine } from '@nanostores/persistent';
import * as ops from '../model/doc-ops';
import { decodeProblemMessage, decodeStored } from '../model/migrate';
import { type FollowUpDoc, KEPT_ASIDE_PREFIX, STORAGE_KEY, emptyDoc } from '../model/model';
import { createSafeStorage, storageFailure } from './safe-storage';
import { storedDoc } from './stored-doc';
import { timed } from '../timed';

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

/** Reads stored text from outside this tab; what cannot be read is kept aside, and the tools start clean. */
function decode(raw: string): FollowUpDoc | undefined {
  // With `checklist:mount`: the cost of loading the saved data.
  const result = timed('checklist:decode', () => decodeStored(raw));
  if (result.ok) return result.doc;
  keepAside(raw, decodeProblemMessage(result.reason), result.detail);
  return undefined;
}

const stored = storedDoc<FollowUpDoc>({
  key: STORAGE_KEY,
  engine: storage.engine,
  events: storage.events,
  decode,
  initial: emptyDoc,
});

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
