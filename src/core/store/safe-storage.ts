import { atom } from 'nanostores';
import type { PersistentEvents, PersistentListener, PersistentStore } from '@nanostores/persistent';

/** Whether what the user types is being saved: `saved`, or kept in memory only because storage is `blocked` or `full`. */
export type SaveState = 'saved' | 'blocked' | 'full';

/** The current save state, for the warning banner. */
export const $saveState = atom<SaveState>('saved');

/**
 * What a failed storage call means: `full` for a quota error (Firefox names it NS_ERROR_DOM_QUOTA_REACHED),
 * `blocked` for anything else (SecurityError in private modes or with cookies off, or no localStorage at all).
 */
export function storageFailure(error: unknown): Exclude<SaveState, 'saved'> {
  const quota =
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
  return quota ? 'full' : 'blocked';
}

/** localStorage, or undefined when the browser blocks it (private modes, cookies off). */
function openLocalStorage(): Storage | undefined {
  try {
    const storage = window.localStorage;
    storage.getItem('fuk:probe');
    return storage;
  } catch {
    return undefined;
  }
}

/**
 * A storage engine for @nanostores/persistent that never throws and never loses a write: when localStorage
 * is blocked or full, values live in memory (`overlay`) and `$saveState` says so; a later successful write
 * clears the warning. While a key has unsaved changes in memory, changes from other tabs do not replace them.
 */
export function createSafeStorage(): {
  engine: PersistentStore;
  events: PersistentEvents;
  hasUnsaved: (key: string) => boolean;
  pin: (key: string, why: Exclude<SaveState, 'saved'>) => void;
} {
  const local = typeof window === 'undefined' ? undefined : openLocalStorage();
  const overlay = new Map<string, string>();
  /** Keys whose stored value must not be overwritten, and why: their writes stay in memory. */
  const pinned = new Map<string, Exclude<SaveState, 'saved'>>();
  if (typeof window !== 'undefined' && !local) $saveState.set('blocked');

  const read = (key: string): string | undefined => {
    if (overlay.has(key)) return overlay.get(key);
    try {
      return local?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };

  const engine = new Proxy({} as PersistentStore, {
    get: (_t, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_t, key) => typeof key === 'string' && read(key) !== undefined,
    set(_t, key, value: string) {
      if (typeof key !== 'string') return true;
      // What really stops the write is reported: no storage at all, the reason a key was pinned, or the error.
      const held = local ? pinned.get(key) : 'blocked';
      if (!local || held) {
        overlay.set(key, value);
        $saveState.set(held ?? 'blocked');
        return true;
      }
      try {
        local.setItem(key, value);
        overlay.delete(key);
        if (overlay.size === 0) $saveState.set('saved');
      } catch (error) {
        overlay.set(key, value);
        $saveState.set(storageFailure(error));
      }
      return true;
    },
    deleteProperty(_t, key) {
      if (typeof key !== 'string') return true;
      overlay.delete(key);
      try {
        local?.removeItem(key);
      } catch {
        // Nothing stored to remove.
      }
      return true;
    },
  });

  const wrapped = new Map<PersistentListener, (e: StorageEvent) => void>();
  const events: PersistentEvents = {
    addEventListener(key, listener, restore) {
      const onStorage = (e: StorageEvent) => {
        if (e.key === key && !overlay.has(key) && e.newValue !== null)
          listener({ key, newValue: e.newValue });
      };
      wrapped.set(listener, onStorage);
      window.addEventListener('storage', onStorage);
      window.addEventListener('pageshow', restore);
    },
    removeEventListener(_key, listener, restore) {
      const onStorage = wrapped.get(listener);
      if (onStorage) window.removeEventListener('storage', onStorage);
      wrapped.delete(listener);
      window.removeEventListener('pageshow', restore);
    },
  };

  return {
    engine,
    events,
    hasUnsaved: (key) => overlay.has(key),
    pin: (key, why) => void pinned.set(key, why),
  };
}
