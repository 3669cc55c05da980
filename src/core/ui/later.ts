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
 * A component whose code loads the first time it is drawn. Smaller than Solid's `lazy`, which brings
 * Suspense and resources along: this draws nothing until the code is there, then the component. If the
 * code fails to load, it says so with a Retry instead of leaving a blank space.
 */
export function later<P extends object>(load: () => Promise<{ default: Component<P> }>): Component<P> {
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
        return failed() ? failedPart(start) : undefined;
      },
      children: (C: () => Component<P>) => createComponent(C(), props),
    });
  };
}
