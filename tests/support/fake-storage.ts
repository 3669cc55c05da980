/** A browser's localStorage and window for the stores' tests in Node, able to be blocked or full. */

/** How the fake storage behaves: `ok`; `blocked` (every call throws, like private modes); `full` (writes throw). */
export type StorageMode = 'ok' | 'blocked' | 'full';

/** A localStorage with keys readable as properties (`Object.keys(localStorage)`), as in browsers. */
export interface FakeStorage extends Storage {
  /** Changes how it behaves from now on. */
  setMode(mode: StorageMode): void;
  /** What it holds, read without going through the mode (for assertions). */
  dump(): Record<string, string>;
}

const domError = (name: 'SecurityError' | 'QuotaExceededError') =>
  new DOMException(
    name === 'SecurityError' ? 'The operation is insecure.' : 'The quota has been exceeded.',
    name,
  );

/** A fake `localStorage`, optionally holding `initial`. */
export function fakeStorage(initial: Record<string, string> = {}, mode: StorageMode = 'ok'): FakeStorage {
  const data = new Map(Object.entries(initial));
  let current = mode;
  const guard = () => {
    if (current === 'blocked') throw domError('SecurityError');
  };
  const api: Record<string, unknown> = {
    getItem: (key: string) => (guard(), data.get(String(key)) ?? null),
    setItem: (key: string, value: string) => {
      guard();
      if (current === 'full') throw domError('QuotaExceededError');
      data.set(String(key), String(value));
    },
    removeItem: (key: string) => (guard(), void data.delete(String(key))),
    clear: () => (guard(), data.clear()),
    key: (i: number) => (guard(), [...data.keys()][i] ?? null),
    setMode: (m: StorageMode) => void (current = m),
    dump: () => Object.fromEntries(data),
  };
  return new Proxy({} as FakeStorage, {
    get: (_t, key) => {
      if (key === 'length') return (guard(), data.size);
      if (typeof key === 'string' && key in api) return api[key];
      return typeof key === 'string' ? (guard(), data.get(key)) : undefined;
    },
    ownKeys: () => (guard(), [...data.keys()]),
    getOwnPropertyDescriptor: (_t, key) =>
      typeof key === 'string' && data.has(key)
        ? { value: data.get(key), enumerable: true, configurable: true, writable: true }
        : undefined,
    has: (_t, key) => typeof key === 'string' && (key in api || data.has(key)),
  });
}

/** A fake `window` whose `localStorage` is `storage`; reading it throws when the storage is blocked at start. */
export interface FakeWindow extends EventTarget {
  localStorage: Storage;
  /** Delivers what another tab wrote, as the browser does: a `storage` event (the storage must hold it already). */
  otherTabWrote(key: string, newValue: string | null): void;
}

/** Makes a window around `storage`; with `blockedAtStart`, even reaching `window.localStorage` throws. */
export function fakeWindow(storage: FakeStorage, blockedAtStart = false): FakeWindow {
  const target = new EventTarget();
  Object.defineProperty(target, 'localStorage', {
    get(): Storage {
      if (blockedAtStart) throw domError('SecurityError');
      return storage;
    },
  });
  Object.defineProperty(target, 'otherTabWrote', {
    value: (key: string, newValue: string | null) => {
      target.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
    },
  });
  return target as FakeWindow;
}
