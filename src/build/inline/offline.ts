/**
 * Registers the service worker once the page has loaded and the browser is idle, so offline caching never
 * competes with a first visit. When a new version of the site is waiting, it offers "Reload to update": the new
 * version takes over only when the reader chooses (what they typed is already saved).
 */
export function startOffline(): void {
  // Missing in insecure contexts and in some private modes, whatever the type says.
  const workers = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!workers) return;

  const offer = (waiting: ServiceWorker) => {
    // A first install is not an update; and one prompt is enough.
    if (!workers.controller || document.getElementById('update-prompt')) return;
    const prompt = document.createElement('div');
    // Styled by its id (src/styles/site.css); a button outside any form submits nothing.
    prompt.id = 'update-prompt';
    prompt.role = 'status';
    const button = document.createElement('button');
    button.className = 'button primary';
    button.textContent = 'Reload to update';
    const reload = () => location.reload();
    button.onclick = () => {
      button.disabled = true;
      button.textContent = 'Updating…';
      workers.addEventListener('controllerchange', reload);
      waiting.postMessage({ type: 'SKIP_WAITING' });
      // The browser lets the new version take over only once the old one has finished what this page asked of it
      // (a file still loading); if that takes long, reloading ends those requests, and the new version follows.
      setTimeout(reload, 4000);
    };
    prompt.append('A new version of this site is ready. ', button);
    document.body.append(prompt);
  };
  const register = () =>
    workers.register('/sw.js').then(
      // Undefined, whatever the type says, where workers are blocked (as in the tests).
      (registration: ServiceWorkerRegistration | undefined) => {
        if (!registration) return;
        if (registration.waiting) offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed') offer(installing);
          });
        });
      },
      // No offline copy this time (storage blocked or full); the site works online as ever.
      () => undefined,
    );
  // Safari has no requestIdleCallback.
  addEventListener('load', () => (window.requestIdleCallback ?? setTimeout)(register));
}
