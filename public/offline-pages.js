/* global self, caches -- a service worker script (imported by sw.js) */
/*
 * The site's pages offline (imported by the service worker, see src/build/offline.ts). The build writes
 * every page into one file (self.FUK_OFFLINE_PAGES names it, set at the top of sw.js). One file compresses far
 * better than twenty pages that share their styles, header and footer, so the background download after a first
 * visit stays light. Installing splits it into a cache of this version; pages are then answered from there, and
 * a new version's pages take over only when its worker does (after "Reload to update").
 */
const PAGES_FILE = self.FUK_OFFLINE_PAGES;
const PAGES_CACHE = `fuk-pages-${PAGES_FILE}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch(PAGES_FILE, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${PAGES_FILE}: ${response.status}`);
      const { headers, pages } = await response.json();
      const cache = await caches.open(PAGES_CACHE);
      const type = { 'content-type': 'text/html; charset=utf-8' };
      await Promise.all(
        Object.entries(pages).map(([path, html]) =>
          cache.put(path, new Response(html, { headers: { ...headers, ...type } })),
        ),
      );
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((n) => n.startsWith('fuk-pages-') && n !== PAGES_CACHE).map((n) => caches.delete(n)),
        ),
      ),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || request.mode !== 'navigate') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // By its path alone: /search/?q=… is the search page, which reads the query itself.
  event.respondWith(
    caches
      .open(PAGES_CACHE)
      .then((cache) => cache.match(url.pathname))
      .then((page) => page ?? fetch(request)),
  );
});
