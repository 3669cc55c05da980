import { type Component, type JSX, Show, createComponent, createSignal } from 'solid-js';

/** What a part that failed to load says, with its Retry. Static text only, so plain DOM is safe here. */
function failedPart(retry: () => void): HTMLElement {
  const box = document.createElement('p');
  box.className = 'notice warn load-failed';
  box.setAttribute('role', 'alert');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button secondary small';
  button.textContent = 'Retry';
  button.onclick = retry;
  box.append('This part did not load (offline, or the site was updated). ', button);
  return box;
}

/**
 * Loads code on demand, and lets a failed load be tried again: the promise is kept while it succeeds or is
 * pending, forgotten when it fails, so the next call fetches afresh.
 */
export function loader<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/**
 * What to do when code fails to load a second time: reload the page. Chromium keeps a script that failed to
 * load as failed for the life of the page, so asking again in the page cannot succeed there; a reload fetches
 * afresh (and, after an update, the new version's files). Everything stored is saved as the page is left.
 */
export const reloadPage = (): void => location.reload();

/**
 * A component whose code loads the first time it is drawn. Smaller than Solid's `lazy`, which brings
 * Suspense and resources along: this draws nothing until the code is there, then the component. If the
 * code fails to load, it says so with a Retry instead of leaving a blank space; Retry tries again in the
 * page, and reloads it if that fails too.
 */
export function later<P extends object>(load: () => Promise<{ default: Component<P> }>): Component<P> {
  const [loaded, setLoaded] = createSignal<Component<P>>();
  const [failed, setFailed] = createSignal(false);
  const get = loader(load);
  const start = (retrying = false) => {
    setFailed(false);
    get().then(
      (m) => setLoaded(() => m.default),
      () => (retrying ? reloadPage() : setFailed(true)),
    );
  };
  let started = false;
  return (props: P): JSX.Element => {
    if (!started) {
      started = true;
      start();
    }
    return Show({
      get when() {
        return loaded();
      },
      get fallback() {
        return failed() ? failedPart(() => start(true)) : undefined;
      },
      children: (C: () => Component<P>) => createComponent(C(), props),
    });
  };
}
