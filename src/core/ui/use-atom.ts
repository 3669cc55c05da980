import type { ReadableAtom } from 'nanostores';
import { type Accessor, createSignal, onCleanup } from 'solid-js';

/**
 * A Solid signal that follows a nanostores atom. Smaller than @nanostores/solid's `useStore`, which pulls in
 * solid-js/store to diff objects: our atoms hold immutable values, so a plain signal is enough.
 */
export function useAtom<T>(store: ReadableAtom<T>): Accessor<T> {
  const [value, setValue] = createSignal<T>(store.get(), { equals: false });
  onCleanup(store.listen((next) => setValue(() => next)));
  return value;
}
