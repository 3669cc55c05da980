import { type JSX, For, Show, onCleanup, onMount } from 'solid-js';
import type { Note } from './compose';
import type { Check } from './note-review';
import { type Draft, MAX_TEXT, type Profile } from '../../core/model/model';
import { later } from '../../core/ui/later';

/** The calm hint about contact channels, below the note: loaded with the checks. */
const ContactPrompt = later(() => import('./ContactPrompt'));

interface NoteTextProps {
  note: Note;
  draft: Draft;
  checks: readonly Check[];
  profile: Profile;
  dismissed: readonly string[];
  onEdit: (body: string) => void;
  onBackToTemplate: () => void;
  /** Called once when the checks are about to scroll into view, to load them. */
  onReviewNear: () => void;
  /** Whether the checks have loaded: the contact hint comes with them. */
  reviewReady: boolean;
  /** Shown after the checks, e.g. the spelling check of the name. */
  children?: JSX.Element;
}

/** The finished note, editable: subject, text, word count, the contact prompt and the checks. */
export function NoteText(props: NoteTextProps): JSX.Element {
  const range = () => props.note.wordRange;
  const off = () =>
    props.note.maxChars !== undefined
      ? props.note.chars > props.note.maxChars
      : props.note.words < range()[0] || props.note.words > range()[1];
  let review: HTMLDivElement | undefined;
  onMount(() => {
    if (!('IntersectionObserver' in window)) return props.onReviewNear();
    const seen = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        seen.disconnect();
        props.onReviewNear();
      },
      // A screen ahead, so the checks and the actions are there by the time they are scrolled to.
      { rootMargin: '100% 0px' },
    );
    if (review) seen.observe(review);
    onCleanup(() => seen.disconnect());
  });
  return (
    <section aria-labelledby="note-text-title" class="note-text">
      <h2 id="note-text-title" tabindex="-1">
        Your note
      </h2>
      <Show when={props.note.subject}>
        <p class="note-subject">
          <strong>Subject:</strong> <span data-testid="note-subject">{props.note.subject}</span>
        </p>
      </Show>
      <label for="note-text" class="sr-only">
        Text of the note
      </label>
      <textarea
        id="note-text"
        class="note-body"
        data-testid="note-body"
        rows={14}
        maxLength={MAX_TEXT}
        spellcheck
        value={props.note.body}
        aria-describedby="note-text-state"
        onInput={(e) => props.onEdit(e.currentTarget.value)}
      />
      <Show when={props.reviewReady}>
        <ContactPrompt profile={props.profile} dismissed={props.dismissed} />
      </Show>
      <div id="note-text-state">
        <Show
          when={props.note.edited}
          fallback={
            <p class="field-hint">Change anything in the text: your edits are kept with this note.</p>
          }
        >
          <p class="notice edited-notice">
            <span>You edited the text: the fields above no longer change it.</span>{' '}
            <button type="button" class="button secondary small" onClick={() => props.onBackToTemplate()}>
              Back to the template
            </button>
          </p>
        </Show>
        <p class={off() ? 'word-count off' : 'word-count'}>
          {props.note.maxChars !== undefined
            ? `${props.note.chars} of ${props.note.maxChars} characters`
            : `${props.note.words} words (recommended ${range()[0]}–${range()[1]} for a ${props.draft.length} note)`}
        </p>
      </div>
      <div class="note-review" ref={(el) => (review = el)}>
        <Show when={props.checks.length > 0}>
          <ul class="note-checks" aria-label="Checks before sending">
            <For each={props.checks}>{(c) => <li class={c.level}>{c.text}</li>}</For>
          </ul>
        </Show>
        {props.children}
      </div>
    </section>
  );
}
