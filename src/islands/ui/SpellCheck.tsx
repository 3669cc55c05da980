import { type JSX, For, Show } from 'solid-js';

interface SpellCheckProps {
  name: string;
  onConfirm: () => void;
  onFix: () => void;
}

/**
 * The deliberate double-check of a name (rule 3): the name shown large, letter by letter, to compare
 * against a business card or an email signature before confirming it.
 */
export function SpellCheck(props: SpellCheckProps): JSX.Element {
  let dialog: HTMLDialogElement | undefined;
  return (
    <>
      <button
        type="button"
        class="button secondary small"
        disabled={!props.name.trim()}
        onClick={() => dialog?.showModal()}
      >
        Check spelling
      </button>
      <dialog ref={(el) => (dialog = el)} class="spell-dialog" aria-labelledby="spell-title">
        <h3 id="spell-title">Check the spelling, letter by letter</h3>
        <p>Compare with their business card, email signature or the company website.</p>
        <p class="spelled" aria-hidden="true">
          <For each={[...props.name]}>
            {(ch) => <span class={ch === ' ' ? 'gap' : 'letter'}>{ch === ' ' ? '·' : ch}</span>}
          </For>
        </p>
        <p class="sr-only">
          Spelled: <Show when={props.name}>{[...props.name].join(' ')}</Show>
        </p>
        <p class="notice-actions">
          <button
            type="button"
            class="button primary"
            onClick={() => {
              props.onConfirm();
              dialog?.close();
            }}
          >
            Yes, it matches exactly
          </button>
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              dialog?.close();
              props.onFix();
            }}
          >
            No, let me correct it
          </button>
        </p>
      </dialog>
    </>
  );
}
