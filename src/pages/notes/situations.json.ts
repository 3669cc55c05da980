import { getCollection } from 'astro:content';

/**
 * The note templates (`content/situations.yaml`) as a JSON file beside the note builder, fetched by it once
 * its code runs: a dozen situations in two tones and two lengths would otherwise weigh on the page's first
 * render. The service worker keeps a copy for offline use.
 */
export async function GET(): Promise<Response> {
  const situations = (await getCollection('situations')).map((s) => s.data);
  return new Response(JSON.stringify(situations), { headers: { 'Content-Type': 'application/json' } });
}
