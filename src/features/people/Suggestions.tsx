import { type JSX, For, Show, createSignal } from 'solid-js';
import type { Suggestion } from '../../core/link-people';
import { conflictsOf } from '../../core/link-people';
import { link, notTheSame } from '../../core/store/people';
import LinkPicker from './LinkPicker';
import { metLine } from './labels';
import { focusInTool } from '../../core/ui/tool-root';

interface SuggestionsProps {
  suggestions: Suggestion[];
  /** Only the suggestions about one person, in their page. */
  compact?: boolean;
  onLinked?: (keepId: string) => void;
}

const REASONS: Record<Suggestion['reason'], string> = {
  both: 'Same name and email.',
  email: 'Same email, names written differently.',
  name: 'Same name; one has no email.',
};

/** How many suggestions show at once: each answered brings the next. */
const SHOWN = 3;

/**
 * People recorded in several interviews who may be one person: the user confirms (choosing between
 * differing details) or says they are different, and is not asked again.
 */
export default function Suggestions(props: SuggestionsProps): JSX.Element {
  const [picking, setPicking] = createSignal('');
  const pairId = (s: Suggestion) => `${s.a.contactId}\n${s.b.contactId}`;
  /** After an answer, the cursor goes to the next suggestion, or to the list once there is none. */
  const next = () => queueMicrotask(() => focusInTool('.suggestion button', '#people-title'));
  const linked = (s: Suggestion) => {
    if (props.onLinked) props.onLinked(s.a.contactId);
    else next();
  };
  const confirm = (s: Suggestion) => {
    if (conflictsOf(s.a, s.b).length) setPicking(pairId(s));
    else {
      link(s.a, s.b, {});
      linked(s);
    }
  };
  const inner = (
    <ul class="suggestions">
      <For each={props.suggestions.slice(0, SHOWN)}>
        {(s) => (
          <li class="suggestion">
            <p>
              <strong>{s.a.name === s.b.name ? s.a.name : `${s.a.name} and ${s.b.name}`}</strong>:{' '}
              {REASONS[s.reason]}
            </p>
            <ul class="suggestion-records">
              <For each={[...s.a.met, ...s.b.met]}>{(m) => <li>{metLine(m)}</li>}</For>
            </ul>
            <Show
              when={picking() === pairId(s)}
              fallback={
                <p class="button-row">
                  <button type="button" class="button primary small" onClick={() => confirm(s)}>
                    Same person: link
                  </button>
                  <button
                    type="button"
                    class="button secondary small"
                    onClick={() => {
                      notTheSame(s.a.contactId, s.b.contactId);
                      if (!props.compact) next();
                    }}
                  >
                    Not the same
                  </button>
                </p>
              }
            >
              <LinkPicker
                keep={s.a}
                other={s.b}
                onDone={(done) => {
                  setPicking('');
                  if (done) linked(s);
                }}
              />
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
  return (
    <Show when={!props.compact} fallback={inner}>
      <section class="suggestions-section" aria-labelledby="same-title">
        <h2 id="same-title">Same person?</h2>
        <p>
          These people share a name or an email across interviews. Linked, they are one person here, with one
          history and one reminder.
        </p>
        {inner}
        <Show when={props.suggestions.length > SHOWN}>
          <p class="field-hint">{props.suggestions.length - SHOWN} more after these.</p>
        </Show>
      </section>
    </Show>
  );
}
