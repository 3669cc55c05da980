import { renderTool } from '../../core/ui/tool-root';
import { whenDataReady } from '../../core/ui/when-ready';
import PeopleApp, { type PeopleAppProps } from './PeopleApp';
import { timed } from '../../core/timed';

/**
 * Starts the People page in its root element once the stored data is read; `data-labels` holds the situation
 * and checklist labels.
 */
export function mountPeople(root: HTMLElement): void {
  whenDataReady(root, () =>
    // How long the page took to draw the list from the data.
    timed('people:mount', () => {
      const labels = JSON.parse(root.dataset['labels'] ?? '{}') as Partial<PeopleAppProps>;
      renderTool(root, () => <PeopleApp situations={labels.situations ?? {}} items={labels.items ?? {}} />);
    }),
  );
}
