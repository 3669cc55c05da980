import { type Component, type JSX, Show, createComponent, createSignal } from 'solid-js';

/**
 * What a part that failed to load says, with its Retry, and `more` (a sentence of the caller's, with its trailing
 * space) between. Static text only, so plain DOM is safe here.
 */
export function failedPart(retry: () => void, more = ''): HTMLElement {
  const box = document.createElement('p');
  box.className = 'notice warn load-failed';
  box.setAttribute('role', 'alert');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button secondary small';
  button.textContent = 'Retry';
  button.onclick = retry;
  box.append(`This part did not load (offline, or the site was updated). ${more}`, button);
  return box;
}

/** Where a value waits across the reload a second failed load leads to: this tab's session storage. */
const CARRIED_PREFIX = 'fuk:carried:';

/**
 * Loads code on demand, and lets a failed load be tried again: the promise is kept while it succeeds or is
 * pending, forgotten when it fails, so the next call fetches afresh. A second failure reloads the page, as
 * Chromium keeps a file that failed to load as failed until then; a reload fetches afresh (after an update, the
 * new version's files), and everything stored is saved as the page is left. What the user typed and has not
 * stored yet travels across it as `carry` (see `carried`); when session storage is blocked, there is no reload
 * and the failure is the caller's to show.
 */
export function loader<T>(load: () => Promise<T>): (carry?: { key: string; value: unknown }) => Promise<T> {
  let pending: Promise<T> | undefined;
  let failedBefore = false;
  return (carry) =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      if (failedBefore && keepForReload(carry)) location.reload();
      failedBefore = true;
      throw error;
    }));
}

/** What an action says when the code it needs did not load: doing it again tries again (see `loader`). */
export const NOT_LOADED =
  'That did not work: this part of the page did not load (offline, or the site was updated). Try again.';

/**
 * The code `get` loads (a `loader`), or undefined when it cannot load, once `failed` has been given the sentence
 * to show. For a button's action: pressing it again tries again, so nothing is left silently undone.
 */
export async function loaded<T>(
  get: () => Promise<T>,
  failed: (message: string) => void,
): Promise<T | undefined> {
  try {
    return await get();
  } catch {
    failed(NOT_LOADED);
    return undefined;
  }
}

/** Puts `carry` where the page after the reload finds it; false when session storage is blocked. */
function keepForReload(carry: { key: string; value: unknown } | undefined): boolean {
  try {
    if (carry) sessionStorage.setItem(CARRIED_PREFIX + carry.key, JSON.stringify(carry.value));
    return true;
  } catch {
    return false;
  }
}

/** What a `loader` call carried across the reload under `key`, taken out (unknown: check its shape). */
export function carried(key: string): unknown {
  try {
    const raw = sessionStorage.getItem(CARRIED_PREFIX + key);
    sessionStorage.removeItem(CARRIED_PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * A component whose code loads the first time it is drawn, or sooner with `preload()` when the user is about to
 * need it (drawn once loaded, it appears at once). Smaller than Solid's `lazy`, which brings Suspense and
 * resources along: this draws nothing until the code is there, then the component. If the code fails to load,
 * it says so with a Retry instead of leaving a blank space (a Retry that fails too reloads the page: see
 * `loader`).
 */
export function later<P extends object>(
  load: () => Promise<{ default: Component<P> }>,
): Component<P> & { preload: () => void } {
  const [loaded, setLoaded] = createSignal<Component<P>>();
  const [failed, setFailed] = createSignal(false);
  const get = loader(load);
  const start = () => {
    setFailed(false);
    get().then(
      (m) => setLoaded(() => m.default),
      () => setFailed(true),
    );
  };
  let started = false;
  const preload = () => {
    if (started) return;
    started = true;
    start();
  };
  const component = (props: P): JSX.Element => {
    preload();
    return Show({
      get when() {
        return loaded();
      },
      get fallback() {
        return failed() ? failedPart(start) : undefined;
      },
      children: (C: () => Component<P>) => createComponent(C(), props),
    });
  };
  return Object.assign(component, { preload });
}
