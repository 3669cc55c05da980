import { render } from 'solid-js/web';
import PeopleApp, { type PeopleAppProps } from './PeopleApp';

/** Starts the People page in its root element; `data-labels` holds the situation and checklist labels. */
export function mountPeople(root: HTMLElement): void {
  performance.mark('people:start');
  const labels = JSON.parse(root.dataset['labels'] ?? '{}') as Partial<PeopleAppProps>;
  root.replaceChildren();
  render(() => <PeopleApp situations={labels.situations ?? {}} items={labels.items ?? {}} />, root);
  // Read by the benchmark: how long the page took to read the data and draw the list.
  performance.measure('people:mount', 'people:start');
}
