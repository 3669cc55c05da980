import { render } from 'solid-js/web';
import type { ChecklistItem } from '../schemas/checklist';
import type { Situation } from '../schemas/situation';
import NotesApp from './NotesApp';

/** Starts the note builder in its root element, replacing the examples shown without JavaScript. */
export function mountNotes(root: HTMLElement): void {
  const situations = JSON.parse(root.dataset['situations'] ?? '[]') as Situation[];
  const items = JSON.parse(root.dataset['items'] ?? '[]') as ChecklistItem[];
  root.replaceChildren();
  render(() => <NotesApp situations={situations} items={items} />, root);
}
