import { type JSX, For, Show } from 'solid-js';
import { MAX_TEXT } from '../model/model';

interface FieldProps {
  /** Visible label. */
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'datetime-local';
  multiline?: boolean;
  autocomplete?: string;
  hint?: string | undefined;
  rows?: number;
  /** Extra class on the wrapper, e.g. `wide` to span the grid. */
  class?: string;
  ref?: (el: HTMLInputElement | HTMLTextAreaElement) => void;
  onKeyDown?: (e: KeyboardEvent) => void;
}

let counter = 0;

/** A fresh id for a form control, unique on the page. */
export const uid = (prefix = 'f') => `${prefix}${++counter}`;

/**
 * A labelled text field that saves as the user types. It stops at the longest text the tools keep, and
 * says how much room is left as the text nears it, so nothing typed is ever dropped later.
 */
export function Field(props: FieldProps): JSX.Element {
  const id = uid();
  const left = () => MAX_TEXT - props.value.length;
  const described = () =>
    [props.hint && `${id}-hint`, left() < MAX_TEXT / 10 && `${id}-left`].filter(Boolean).join(' ') ||
    undefined;
  const input = (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
    props.onInput(e.currentTarget.value);
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={id}>{props.label}</label>
      {props.multiline ? (
        <textarea
          id={id}
          rows={props.rows ?? 3}
          maxLength={MAX_TEXT}
          value={props.value}
          aria-describedby={described()}
          ref={(el) => props.ref?.(el)}
          onInput={input}
          onKeyDown={(e) => props.onKeyDown?.(e)}
        />
      ) : (
        <input
          id={id}
          type={props.type ?? 'text'}
          autocomplete={props.autocomplete ?? 'off'}
          maxLength={MAX_TEXT}
          value={props.value}
          aria-describedby={described()}
          ref={(el) => props.ref?.(el)}
          onInput={input}
          onKeyDown={(e) => props.onKeyDown?.(e)}
        />
      )}
      {props.hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <Show when={left() < MAX_TEXT / 10}>
        <p class="field-hint" id={`${id}-left`} aria-live="polite">
          {left() > 0
            ? `${left().toLocaleString('en-US')} characters left`
            : `This field is full (${MAX_TEXT.toLocaleString('en-US')} characters): keep longer text elsewhere.`}
        </p>
      </Show>
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
  const id = uid();
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
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'datetime-local' | 'multiline',
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
            hint={hint}
            ref={(el) => props.ref?.(key, el)}
            onInput={(v) => props.onInput(key, v)}
          />
        )}
      </For>
    </div>
  );
}
