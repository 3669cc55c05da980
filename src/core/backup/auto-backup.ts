/**
 * The automatic backup file (File System Access, Chromium on desktops): the user picks a file once; after a
 * change it is rewritten with the whole backup, at most once a minute and never on each keystroke. The file
 * handle is kept in IndexedDB; a later visit asks again for permission in one click when the browser wants it.
 * Loaded only where it is set up (flag `fuk:auto-backup`) or when the user sets it up.
 */
import { del, get, set } from 'idb-keyval';
import { changedSinceBackup, markAfterBackup } from './backup-due';
import { exportBackup } from '../model/backup';
import { $autoBackup, $backupMark } from './backup-state';
import { AUTO_BACKUP_KEY } from '../store/device-flags';
import { $doc } from '../store/followup';
import { timed } from '../timed';

/** The parts of a file handle used here; `queryPermission` and `requestPermission` are not in TypeScript's DOM yet. */
interface BackupHandle {
  name: string;
  createWritable(): Promise<{ write(text: string): Promise<void>; close(): Promise<void> }>;
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}
type SavePicker = (options: object) => Promise<BackupHandle>;

const HANDLE_KEY = 'fuk:backup-file';
/** At most one write a minute; and a pause after the last change first, so a burst of typing is one write. */
export const WRITE_EVERY_MS = 60_000;
const QUIET_MS = 5_000;

let handle: BackupHandle | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let stopListening: (() => void) | undefined;

/** Whether this browser can keep a file up to date. */
export const canKeepFile = () =>
  typeof (window as { showSaveFilePicker?: unknown }).showSaveFilePicker === 'function';

function setFlag(on: boolean) {
  try {
    if (on) localStorage.setItem(AUTO_BACKUP_KEY, '1');
    else localStorage.removeItem(AUTO_BACKUP_KEY);
  } catch {
    // Storage blocked: the file is kept up to date on this page only.
  }
}

/** What went wrong, as the user can act on it. */
function failure(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError')
    return 'The disk is full: free some space, or choose a file on another disk.';
  if (
    name === 'NoModificationAllowedError' ||
    name === 'InvalidModificationError' ||
    name === 'InvalidStateError'
  )
    return 'The file is in a place that cannot be written (read-only): choose another place.';
  if (name === 'NotFoundError') return 'The file was moved or deleted: choose it again.';
  if (name === 'SecurityError')
    return 'The browser does not allow writing to that place (a system folder, say): choose another.';
  const why = error instanceof Error && error.message ? ` It said: “${error.message}”.` : '';
  return `The browser stopped the write.${why} Choosing the file again usually mends it.`;
}

/** Writes the backup now. Never throws: a failure is shown, and the nudge returns since no backup was made. */
export async function writeNow(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  if (!handle) return;
  const doc = $doc.get();
  const now = new Date();
  // The main-thread work of a write, file text and fingerprint (the disk work is off it).
  const [text, mark] = timed(
    'data:auto-backup',
    () => [exportBackup(doc, now), markAfterBackup(doc, now)] as const,
  );
  try {
    const file = await handle.createWritable();
    await file.write(text);
    await file.close();
    $backupMark.set(mark);
    $autoBackup.set({ state: 'on', wroteAt: now.toISOString(), name: handle.name });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotAllowedError')
      $autoBackup.set({ state: 'permission', name: handle.name });
    else $autoBackup.set({ state: 'failed', name: handle.name, message: failure(error) });
  }
}

function schedule() {
  if (timer || !handle) return;
  const since = Date.now() - (Date.parse($backupMark.get().at) || 0);
  timer = setTimeout(() => void writeNow(), Math.max(QUIET_MS, WRITE_EVERY_MS - since));
}

function run(h: BackupHandle) {
  handle = h;
  const state = $autoBackup.get();
  if (state.state !== 'on') $autoBackup.set({ state: 'on', wroteAt: $backupMark.get().at, name: h.name });
  if (!stopListening) {
    stopListening = $doc.listen(schedule);
    // Leaving the page with a change not yet written: write it now rather than lose the minute.
    addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden' && timer) void writeNow();
    });
  }
  if (changedSinceBackup($doc.get(), $backupMark.get())) schedule();
}

/** On a tool page where the file is set up: keeps it up to date, or says the browser wants permission again. */
export async function startAutoBackup(): Promise<void> {
  const stored = await get<BackupHandle>(HANDLE_KEY).catch(() => undefined);
  if (!stored) return setFlag(false);
  const permission = (await stored.queryPermission?.({ mode: 'readwrite' })) ?? 'granted';
  if (permission === 'granted') run(stored);
  else {
    handle = stored;
    $autoBackup.set({ state: 'permission', name: stored.name });
  }
}

/** "Allow": asks for permission again (needs the click), then writes what changed. */
export async function allowAgain(): Promise<void> {
  const h = handle ?? (await get<BackupHandle>(HANDLE_KEY).catch(() => undefined));
  if (!h) return;
  const permission =
    (await h.requestPermission?.({ mode: 'readwrite' }).catch(() => 'denied' as const)) ?? 'granted';
  if (permission !== 'granted') return $autoBackup.set({ state: 'permission', name: h.name });
  run(h);
  if (changedSinceBackup($doc.get(), $backupMark.get())) await writeNow();
}

/** "Keep a backup file up to date": the user picks the file, which is written at once. `false` when they cancel. */
export async function chooseFile(suggestedName: string): Promise<boolean> {
  let picked: BackupHandle;
  try {
    picked = await (window as unknown as { showSaveFilePicker: SavePicker }).showSaveFilePicker({
      suggestedName,
      types: [{ description: 'Follow-Up Kit backup', accept: { 'application/json': ['.json'] } }],
    });
  } catch {
    return false;
  }
  await set(HANDLE_KEY, picked).catch(() => undefined);
  setFlag(true);
  run(picked);
  await writeNow();
  return true;
}

/** Turns it off: the file stays where it is; nothing more is written to it. */
export async function turnOff(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  stopListening?.();
  stopListening = undefined;
  handle = undefined;
  setFlag(false);
  await del(HANDLE_KEY).catch(() => undefined);
  $autoBackup.set({ state: 'off' });
}
