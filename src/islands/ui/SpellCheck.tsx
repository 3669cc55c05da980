import type { JSX } from 'solid-js';

interface SpellCheckProps {
  name: string;
  onConfirm: () => void;
  onFix: () => void;
}

/**
 * "Check spelling": opens the letter-by-letter dialog (`spell-dialog.ts`, fetched on first use) for the
 * name, then confirms it or sends the reader to correct it.
 */
export function SpellCheck(props: SpellCheckProps): JSX.Element {
  return (
    <button
      type="button"
      class="button secondary small"
      disabled={!props.name.trim()}
      onClick={async () => {
        const { checkSpelling } = await import('./spell-dialog');
        if (await checkSpelling(props.name)) props.onConfirm();
        else props.onFix();
      }}
    >
      Check spelling
    </button>
  );
}
