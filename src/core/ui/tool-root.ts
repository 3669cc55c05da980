import type { JSX } from 'solid-js';
import { render } from 'solid-js/web';

/** The element this page's tool is drawn in (one tool a page): its parts look for one another there. */
let toolRoot: HTMLElement | undefined;

/** Draws a tool in its root element, replacing what was there (the static fallback shown without JavaScript). */
export function renderTool(root: HTMLElement, tool: () => JSX.Element): void {
  toolRoot = root;
  root.replaceChildren();
  render(tool, root);
}

/**
 * Moves the keyboard within the tool, never to the page around it: focuses the first element that matches one of
 * `selectors`, tried in order, inside the tool's root; true when one took focus.
 */
export function focusInTool(...selectors: string[]): boolean {
  for (const selector of selectors) {
    const el = toolRoot?.querySelector<HTMLElement>(selector);
    if (el) {
      el.focus();
      return true;
    }
  }
  return false;
}
