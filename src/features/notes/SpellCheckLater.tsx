import { type JSX, Show, createSignal } from 'solid-js';
import { loaded } from '../../core/ui/later';
import { spellDialog } from '../../core/ui/spell-later';

interface SpellCheckLaterProps {
  name: string;
  onConfirm: () => void;
  /** Where the name can be corrected. */
  fixHref: string;
}

/** Asks to double-check the spelling of a name; the letter-by-letter dialog loads the first time it opens. */
export default function SpellCheckLater(props: SpellCheckLaterProps): JSX.Element {
  const [fix, setFix] = createSignal(false);
  const [note, setNote] = createSignal('');
  const open = async () => {
    setNote('');
    const dialog = await loaded(spellDialog, setNote);
    if (!dialog) return;
    const confirmed = await dialog.checkSpelling(props.name);
    setFix(!confirmed);
    if (confirmed) props.onConfirm();
  };
  return (
    <p class="spell-row">
      <span>Is “{props.name}” spelled exactly as they write it?</span>{' '}
      <button type="button" class="button secondary small" onClick={() => void open()}>
        Check spelling
      </button>
      <Show when={fix()}>
        <span class="field-hint">
          {' '}
          Correct it in <a href={props.fixHref}>your checklist</a>: this note is kept.
        </span>
      </Show>{' '}
      <span role="status" class="field-hint">
        {note()}
      </span>
    </p>
  );
}
