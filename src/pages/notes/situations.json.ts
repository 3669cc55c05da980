import { getCollection } from 'astro:content';
import { fieldsFor } from '../../features/notes/fields';
import { factsIn } from '../../features/notes/plan';
import { readLexicon } from '../../features/notes/note-words-schema';
import type { BuiltSituation, NoteContent, Situation } from '../../features/notes/situation-schema';

/**
 * The note templates (`content/situations.yaml`) as a JSON file beside the note builder, fetched by it once
 * its code runs: a dozen situations in two tones and two lengths would otherwise weigh on the page's first
 * render. The service worker keeps a copy for offline use.
 */
export async function GET(): Promise<Response> {
  const situations = (await getCollection('situations')).map((s): BuiltSituation => {
    const situation: Situation = s.data;
    const uses = new Set(
      (['formal', 'warm'] as const).flatMap((tone) =>
        (['short', 'standard'] as const).flatMap((length) => factsIn(situation[tone][length])),
      ),
    );
    // `{skills}` is the strengths said another way: a text that uses it asks for the strengths.
    if (uses.delete('skills')) uses.add('strengths');
    return { ...situation, uses: [...uses], fields: fieldsFor(situation) };
  });
  const body: NoteContent = { situations, words: readLexicon(process.cwd()) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
}
