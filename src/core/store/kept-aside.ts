import { atom, onMount } from 'nanostores';
import type { BackupResult } from '../model/backup';
import { momentText } from '../dates';
import { KEPT_ASIDE_PREFIX, STORAGE_KEY } from '../model/model';
import { $keptAside, $undo, dismissKeptAside } from './followup';

/** Stored data that could not be read when it was found, kept aside under its own key until the user decides. */
export interface KeptAsideEntry {
  /** Its localStorage key, `fuk:kept-aside:<when>`. */
  key: string;
  /** When it was kept aside (ISO time, from the key), or '' when the key does not say. */
  keptAt: string;
  /** Its size in bytes (UTF-8). */
  bytes: number;
  /** The text exactly as it was stored. */
  raw: string;
  /** Why it cannot be read today, or '' when today's site can read it (try to restore it). */
  problem: string;
  /** The details of the problem, for a bug report. */
  detail: string;
}

/** Every piece of data kept aside, oldest first; read from storage while something listens. */
export const $keptAsideList = atom<KeptAsideEntry[]>([]);

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** The validator and the migrations, loaded when there is kept-aside data to check. */
type Validator = typeof import('../model/migrate');
const validator = (): Promise<Validator | undefined> => import('../model/migrate').catch(() => undefined);

/** Describes one kept-aside text, checked with today's validation and migrations (when they loaded). */
function describeKeptAside(check: Validator | undefined, key: string, raw: string): KeptAsideEntry {
  const when = key.slice(KEPT_ASIDE_PREFIX.length);
  const keptAt = Number.isNaN(Date.parse(when)) ? '' : new Date(when).toISOString();
  const decoded = check?.decodeStored(raw);
  return {
    key,
    keptAt,
    bytes: utf8Bytes(raw),
    raw,
    problem:
      !check || !decoded
        ? 'It could not be checked now: part of the site did not load.'
        : decoded.ok
          ? ''
          : check.decodeProblemMessage(decoded.reason),
    detail: decoded && !decoded.ok ? decoded.detail : '',
  };
}

/** Counts the reads of the list, so that only the latest one is shown. */
let reads = 0;

/**
 * Reads the kept-aside keys from storage again, and checks each with the validator (loaded when there is
 * any); blocked storage lists only what this tab holds in memory. Settles once the list is set.
 */
export async function refreshKeptAside(): Promise<void> {
  const read = ++reads;
  const found: (readonly [string, string])[] = [];
  try {
    for (const key of Object.keys(localStorage).filter((k) => k.startsWith(KEPT_ASIDE_PREFIX))) {
      const raw = localStorage.getItem(key);
      if (raw !== null) found.push([key, raw]);
    }
  } catch {
    // Storage blocked: nothing could have been kept aside in it.
  }
  // Unreadable data that could not be copied aside (storage full or blocked) lives in this tab's memory.
  const unsaved = $keptAside.get();
  if (unsaved && !found.some(([key]) => key === unsaved.key)) found.push([unsaved.key, unsaved.raw]);
  const check = found.length ? await validator() : undefined;
  if (read !== reads) return;
  $keptAsideList.set(
    found.map(([key, raw]) => describeKeptAside(check, key, raw)).sort((a, b) => a.key.localeCompare(b.key)),
  );
}

onMount($keptAsideList, () => {
  void refreshKeptAside();
  // Another tab may keep data aside, or delete it.
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key.startsWith(KEPT_ASIDE_PREFIX)) void refreshKeptAside();
  };
  window.addEventListener('storage', onStorage);
  const unlisten = $keptAside.listen(() => void refreshKeptAside());
  return () => {
    window.removeEventListener('storage', onStorage);
    unlisten();
  };
});

/**
 * Reads a kept-aside copy with the same validation and migrations as the stored data, for the restore
 * preview (replace or merge); the copy stays where it is until it is deleted.
 */
export async function readKeptAside(key: string): Promise<BackupResult> {
  const entry = $keptAsideList.get().find((e) => e.key === key);
  if (!entry) return { ok: false, message: 'This data is no longer stored in this browser.' };
  const check = await validator();
  if (!check) return { ok: false, message: 'The part of the site that reads it did not load: try again.' };
  const decoded = check.decodeStored(entry.raw);
  if (decoded.ok) return { ok: true, doc: decoded.doc };
  return {
    ok: false,
    message:
      decoded.reason === 'newer-version'
        ? `It was written by a newer version of this site (${decoded.detail}): reload the page to update, then try again.`
        : `It still cannot be read (${decoded.detail}). Download it to keep it, or to ask for help.`,
  };
}

/**
 * Deletes a kept-aside copy, and the same unreadable text where the tools keep their data if it is still there
 * (it is replaced only by the next change, and would be kept aside again at the next visit); undoable through
 * `$undo` while this page is open.
 */
export function deleteKeptAside(key: string): void {
  const entry = $keptAsideList.get().find((e) => e.key === key);
  if (!entry) return;
  let alsoData = false;
  try {
    localStorage.removeItem(key);
    if (localStorage.getItem(STORAGE_KEY) === entry.raw) {
      localStorage.removeItem(STORAGE_KEY);
      alsoData = true;
    }
  } catch {
    // Blocked: it was only ever in memory.
  }
  if ($keptAside.get()?.key === key) dismissKeptAside();
  void refreshKeptAside();
  $undo.set({
    message: `Deleted the unreadable data${entry.keptAt ? ` kept on ${momentText(new Date(entry.keptAt))}` : ''}.`,
    undo: () => {
      try {
        localStorage.setItem(key, entry.raw);
        if (alsoData && localStorage.getItem(STORAGE_KEY) === null)
          localStorage.setItem(STORAGE_KEY, entry.raw);
      } catch {
        // Could not be put back in storage: offer it from memory for this visit.
        $keptAside.set({ key, raw: entry.raw, message: entry.problem, detail: entry.detail });
      }
      void refreshKeptAside();
      $undo.set(undefined);
    },
  });
}
