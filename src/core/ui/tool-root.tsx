import { type JSX, createContext, useContext } from 'solid-js';
import { render } from 'solid-js/web';

/** The element a tool is drawn in: its parts look for one another there, never in the page around it. */
const ToolRoot = createContext<HTMLElement>();

/** Draws a tool in its root element, replacing what was there (the static fallback shown without JavaScript). */
export function renderTool(root: HTMLElement, tool: () => JSX.Element): void {
  root.replaceChildren();
  render(() => <ToolRoot.Provider value={root}>{tool()}</ToolRoot.Provider>, root);
}

/**
 * Moving the keyboard within the tool: the returned function focuses the first element that matches one of
 * `selectors`, tried in order, inside the tool's root; true when one took focus.
 */
export function useFocusInTool(): (...selectors: string[]) => boolean {
  const root = useContext(ToolRoot);
  return (...selectors) => {
    for (const selector of selectors) {
      const el = root?.querySelector<HTMLElement>(selector);
      if (el) {
        el.focus();
        return true;
      }
    }
    return false;
  };
}
