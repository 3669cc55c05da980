import { renderTool } from '../../core/ui/tool-root';
import type { ChecklistItem } from '../../core/checklist-schema';
import { whenDataReady } from '../../core/ui/when-ready';
import ChecklistApp from './ChecklistApp';
import { timed } from '../../core/timed';

/**
 * Starts the checklist in its root element once the stored data is read, replacing the static fallback shown
 * without JavaScript. Mounted with Solid's render() (through renderTool) rather than an Astro client directive: Astro's Solid
 * renderer brings hydration and solid-js/store (about 3 KB gzip) that a client-only tool never uses.
 */
export function mountChecklist(root: HTMLElement): void {
  whenDataReady(root, () =>
    // How long the tool took to draw itself from the data.
    timed('checklist:mount', () => {
      const items = JSON.parse(root.dataset['items'] ?? '[]') as ChecklistItem[];
      renderTool(root, () => <ChecklistApp items={items} />);
    }),
  );
}
