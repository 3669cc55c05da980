/* global self, caches -- a service worker script (imported by sw.js) */
/*
 * Web Share Target for the installed app (imported by the service worker, see src/build/offline.ts):
 * an invite shared from the mail or calendar app is POSTed to /checklist/share-invite. The site is static,
 * so the worker catches the post, keeps the file or text in a cache for the page
 * (src/features/checklist/invite/shared-invite.ts) and opens the checklist on it. Nothing leaves the device.
 */
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'POST' || url.origin !== self.location.origin) return;
  if (url.pathname !== '/checklist/share-invite') return;
  event.respondWith(
    (async () => {
      const cache = await caches.open('fuk-shared-invite');
      try {
        const form = await event.request.formData();
        const file = form.get('invite');
        const text = ['title', 'text', 'url']
          .map((k) => form.get(k))
          .filter((v) => typeof v === 'string' && v.trim())
          .join('\n');
        if (file && typeof file !== 'string') {
          const headers = { 'content-type': 'text/calendar', 'x-file-name': encodeURIComponent(file.name) };
          await cache.put('/checklist/shared-invite/file', new Response(file, { headers }));
        } else if (text) await cache.put('/checklist/shared-invite/text', new Response(text));
      } catch {
        // Unreadable post: the checklist opens as usual and the user can pick the file instead.
      }
      return Response.redirect('/checklist/#invite=shared', 303);
    })(),
  );
});
