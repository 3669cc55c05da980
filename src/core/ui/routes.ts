import { type Accessor, createSignal, onCleanup, onMount } from 'solid-js';

/** The id a tool page's address names as `#name=id`, or undefined. */
function idInHash(name: string): string | undefined {
  const id = new RegExp(`^#${name}=([^&]+)`).exec(location.hash)?.[1];
  return id && decodeURIComponent(id);
}

/**
 * The record a tool page's address names (`#interview=id`, `#person=id`), in step with the back and forward
 * buttons and a hash typed by hand; `open` shows another, or the list without one, as a new history entry:
 * back on the list, the cursor goes to its heading (`listHeading`, the element once the list is drawn) at the top of the page.
 * `onMove` hears every change the user made by moving through history.
 */
export function useHashRecord(
  name: string,
  listHeading: () => HTMLElement | undefined,
  onMove?: () => void,
): { id: Accessor<string | undefined>; open: (id: string | undefined) => void } {
  const [id, setId] = createSignal(idInHash(name));
  onMount(() => {
    const onHash = () => {
      onMove?.();
      setId(idInHash(name));
    };
    window.addEventListener('popstate', onHash);
    window.addEventListener('hashchange', onHash);
    onCleanup(() => {
      window.removeEventListener('popstate', onHash);
      window.removeEventListener('hashchange', onHash);
    });
  });
  const open = (next: string | undefined) => {
    history.pushState(null, '', next ? `#${name}=${encodeURIComponent(next)}` : location.pathname);
    setId(next);
    // Once the list is drawn again.
    if (!next)
      queueMicrotask(() => {
        listHeading()?.focus();
        window.scrollTo(0, 0);
      });
  };
  return { id, open };
}

/** The time now, refreshed every minute while the page is open: deadlines are said relative to it. */
export function useMinuteClock(): Accessor<Date> {
  const [now, setNow] = createSignal(new Date());
  onMount(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    onCleanup(() => clearInterval(timer));
  });
  return now;
}
