/**
 * The deliberate double-check of a name (rule 3): the name shown large, one character as a reader sees it
 * per tile, to compare against a business card or an email signature before confirming. Loaded on demand:
 * most visits never open it. Built with DOM calls and `textContent` only, so a name stays text.
 */

let opened = 0;

/** The name as a reader sees its characters: emoji with joiners and accented letters stay whole. */
function graphemes(name: string): string[] {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(name)].map((s) => s.segment);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}) {
  return Object.assign(document.createElement(tag), props);
}

/** Opens the dialog for `name`; resolves true when the user confirms the spelling, false to correct it. */
export function checkSpelling(name: string): Promise<boolean> {
  const id = `spell-title-${++opened}`;
  const dialog = el('dialog', { className: 'spell-dialog' });
  dialog.setAttribute('aria-labelledby', id);
  const title = el('h2', { id, textContent: 'Check the spelling, letter by letter' });
  const hint = el('p', {
    textContent: 'Compare with their business card, email signature or the company website.',
  });
  // dir="auto": a Hebrew or Arabic name reads right to left, as on their card.
  const tiles = el('p', { className: 'spelled', dir: 'auto' });
  tiles.setAttribute('aria-hidden', 'true');
  const chars = graphemes(name);
  for (const ch of chars) {
    const space = /^\s+$/u.test(ch);
    tiles.append(el('span', { className: space ? 'gap' : 'letter', textContent: space ? '·' : ch }));
  }
  const spoken = el('p', { className: 'sr-only', textContent: `Spelled: ${chars.join(' ')}` });
  const yes = el('button', {
    type: 'button',
    className: 'button primary',
    textContent: 'Yes, it matches exactly',
  });
  const no = el('button', {
    type: 'button',
    className: 'button secondary',
    textContent: 'No, let me correct it',
  });
  const actions = el('p', { className: 'notice-actions' });
  actions.append(yes, no);
  dialog.append(title, hint, tiles, spoken, actions);
  document.body.append(dialog);
  return new Promise((resolve) => {
    let answer = false;
    yes.onclick = () => {
      answer = true;
      dialog.close();
    };
    no.onclick = () => dialog.close();
    dialog.onclose = () => {
      dialog.remove();
      resolve(answer);
    };
    dialog.showModal();
  });
}
