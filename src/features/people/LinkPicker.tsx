import { type JSX, For, Show, createSignal } from 'solid-js';
import { type SharedField, conflictsOf } from '../../core/link-people';
import type { PersonGroup } from '../../core/people';
import { link } from '../../core/store/people';
import { RadioGroup } from '../../core/ui/RadioGroup';
import { uid } from '../../core/ui/Field';

const FIELD_LABELS: Record<SharedField, string> = {
  name: 'Name',
  honorific: 'Title before the name',
  email: 'Email',
  phone: 'Phone',
};

interface LinkPickerProps {
  keep: PersonGroup;
  other: PersonGroup;
  onDone: (linked: boolean) => void;
}

/**
 * Links two people as one. Where their details differ, each value is shown side by side and the user picks
 * one; a detail only one of them has is kept without asking. Nothing changes until "Link" is pressed.
 */
export default function LinkPicker(props: LinkPickerProps): JSX.Element {
  // The two people are fixed while the picker is open: it closes on link or cancel.
  // eslint-disable-next-line solid/reactivity
  const conflicts = conflictsOf(props.keep, props.other);
  const [picks, setPicks] = createSignal<Partial<Record<SharedField, string>>>(
    Object.fromEntries(conflicts.map((c) => [c.field, c.values[0]])),
  );
  const name = uid('pick');
  let first: HTMLElement | undefined;
  queueMicrotask(() => first?.querySelector('input')?.focus());
  return (
    <div class="link-picker" ref={(el) => (first = el)}>
      <Show when={conflicts.length}>
        <p>Their details differ. Choose what to keep for this person; nothing else changes.</p>
        <For each={conflicts}>
          {(c) => (
            <RadioGroup
              legend={FIELD_LABELS[c.field]}
              name={`${name}-${c.field}`}
              class="stacked"
              value={picks()[c.field] ?? ''}
              options={c.values.map((v) => [v, v] as const)}
              onChange={(v) => setPicks({ ...picks(), [c.field]: v })}
            />
          )}
        </For>
      </Show>
      <p class="button-row">
        <button
          type="button"
          class="button primary"
          onClick={() => {
            link(props.keep, props.other, picks());
            props.onDone(true);
          }}
        >
          Link as one person
        </button>
        <button type="button" class="button secondary" onClick={() => props.onDone(false)}>
          Cancel
        </button>
      </p>
    </div>
  );
}
