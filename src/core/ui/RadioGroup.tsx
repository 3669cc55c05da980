import { type JSX, For } from 'solid-js';

interface RadioGroupProps<T extends string> {
  /** The question, shown as the legend. */
  legend: string;
  /** The radios' shared name: unique on the page. */
  name: string;
  value: T;
  options: readonly (readonly [value: T, label: string])[];
  onChange: (value: T) => void;
  /** Extra class, e.g. `stacked` for one option per line. */
  class?: string;
}

/** A labelled group of radios, options side by side where they fit; arrow keys move between them. */
export function RadioGroup<T extends string>(props: RadioGroupProps<T>): JSX.Element {
  return (
    <fieldset class={`radio-group ${props.class ?? ''}`}>
      <legend>{props.legend}</legend>
      <For each={props.options}>
        {([value, label]) => (
          <label class="radio">
            <input
              type="radio"
              name={props.name}
              value={value}
              checked={value === props.value}
              onChange={() => props.onChange(value)}
            />
            <span>{label}</span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
