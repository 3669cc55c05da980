import { excerptParts } from './search-text';

/** Builds an element with a class and text; text is always set as text, never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt with the matched words in `<mark>`, built from text nodes only. */
export function excerptNode(excerpt: string): HTMLElement {
  const p = el('span', 'search-excerpt');
  for (const part of excerptParts(excerpt)) {
    p.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  }
  return p;
}
