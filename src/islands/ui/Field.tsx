import { type JSX, For } from 'solid-js';

interface FieldProps {
  /** Visible label. */
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date' | 'datetime-local';
  multiline?: boolean;
  autocomplete?: string;
  hint?: string;
  ref?: (el: HTMLInputElement | HTMLTextAreaElement) => void;
}

let counter = 0;

/** A labelled text field that saves as the user types. */
export function Field(props: FieldProps): JSX.Element {
  const id = `f${++counter}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.multiline ? (
        <textarea
          id={id}
          rows={3}
          value={props.value}
          ref={(el) => props.ref?.(el)}
          aria-describedby={props.hint ? `${id}-hint` : undefined}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
      ) : (
        <input
          id={id}
          type={props.type ?? 'text'}
          value={props.value}
          autocomplete={props.autocomplete ?? 'off'}
          ref={(el) => props.ref?.(el)}
          aria-describedby={props.hint ? `${id}-hint` : undefined}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
      )}
      {props.hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

interface SelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}

/** A labelled select. */
export function Select<T extends string>(props: SelectProps<T>): JSX.Element {
  const id = `f${++counter}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} onChange={(e) => props.onChange(e.currentTarget.value as T)}>
        <For each={props.options}>
          {([value, text]) => (
            <option value={value} selected={value === props.value}>
              {text}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}

/** One text field of a form: the key it edits, its label, and optional input type, hint and multiline. */
export type FieldSpec<K extends string> = readonly [
  key: K,
  label: string,
  type?: 'text' | 'email' | 'tel' | 'date' | 'datetime-local' | 'multiline',
  hint?: string,
];

interface FieldsProps<K extends string> {
  specs: readonly FieldSpec<K>[];
  values: Readonly<Record<K, string>>;
  onInput: (key: K, value: string) => void;
  ref?: (key: K, el: HTMLInputElement | HTMLTextAreaElement) => void;
}

/** Text fields for several keys of one record, in a responsive grid. */
export function Fields<K extends string>(props: FieldsProps<K>): JSX.Element {
  return (
    <div class="field-grid">
      <For each={props.specs}>
        {([key, label, type, hint]) => (
          <Field
            label={label}
            value={props.values[key]}
            multiline={type === 'multiline'}
            type={type === 'multiline' ? 'text' : (type ?? 'text')}
            {...(hint ? { hint } : {})}
            ref={(el) => props.ref?.(key, el)}
            onInput={(v) => props.onInput(key, v)}
          />
        )}
      </For>
    </div>
  );
}
