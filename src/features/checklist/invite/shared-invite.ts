/**
 * An invite shared to the installed app (Web Share Target): the service worker (public/share-target.js)
 * keeps the posted file or text in a cache and opens the checklist at #invite=shared; this takes it out.
 */
import type { Incoming } from './invite-model';

/** The cache and the keys the service worker writes; keep in step with public/share-target.js. */
export const SHARE_CACHE = 'fuk-shared-invite';
const FILE = '/checklist/shared-invite/file';
const TEXT = '/checklist/shared-invite/text';

/** Takes the shared invite out of the cache (once), or undefined when nothing is there. */
export async function takeShared(): Promise<Incoming | undefined> {
  history.replaceState(null, '', location.pathname);
  if (!('caches' in window)) return undefined;
  const cache = await caches.open(SHARE_CACHE);
  const [file, text] = await Promise.all([cache.match(FILE), cache.match(TEXT)]);
  await Promise.all([cache.delete(FILE), cache.delete(TEXT)]);
  if (file) {
    const name = decodeURIComponent(file.headers.get('x-file-name') ?? 'invite.ics');
    return { file: new File([await file.blob()], name, { type: 'text/calendar' }) };
  }
  return text ? { text: await text.text() } : undefined;
}
