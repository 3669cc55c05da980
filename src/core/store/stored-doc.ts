import { type ReadableAtom, atom, onMount } from 'nanostores';
import type { PersistentEvents, PersistentListener, PersistentStore } from '@nanostores/persistent';

/** A document kept in one storage key: the copy in memory is this tab's truth. */
export interface StoredDoc<T> {
  /** The document, as this tab has it. */
  $doc: ReadableAtom<T>;
  /** Applies a change to the document at once; it is saved once typing pauses, or as the page is left. */
  update: (change: (doc: T) => T) => void;
  /** Saves now what is waiting to be saved. */
  flush: () => void;
}

interface StoredDocOptions<T> {
  key: string;
  engine: PersistentStore;
  events: PersistentEvents;
  /** Reads text that comes from outside this tab (validated, migrated), or undefined when it cannot be read. */
  decode: (raw: string) => T | undefined;
  /** The document when nothing readable is stored. */
  initial: () => T;
}

/** A change is saved once this long has passed without another, */
const QUIET_MS = 250;
/** and at the latest this long after the first change not yet saved. */
const AT_MOST_MS = 1000;

/**
 * Keeps a document in memory and in `key`. A change shows at once; the changes of a burst of typing are saved
 * together once it pauses (so keystrokes do not each wait for the whole document to be written), and
 * whatever is waiting is saved as the page is left or hidden, so closing the tab loses no word. What this tab writes is never read back or validated again: only text from outside (the first
 * load, another tab's save, the page coming back from the back-forward cache) is decoded. Changes made before
 * this tab heard of another tab's save are applied again to that save, so edits to different records made
 * in two tabs are both kept.
 */
export function storedDoc<T>(options: StoredDocOptions<T>): StoredDoc<T> {
  const { key, engine, events } = options;
  const read = (raw: string | undefined) =>
    raw === undefined ? options.initial() : (options.decode(raw) ?? options.initial());
  /** The text last read from or written to storage: anything else there was written by another tab. */
  let known = engine[key];
  const $doc = atom<T>(read(known));
  /** This tab's changes not yet saved, in order, to apply again on another tab's save. */
  let pending: ((doc: T) => T)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change not yet saved was made. */
  let since: number | undefined;
  const replay = (base: T) => pending.reduce<T>((doc, change) => change(doc), base);

  const flush = () => {
    clearTimeout(timer);
    timer = since = undefined;
    if (!pending.length) return;
    const stored = engine[key];
    // Another tab saved and its storage event has not arrived yet: build on its save.
    const theirs = stored !== undefined && stored !== known ? options.decode(stored) : undefined;
    if (theirs !== undefined) $doc.set(replay(theirs));
    pending = [];
    known = JSON.stringify($doc.get());
    engine[key] = known;
  };

  const update = (change: (doc: T) => T) => {
    pending.push(change);
    $doc.set(change($doc.get()));
    // Outside a page (Node) there is no typing to keep smooth and no page to leave: save at once.
    if (typeof document === 'undefined') return flush();
    clearTimeout(timer);
    since ??= Date.now();
    timer = setTimeout(flush, Math.min(QUIET_MS, since + AT_MOST_MS - Date.now()));
  };

  const listener: PersistentListener = (e) => {
    if (e.key !== key || e.newValue === known) return;
    known = e.newValue;
    $doc.set(replay(read(e.newValue)));
    // The other tab hears of this tab's changes too.
    flush();
  };
  const restore = () => {
    const stored = engine[key];
    if (stored !== undefined) listener({ key, newValue: stored });
  };

  onMount($doc, () => {
    restore();
    events.addEventListener(key, listener, restore);
    return () => events.removeEventListener(key, listener, restore);
  });
  if (typeof window !== 'undefined') {
    // Closing, reloading or leaving the page, or the phone switching apps: nothing typed is lost.
    window.addEventListener('pagehide', flush);
    window.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  return { $doc, update, flush };
}
