import { render } from 'solid-js/web';
import type { ChecklistItem } from '../../core/checklist-schema';
import { useLexicon } from './grammar';
import type { BuiltSituation, NoteContent } from './situation-schema';
import NotesApp from './NotesApp';
import { whenDataReady } from '../../core/ui/when-ready';

/**
 * Starts the note builder in its root element once its templates have arrived and the stored data is read, replacing the examples shown
 * without JavaScript. If the templates cannot be fetched, the examples stay and a message says why.
 */
export async function mountNotes(root: HTMLElement): Promise<void> {
  const items = JSON.parse(root.dataset['items'] ?? '[]') as ChecklistItem[];
  let situations: BuiltSituation[];
  try {
    const response = await fetch(root.dataset['situationsSrc'] ?? '/notes/situations.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const content = (await response.json()) as NoteContent;
    situations = content.situations;
    if (!Array.isArray(situations) || situations.length === 0) throw new Error('no templates');
    useLexicon(content.words);
  } catch {
    // The page holds the message, hidden: shown with the examples, which work without the templates.
    root.querySelector('[data-load-error]')?.removeAttribute('hidden');
    root.querySelector('.no-js-only')?.classList.remove('no-js-only');
    return;
  }
  whenDataReady(root, () => {
    root.replaceChildren();
    render(() => <NotesApp situations={situations} items={items} />, root);
  });
}
