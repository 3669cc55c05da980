import { renderTool } from '../../core/ui/tool-root';
import type { ChecklistItem } from '../../core/checklist-schema';
import { useLexicon } from './grammar';
import type { BuiltSituation, NoteContent, Situations } from './situation-schema';
import NotesApp from './NotesApp';
import { whenDataReady } from '../../core/ui/when-ready';

/** Whether there is a situation to offer. (Here, not beside the type: that module brings the schema's validator.) */
const hasSituations = (list: readonly BuiltSituation[]): list is Situations => list.length > 0;

/**
 * Starts the note builder in its root element once its templates have arrived and the stored data is read, replacing the examples shown
 * without JavaScript. If the templates cannot be fetched, the examples stay and a message says why.
 */
export async function mountNotes(root: HTMLElement): Promise<void> {
  const items = JSON.parse(root.dataset['items'] ?? '[]') as ChecklistItem[];
  let situations: Situations;
  try {
    const response = await fetch(root.dataset['situationsSrc'] ?? '/notes/situations.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const content = (await response.json()) as NoteContent;
    if (!Array.isArray(content.situations) || !hasSituations(content.situations))
      throw new Error('no templates');
    situations = content.situations;
    useLexicon(content.words);
  } catch {
    // The page holds the message, hidden: shown with the examples, which work without the templates.
    root.querySelector('[data-load-error]')?.removeAttribute('hidden');
    root.querySelector('.no-js-only')?.classList.remove('no-js-only');
    return;
  }
  whenDataReady(root, () => {
    renderTool(root, () => <NotesApp situations={situations} items={items} />);
  });
}
