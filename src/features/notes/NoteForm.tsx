import { type JSX, For, Index, Show, createEffect, createSignal, onMount, untrack } from 'solid-js';
import { later } from '../../core/ui/later';
import { focusInTool } from '../../core/ui/tool-root';
import type { Recipient } from './compose';
import { styleLine } from './style';
import { MAX_STRENGTHS, strengthBoxes, withStrength } from './draft-ops';
import type { Draft, Profile } from '../../core/model/model';
import type { BuiltSituation } from './situation-schema';
import { updateProfile } from '../../core/store/followup';
import { Field, uid } from '../../core/ui/Field';
import { FactFields } from './FactFields';

/** Tone, length, sign-off: set once and carried over, so loaded when the panel is first opened. */
const StyleFields = later(() => import('./StyleFields'));
/**
 * The greeting's forms, below what only the user can say: loaded with the checks (at the first touch or key in
 * the builder, or as the note comes into view); until then the greeting the note uses is shown as text.
 */
const GreetingChoice = later(() => import('./GreetingChoice'));

interface NoteFormProps {
  situations: readonly BuiltSituation[];
  situation: BuiltSituation;
  onSituation: (id: string) => void;
  draft: Draft;
  /** Where the draft is saved, or empty for a note that is not saved. */
  draftKey: string;
  recipient: Recipient | undefined;
  profile: Profile;
  /** What was last said with the recipient, shown under the detail of a check-in. */
  recall?: string | undefined;
  onChange: (patch: Partial<Omit<Draft, 'updatedAt'>>) => void;
  /** Whether the parts below the first fields (the greeting's choice) may load now. */
  more: boolean;
}

/**
 * What makes the note: the user's name once, then what only they can say (the detail, strengths) first, then
 * what is already worked out and can be changed (the situation, the greeting, the style).
 */
export function NoteForm(props: NoteFormProps): JSX.Element {
  const situationId = uid('situation');
  // Asked the first time it is missing, and kept on screen while it is typed.
  const [askName, setAskName] = createSignal(untrack(() => !props.profile.name.trim()));
  const [styleOpen, setStyleOpen] = createSignal(false);
  createEffect(() => {
    if (!props.profile.name.trim()) setAskName(true);
  });
  // Arriving for someone (from the checklist), the cursor waits in the first thing only the user can say.
  let nameField: HTMLInputElement | HTMLTextAreaElement | undefined;
  let detailField: HTMLInputElement | HTMLTextAreaElement | undefined;
  onMount(() => {
    if (!props.recipient) return;
    const first = !props.profile.name.trim()
      ? nameField
      : !props.draft.detail.trim()
        ? detailField
        : undefined;
    queueMicrotask(() => first?.focus());
  });
  /** Whether the situation's text uses a part: a field for a part the note never shows is not asked for. */
  const uses = (part: string) => props.situation.uses.includes(part);
  const detailHint = () => props.recall || props.situation.detailHint || '';
  // One strength box to start, on phones too: the next opens once one is filled, or when asked for.
  const [opened, setOpened] = createSignal(1);
  let lastStrength: HTMLInputElement | HTMLTextAreaElement | undefined;
  const boxes = () => strengthBoxes(props.draft.strengths.length, opened());
  const setStrength = (n: number, value: string) => {
    setOpened((m) => Math.max(m, n + 1));
    props.onChange({ strengths: withStrength(props.draft.strengths, n, value) });
  };

  return (
    <section class="note-form" aria-label="What goes in the note">
      <p class="note-jump">
        <button type="button" class="link-button" onClick={() => focusInTool('#note-text-title')}>
          See the note <span aria-hidden="true">↓</span>
        </button>
      </p>
      <Show when={askName()}>
        <Field
          class="ask-name"
          label="Your name, as you sign"
          autocomplete="name"
          value={props.profile.name}
          onInput={(v) => updateProfile({ name: v })}
          ref={(el) => (nameField = el)}
          hint="It signs every note, and is kept for the next ones."
        />
      </Show>
      <Show when={uses('detail')}>
        <Field
          label={props.situation.detailLabel ?? 'The one specific thing you discussed'}
          multiline
          rows={2}
          hint={detailHint()}
          value={props.draft.detail}
          ref={(el) => (detailField = el)}
          onInput={(v) => props.onChange({ detail: v })}
        />
      </Show>
      <FactFields fields={props.situation.fields} draft={props.draft} onChange={props.onChange} />
      <Show when={uses('strengths')}>
        <div class="field-grid strengths">
          <Index each={Array.from({ length: boxes() }, (_, i) => i)}>
            {(n) => (
              <Field
                label={`Strength ${n() + 1}`}
                hint={
                  n() === 0
                    ? 'A skill or quality in a few words, e.g. “SQL” or “calm under pressure”.'
                    : undefined
                }
                value={props.draft.strengths[n()] ?? ''}
                onInput={(v) => setStrength(n(), v)}
                ref={(el) => (lastStrength = el)}
              />
            )}
          </Index>
        </div>
      </Show>
      <Show when={uses('strengths') && boxes() < MAX_STRENGTHS}>
        <p class="note-form-more">
          <button
            type="button"
            class="button secondary small"
            onClick={() => {
              setOpened(boxes() + 1);
              lastStrength?.focus();
            }}
          >
            Add another strength
          </button>
        </p>
      </Show>
      <div class="field">
        <label for={situationId}>What for</label>
        <select
          id={situationId}
          aria-describedby={`${situationId}-hint`}
          onChange={(e) => props.onSituation(e.currentTarget.value)}
        >
          <For each={props.situations}>
            {(s) => (
              <option value={s.id} selected={s.id === props.situation.id}>
                {s.label}
              </option>
            )}
          </For>
        </select>
        <p class="field-hint" id={`${situationId}-hint`}>
          {props.situation.description}
        </p>
      </div>
      <Show
        when={props.more}
        fallback={
          <Show when={props.draft.greeting.trim()}>
            {(greeting) => (
              <p class="greeting-preview">
                Greeting: <strong>{greeting()}</strong>
              </p>
            )}
          </Show>
        }
      >
        <GreetingChoice
          recipient={props.recipient}
          greeting={props.draft.greeting}
          draftKey={props.draftKey}
          onChange={(greeting) => props.onChange({ greeting })}
        />
      </Show>
      <details class="panel note-style" onToggle={(e) => e.currentTarget.open && setStyleOpen(true)}>
        <summary>
          Style <span class="summary-note">({styleLine(props.draft)})</span>
        </summary>
        <Show when={styleOpen()}>
          <StyleFields
            name={situationId}
            draft={props.draft}
            feedback={!!props.situation.feedback}
            onChange={props.onChange}
          />
        </Show>
      </details>
    </section>
  );
}
