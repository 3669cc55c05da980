import { type Accessor, createEffect, createSignal, on, onCleanup } from 'solid-js';

/**
 * A signal that follows `source` once it has not changed for `ms`: for work across the whole history that
 * need not be redone on each keystroke, only once typing pauses.
 */
export function settled<T>(source: Accessor<T>, ms = 400): Accessor<T> {
  const [value, setValue] = createSignal<T>(source(), { equals: false });
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      source,
      (next) => {
        clearTimeout(timer);
        timer = setTimeout(() => setValue(() => next), ms);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));
  return value;
}
