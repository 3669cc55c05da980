import { docReady } from '../store/followup';
import { failedPart } from './later';

/**
 * Draws a tool in `root` once the stored data has been read: at once for data this site saved, after the
 * validator loaded for any other. If it did not load, the tool's place says so, with a Retry; nothing stored
 * is touched meanwhile.
 */
export function whenDataReady(root: HTMLElement, draw: () => void): void {
  docReady().then(draw, () =>
    root.replaceChildren(failedPart(() => whenDataReady(root, draw), 'Your saved data is untouched. ')),
  );
}
