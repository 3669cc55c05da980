import { type JSX, Show, createEffect, createMemo, createSignal, on } from 'solid-js';
import {
  type NamedPerson,
  greetingAfterParts,
  greetingOptions,
  nameParts,
  nameWords,
  shouldAskParts,
} from '../../core/names';
import type { Recipient } from './compose';
import { Field, uid } from '../../core/ui/Field';
import { RadioGroup } from '../../core/ui/RadioGroup';
import { later } from '../../core/ui/later';

const NameParts = later(() => import('../../core/ui/NameParts'));

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
 * How the recipient is addressed: the forms people use ("Dr. Bello", "Ada", "Ada Bello") as radios, plus
 * "Other" with a text field, and which words are the given name (asked when the name can be read several
 * ways, and beside "Other"). Without a recorded name, just the text field.
 */
export default function GreetingChoice(props: GreetingChoiceProps): JSX.Element {
  const name = uid('greeting');
  /** The recipient, with the name parts kept on their record. */
  const person = (): NamedPerson | undefined => props.recipient;
  const options = () => {
    const p = person();
    return p ? greetingOptions(p) : [];
  };
  const [other, setOther] = createSignal(false);
  const [partsOpen, setPartsOpen] = createSignal(false);
  const ask = () => {
    const p = person();
    return !!p && shouldAskParts(p);
  };
  // Open while the name can be read several ways; once opened it stays open as the user picks.
  // A memo, so the effect runs when the key itself changes, not at every change of the document.
  const key = createMemo(() => props.draftKey);
  createEffect(
    on(key, () => {
      setOther(false);
      setPartsOpen(ask());
    }),
  );
  // A greeting that only the word-by-word reading offered follows the parts once they are said.
  createEffect(() => {
    const p = person();
    const next = p && greetingAfterParts(p, props.greeting);
    if (next) props.onChange(next);
  });
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
      {/* Asked when the name reads several ways, or when none of the forms offered is right ("Other"). */}
      <Show
        when={
          nameWords(person()?.name ?? '').length > 1 && (partsOpen() || choice() === OTHER) && props.recipient
        }
      >
        {(p) => (
          <details
            class="name-parts-choice"
            open={partsOpen()}
            onToggle={(e) => setPartsOpen(e.currentTarget.open)}
          >
            <summary>
              {ask() ? 'Which words are their given name?' : `Given name: ${nameParts(p()).given}`}
            </summary>
            <Show when={partsOpen()}>
              <NameParts recordId={p().id} person={p()} />
            </Show>
          </details>
        )}
      </Show>
    </div>
  );
}
