import { render } from 'solid-js/web';
import PeopleApp, { type PeopleAppProps } from './PeopleApp';
import { timed } from '../../core/timed';

/** Starts the People page in its root element; `data-labels` holds the situation and checklist labels. */
export function mountPeople(root: HTMLElement): void {
  // How long the page took to read the data and draw the list.
  timed('people:mount', () => {
    const labels = JSON.parse(root.dataset['labels'] ?? '{}') as Partial<PeopleAppProps>;
    root.replaceChildren();
    render(() => <PeopleApp situations={labels.situations ?? {}} items={labels.items ?? {}} />, root);
  });
}
