import { render } from 'solid-js/web';
import type { ChecklistItem } from '../../core/checklist-schema';
import DataApp from './DataApp';

/** Starts the data tools in their root element; `data-items` holds the checklist items with a deadline. */
export function mountData(root: HTMLElement): void {
  const items = JSON.parse(root.dataset['items'] ?? '[]') as ChecklistItem[];
  root.replaceChildren();
  render(() => <DataApp items={items} />, root);
}
