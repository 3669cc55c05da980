import { renderTool } from '../../core/ui/tool-root';
import type { ChecklistItem } from '../../core/checklist-schema';
import { whenDataReady } from '../../core/ui/when-ready';
import DataApp from './DataApp';

/**
 * Starts the data tools in their root element once the stored data is read; `data-items` holds the checklist
 * items with a deadline.
 */
export function mountData(root: HTMLElement): void {
  whenDataReady(root, () => {
    const items = JSON.parse(root.dataset['items'] ?? '[]') as ChecklistItem[];
    renderTool(root, () => <DataApp items={items} />);
  });
}
