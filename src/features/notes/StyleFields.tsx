import { type JSX, Show } from 'solid-js';
import { type Draft, LENGTHS, TONES } from '../../core/model/model';
import { LENGTH_LABELS, TONE_LABELS, toneChange } from './style';
import { Field } from '../../core/ui/Field';
import { RadioGroup } from '../../core/ui/RadioGroup';

interface StyleFieldsProps {
  /** Prefix of the radio groups' names, unique on the page. */
  name: string;
  draft: Draft;
  /** Whether the situation can ask for feedback. */
  feedback: boolean;
  onChange: (patch: Partial<Omit<Draft, 'updatedAt'>>) => void;
}

/** The note's style: tone, length, sign-off, and whether to ask for feedback. */
export default function StyleFields(props: StyleFieldsProps): JSX.Element {
  return (
    <>
      <div class="field-grid">
        <RadioGroup
          legend="Tone"
          name={`${props.name}-tone`}
          value={props.draft.tone}
          options={TONES.map((t) => [t, TONE_LABELS[t]] as const)}
          onChange={(tone) => props.onChange(toneChange(props.draft, tone))}
        />
        <RadioGroup
          legend="Length"
          name={`${props.name}-length`}
          value={props.draft.length}
          options={LENGTHS.map((l) => [l, LENGTH_LABELS[l]] as const)}
          onChange={(length) => props.onChange({ length })}
        />
      </div>
      <Field label="Sign-off" value={props.draft.signoff} onInput={(v) => props.onChange({ signoff: v })} />
      <Show when={props.feedback}>
        <label class="check">
          <input
            type="checkbox"
            checked={props.draft.askFeedback}
            onChange={(e) => props.onChange({ askFeedback: e.currentTarget.checked })}
          />
          <span>Ask for brief feedback</span>
        </label>
      </Show>
    </>
  );
}
