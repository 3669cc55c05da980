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
  /**
   * Settles once the stored text has been read: at once for text `decode` reads on the spot, once its
   * promise settles for any other. Rejects when that could not be done (the code to read it did not load);
   * until then, and after a failure, nothing is written, so the stored text stays as it was.
   */
  ready: () => Promise<void>;
}

/** See `rebase` below. */
type Rebase<T> = (theirs: T, mine: T, saves: { before: T; after: T }[]) => T;

interface StoredDocOptions<T> {
  key: string;
  engine: PersistentStore;
  events: PersistentEvents;
  /**
   * Reads text that comes from outside this tab (validated, migrated), or undefined when it cannot be read: on
   * the spot when it can, or as a promise (when the code that reads it loads on demand). A promise that
   * rejects means the text could not be checked; it is never read as unreadable.
   */
  decode: (raw: string) => T | undefined | Promise<T | undefined>;
  /** The document when nothing readable is stored. */
  initial: () => T;
  /**
   * Another tab's document with this tab's changes it has not seen put back, given this tab's document as last
   * saved or taken in and this tab's saves of the last few seconds (see crossed-saves.ts): when two tabs save
   * at nearly the same moment, neither save erases the other's changes. Returns `theirs` itself when nothing
   * is put back. Loaded when first needed, as another tab's save comes in right after one of this tab's.
   */
  rebase?: () => Promise<Rebase<T>>;
  /** Called with the text just written to `key`. */
  saved?: (text: string) => void;
  /**
   * Another tab's text that could not be checked (its promise rejected) while this tab has its own document:
   * kept by the caller (aside), as this tab goes on with its own and saves over it.
   */
  unchecked?: (raw: string) => void;
}

/** A change is saved once this long has passed without another, */
const QUIET_MS = 250;
/** and at the latest this long after the first change not yet saved. */
const AT_MOST_MS = 1000;
/**
 * How long this tab's saves are remembered, to put back what another tab's crossing save did not see: well
 * beyond how late a browser tells other tabs of a save on a busy machine, and well short of the time a person
 * takes to change the same thing in another tab.
 */
const CROSSING_MS = 10_000;

/**
 * Keeps a document in memory and in `key`. A change shows at once; the changes of a burst of typing are saved
 * together once it pauses (so keystrokes do not each wait for the whole document to be written), and
 * whatever is waiting is saved as the page is left or hidden, so closing the tab loses no word. What this tab
 * writes is never read back or validated again: only text from outside (the first load, another tab's save,
 * the page coming back from the back-forward cache) is decoded. Changes made before this tab heard of another
 * tab's save are applied again to that save, so edits to different records made in two tabs are both kept;
 * so are this tab's recent saves that a crossing save from another tab had not seen (`rebase`). While text from outside is being read (its code loading), nothing is written; what changed meanwhile is
 * applied to it once read.
 */
export function storedDoc<T>(options: StoredDocOptions<T>): StoredDoc<T> {
  const { key, engine, events } = options;
  /** The text last read from or written to storage: anything else there was written by another tab. */
  let known = engine[key];
  const $doc = atom<T>(options.initial());
  /** This tab's changes not yet saved, in order, to apply again on another tab's save. */
  let pending: ((doc: T) => T)[] = [];
  /** The document of `known`, as read or written. */
  let knownDoc: T | undefined;
  /** This tab's document without the changes waiting to be saved: `knownDoc`, with what was put back. */
  let settled: T | undefined;
  /** This tab's recent saves, oldest first. */
  let saves: { before: T; after: T; at: number }[] = [];
  /** Whether what was put back into another tab's save is still to be saved, for that tab to hear of it. */
  let owed = false;
  /** `options.rebase`, once loaded. */
  let rebase: Rebase<T> | undefined;
  const recentSaves = () => (saves = saves.filter((save) => save.at > Date.now() - CROSSING_MS));
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change not yet saved was made. */
  let since: number | undefined;
  /** Text from outside being read, while its decoding is under way, or after the first read failed. */
  let reading: { raw: string; done: Promise<void>; failed?: boolean } | undefined;
  /** Whether `ready` has reported the first read's failure: asked again, it tries again. */
  let reported = false;
  /** Whether the first read, of what was stored as the page opened, is over. */
  let started = false;
  const replay = (base: T) => pending.reduce<T>((doc, change) => change(doc), base);

  /**
   * Takes `raw`, from outside, as this tab's document, with this tab's unsaved changes applied again. Text that
   * cannot be read leaves an empty document, or, with `keepOwn`, this tab's own.
   */
  const take = (raw: string | undefined, keepOwn = false): void => {
    const apply = (doc: T | undefined) => {
      reading = undefined;
      started = true;
      if (doc === undefined && keepOwn) return;
      const theirs = doc ?? options.initial();
      const merged =
        doc !== undefined && settled !== undefined && rebase && recentSaves().length
          ? rebase(theirs, settled, saves)
          : theirs;
      owed ||= merged !== theirs;
      knownDoc = theirs;
      settled = merged;
      $doc.set(replay(merged));
    };
    if (raw === undefined) return apply(undefined);
    let decoded = options.decode(raw);
    // This tab saved a moment ago: what puts back the changes their save may not have seen loads first.
    const { rebase: load } = options;
    if (load && !rebase && started && recentSaves().length)
      decoded = Promise.all([decoded, load()]).then(([doc, loaded]) => {
        rebase = loaded;
        return doc;
      });
    if (!(decoded instanceof Promise)) return apply(decoded);
    const now: NonNullable<typeof reading> = {
      raw,
      done: decoded.then(
        (doc) => {
          if (reading !== now) return;
          apply(doc);
          flush();
        },
        (error: unknown) => {
          if (reading !== now) return;
          // Before the first read nothing is shown and nothing written: `ready` says so, and can try again.
          if (!started) {
            now.failed = true;
            throw error;
          }
          // Later, this tab keeps its own document; their text is kept by the caller before it is saved over.
          reading = undefined;
          options.unchecked?.(now.raw);
          flush();
        },
      ),
    };
    reading = now;
    // A failure is reported through `ready`.
    now.done.catch(() => undefined);
  };

  const flush = () => {
    clearTimeout(timer);
    timer = since = undefined;
    if ((!pending.length && !owed) || reading) return;
    const stored = engine[key];
    // Another tab saved and its storage event has not arrived yet: build on its save.
    if (stored !== undefined && stored !== known) {
      known = stored;
      take(stored, true);
      // Its code is loading: saved once it is read.
      if (reading) return;
    }
    pending = [];
    owed = false;
    const doc = $doc.get();
    if (knownDoc !== undefined) recentSaves().push({ before: knownDoc, after: doc, at: Date.now() });
    knownDoc = settled = doc;
    known = JSON.stringify(doc);
    engine[key] = known;
    options.saved?.(known);
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
    take(e.newValue);
    // The other tab hears of this tab's changes too.
    flush();
  };
  const restore = () => {
    const stored = engine[key];
    if (stored !== undefined) listener({ key, newValue: stored });
  };

  /** Leaving the page while another tab's text is still being read: theirs is kept, this tab's is saved. */
  const leave = () => {
    if (reading && started) {
      options.unchecked?.(reading.raw);
      reading = undefined;
      owed = true;
    }
    flush();
  };

  take(known);
  onMount($doc, () => {
    restore();
    events.addEventListener(key, listener, restore);
    return () => events.removeEventListener(key, listener, restore);
  });
  if (typeof window !== 'undefined') {
    // Closing, reloading or leaving the page, or the phone switching apps: nothing typed is lost.
    window.addEventListener('pagehide', leave);
    window.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') leave();
    });
  }

  const ready = async (): Promise<void> => {
    // Asked again after it reported that the first read failed: read the same text again (its code may load
    // this time).
    if (reading?.failed && reported) take(reading.raw);
    try {
      while (reading) await reading.done;
    } catch (error) {
      reported = true;
      throw error;
    }
  };

  return { $doc, update, flush, ready };
}
