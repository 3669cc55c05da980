/**
 * "A new version of this site is ready. Reload to update": loaded by src/site/offline.ts when a new version is
 * waiting (a file of its own, run once, with no exports). The new version takes over only when the reader chooses.
 */
const workers = navigator.serviceWorker;

void workers.getRegistration().then((registration) => {
  const waiting = registration?.waiting;
  if (!waiting) return;
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
});
