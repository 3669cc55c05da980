import { render } from 'solid-js/web';
import DataApp from './DataApp';

/** Starts the data tools in their root element. */
export function mountData(root: HTMLElement): void {
  root.replaceChildren();
  render(() => <DataApp />, root);
}
