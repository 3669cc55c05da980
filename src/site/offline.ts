import promptSrc from './update-prompt.ts?worker&url';

/**
 * Registers the service worker once the page has loaded and the browser is idle, so offline caching never
 * competes with a first visit. When a new version of the site is waiting, it offers "Reload to update"
 * (./update-prompt.ts): the new version takes over only when the reader chooses (what they typed is already saved).
 */
export function startOffline(): void {
  // Missing in insecure contexts and in some private modes, whatever the type says.
  const workers = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!workers) return;

  // A first install is not an update. The prompt's code (its own file, like search's) loads only now, as it is
  // rarely needed; if it cannot load, the new version simply waits for the next visit.
  const offer = () => {
    if (workers.controller) import(/* @vite-ignore */ promptSrc).catch(() => undefined);
  };
  const register = () =>
    workers.register('/sw.js').then(
      // Undefined, whatever the type says, where workers are blocked (as in the tests).
      (registration: ServiceWorkerRegistration | undefined) => {
        if (!registration) return;
        if (registration.waiting) offer();
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed') offer();
          });
        });
      },
      // No offline copy this time (storage blocked or full); the site works online as ever.
      () => undefined,
    );
  // Safari has no requestIdleCallback.
  const idle = () => (window.requestIdleCallback ?? setTimeout)(register);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle);
}
