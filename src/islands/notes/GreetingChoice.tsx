import { type JSX, Show, createEffect, createSignal, on } from 'solid-js';
import type { Recipient } from '../../lib/compose';
import { greetingOptions } from '../../lib/greeting';
import { Field, uid } from '../ui/Field';
import { RadioGroup } from '../ui/RadioGroup';

interface GreetingChoiceProps {
  recipient: Recipient | undefined;
  /** The greeting text stored in the draft. */
  greeting: string;
  /** Changes when another note is shown: "Other" is then worked out again. */
  draftKey: string;
  onChange: (greeting: string) => void;
}

/** Never a greeting option: those are trimmed names. */
const OTHER = ' other';

/**
 * How the recipient is addressed: the forms people use ("Ms. Nguyen", "Dana", "Dana Nguyen") as radios,
 * plus "Other" with a text field. Without a recorded name, just the text field.
 */
export function GreetingChoice(props: GreetingChoiceProps): JSX.Element {
  const name = uid('greeting');
  const options = () => (props.recipient ? greetingOptions(props.recipient) : []);
  const [other, setOther] = createSignal(false);
  createEffect(
    on(
      () => props.draftKey,
      () => setOther(false),
    ),
  );
  const choice = () => (!other() && options().includes(props.greeting) ? props.greeting : OTHER);
  let field: HTMLInputElement | HTMLTextAreaElement | undefined;

  return (
    <div class="greeting-choice">
      <Show when={options().length > 0}>
        <RadioGroup
          legend="Greeting"
          name={name}
          value={choice()}
          options={[...options().map((o) => [o, o] as const), [OTHER, 'Other'] as const]}
          onChange={(value) => {
            setOther(value === OTHER);
            if (value === OTHER) queueMicrotask(() => field?.focus());
            else props.onChange(value);
          }}
        />
      </Show>
      <Show when={options().length === 0 || choice() === OTHER}>
        <Field
          label={options().length ? 'Other greeting' : 'Greeting name'}
          value={props.greeting}
          ref={(el) => (field = el)}
          onInput={(v) => props.onChange(v)}
          hint="As you will address them, e.g. Ms. Okafor, spelled exactly as on their card."
        />
      </Show>
    </div>
  );
}
