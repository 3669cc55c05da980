import { type JSX, For, Show, createSignal } from 'solid-js';
import type { DueItem, DueTask } from '../../core/due';
import { $undo, setDone } from '../../core/store/followup';
import { shortDate } from '../../core/dates';
import { noteHref } from '../../core/links';

interface DueListProps {
  items: DueItem[];
  /** Show which interview each entry is for (the list across all interviews). */
  showContext: boolean;
  /** Opens an interview (to add who they were, before thanking the interviewers). */
  onOpen: (id: string) => void;
}

/** How many entries show before "Show all": a long backlog draws the most urgent first. */
const PAGE = 8;

/** Marks a due task done, with an undo in the toast. */
function markDone(item: DueTask): void {
  setDone(item.interviewId, item.key, true);
  $undo.set({
    message: `Done: ${item.text}.`,
    undo: () => {
      setDone(item.interviewId, item.key, false);
      $undo.set(undefined);
    },
  });
}

/** What is due, most urgent first, each with its action: write the note, add people, or mark done. */
export function DueList(props: DueListProps): JSX.Element {
  const [limit, setLimit] = createSignal(PAGE);
  return (
    <>
      <ul class="due-list">
        <For each={props.items.slice(0, limit())}>
          {(item) => (
            <li class={item.overdue ? 'due-item overdue' : 'due-item'}>
              <p class="due-what">
                <strong>{item.text}</strong>
                <Show when={item.due}>
                  {(due) => (
                    <span class={item.overdue ? 'due overdue' : 'due'}>
                      {' '}
                      · {item.dueText} ({shortDate(due())})
                    </span>
                  )}
                </Show>
                <Show when={item.kind === 'add-interviewers' && item.hint}>{(hint) => <> · {hint()}</>}</Show>
              </p>
              <Show when={props.showContext}>
                <p class="due-context">{item.context}</p>
              </Show>
              <p class="due-actions">
                <Show
                  when={item.note}
                  fallback={
                    item.kind !== 'touch' && (
                      <a
                        class="button primary small"
                        href={`#interview=${encodeURIComponent(item.interviewId)}`}
                        aria-label={`Add people: ${item.context}`}
                        onClick={(e) => {
                          e.preventDefault();
                          props.onOpen(item.interviewId);
                        }}
                      >
                        Add people
                      </a>
                    )
                  }
                >
                  {(note) => (
                    <>
                      <a
                        class="button primary small"
                        href={noteHref(item.interviewId, note().situation, note().recipientId)}
                        aria-label={`Write note: ${item.text}`}
                      >
                        Write note
                      </a>
                      <For each={item.kind === 'task' ? item.also : undefined}>
                        {(other) => (
                          <a
                            class="button small"
                            href={noteHref(item.interviewId, other.note, note().recipientId)}
                          >
                            {other.label}
                          </a>
                        )}
                      </For>
                    </>
                  )}
                </Show>
                <Show when={item.kind === 'touch' && item.contactId}>
                  {(id) => (
                    <a
                      class="button secondary small"
                      href={`/people/#person=${encodeURIComponent(id())}`}
                      aria-label={`Log a contact: ${item.text}`}
                    >
                      Log contact
                    </a>
                  )}
                </Show>
                <Show when={item.kind === 'task' && item}>
                  {(task) => (
                    <button
                      type="button"
                      class="button secondary small"
                      aria-label={`Mark done: ${task().text}`}
                      onClick={() => markDone(task())}
                    >
                      Mark done
                    </button>
                  )}
                </Show>
              </p>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.items.length > limit()}>
        <p>
          <button type="button" class="button secondary small" onClick={() => setLimit(Infinity)}>
            Show all {props.items.length} due
          </button>
        </p>
      </Show>
    </>
  );
}
