/* global self, caches, clients -- a service worker script (imported by sw.js) */
/*
 * The site's code files (/_astro/*, named by their content) for the service worker, see
 * src/build/offline.ts. A page loads some of its parts only when they are opened. After a deploy, a page
 * still open on the previous version asks for that version's files, which the new worker no longer precaches and
 * the server may no longer have. So when a new worker takes over, the outgoing version's files are kept in a
 * cache of their own, and kept until no window that was open before the update is left (reloaded or closed).
 * Parts that are not precached (rarely used libraries) are cached the first time they load.
 */
const PRECACHE = 'workbox-precache-';
const CODE = 'fuk-code';
const PREVIOUS = 'fuk-previous-code';
const OLD_WINDOWS = '/fuk-previous-code/windows';

const isCode = (url) => url.origin === self.location.origin && url.pathname.startsWith('/_astro/');

/** Copies every code file of `from` (caches whose name starts so) into the cache `to`. */
async function copyCode(from, to) {
  const target = await caches.open(to);
  for (const name of (await caches.keys()).filter((n) => n.startsWith(from))) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (!isCode(new URL(request.url))) continue;
      const response = await cache.match(request);
      if (response) await target.put(new URL(request.url).pathname, response);
    }
  }
}

// While a previous version is active, the precache holds its files (and, as Workbox's install goes on, some of
// this version's: harmless, a file's name changes with its content). Copied now: on activation Workbox removes them.
self.addEventListener('install', (event) => {
  if (self.registration.active) event.waitUntil(copyCode(PRECACHE, PREVIOUS));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Parts cached on first use belong to the outgoing version too: they start again for this one.
      await copyCode(CODE, PREVIOUS);
      await caches.delete(CODE);
      const windows = await clients.matchAll({ type: 'window', includeUncontrolled: true });
      const previous = await caches.open(PREVIOUS);
      await previous.put(OLD_WINDOWS, new Response(JSON.stringify(windows.map((w) => w.id))));
    })(),
  );
});

/** Drops the outgoing version's files once every window that was open before the update is gone. */
async function prune() {
  // While a new version installs or waits, it is filling the cache for the windows of this one.
  if (self.registration.installing || self.registration.waiting || !(await caches.has(PREVIOUS))) return;
  const windows = await (await caches.open(PREVIOUS)).match(OLD_WINDOWS);
  if (!windows) return;
  const ids = await windows.json();
  const open = await Promise.all(ids.map((id) => clients.get(id)));
  if (!open.some(Boolean)) await caches.delete(PREVIOUS);
}

async function codeFile(request) {
  // Any cache will do: a file's name changes with its content.
  const kept = await caches.match(request.url, { ignoreSearch: true, ignoreVary: true });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(CODE)).put(new URL(request.url).pathname, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.waitUntil(prune());
  if (!isCode(url)) return;
  event.respondWith(codeFile(request));
  // Answered here: Workbox's precache route, registered after this, must not answer it a second time.
  event.stopImmediatePropagation();
});
