import { type JSX, For, Show, createSignal } from 'solid-js';
import { Field } from '../../core/ui/Field';
import type { Draft } from '../../core/model/model';
import type { AskedField, FactName } from './fields';

interface FactFieldsProps {
  /** The facts to ask, in order, with their words (`BuiltSituation.fields`). */
  fields: readonly AskedField[];
  draft: Draft;
  onChange: (patch: Partial<Omit<Draft, 'updatedAt'>>) => void;
}

/** The facts a situation asks beyond the detail and strengths, each with what it is for and an example. */
export function FactFields(props: FactFieldsProps): JSX.Element {
  const value = (name: FactName) => props.draft.facts[name] ?? '';
  const set = (name: FactName, v: string) => {
    // Nothing is kept for a fact left empty, so a draft holds only what was said.
    const facts = Object.fromEntries(
      Object.entries({ ...props.draft.facts, [name]: v }).filter(([, x]) => x),
    );
    props.onChange({ facts });
  };
  // An optional field that can wait stays a button until asked for (or filled), so the note comes sooner.
  const [opened, setOpened] = createSignal('');
  let openedField: HTMLInputElement | HTMLTextAreaElement | undefined;
  return (
    <For each={props.fields}>
      {(field) => {
        const name = field.name;
        const folded = () => !!field.folded && !value(name) && opened() !== name;
        return (
          <Show
            when={field.kind === 'check'}
            fallback={
              <Show
                when={!folded()}
                fallback={
                  <p class="note-form-more">
                    <button
                      type="button"
                      class="button secondary small"
                      aria-expanded="false"
                      onClick={() => {
                        setOpened(name);
                        openedField?.focus();
                      }}
                    >
                      {field.folded}
                    </button>
                  </p>
                }
              >
                <Field
                  class={`fact fact-${name}`}
                  label={field.label}
                  hint={field.hint}
                  value={value(name)}
                  multiline={field.kind === 'text'}
                  rows={2}
                  type={field.kind === 'date' || field.kind === 'time' ? field.kind : 'text'}
                  onInput={(v) => set(name, v)}
                  ref={(el) => (openedField = el)}
                />
              </Show>
            }
          >
            <div class={`field fact fact-${name}`}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={!!value(name)}
                  onChange={(e) => set(name, e.currentTarget.checked ? 'yes' : '')}
                />
                <span>{field.label}</span>
              </label>
              <p class="field-hint">{field.hint}</p>
            </div>
          </Show>
        );
      }}
    </For>
  );
}
