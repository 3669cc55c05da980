import { type JSX, Index, Show } from 'solid-js';
import type { Task } from '../../core/progress';
import { setDone } from '../../core/store/followup';
import { shortDate } from '../../core/dates';

interface TaskListProps {
  interviewId: string;
  tasks: Task[];
  /** Accessible name of the list, e.g. "Tasks for Dana Reyes". */
  label: string;
}

/**
 * The tasks, each on one line with its checkbox and a link to the guide section that teaches it. Tasks the
 * data answers show their state without a box to tick: the user changes the data instead.
 */
export function TaskList(props: TaskListProps): JSX.Element {
  return (
    <ul class="task-list" aria-label={props.label}>
      <Index each={props.tasks}>
        {(task) => {
          const id = () => `task-${props.interviewId}-${task().key}`;
          return (
            <li class={task().done ? 'task done' : 'task'}>
              <Show
                when={!task().auto}
                fallback={
                  <span class="task-auto">
                    <span aria-hidden="true">{task().done ? '✓' : '○'}</span> {task().label}
                    <span class="sr-only">{task().done ? ': done' : ': not yet'}</span>
                  </span>
                }
              >
                <input
                  type="checkbox"
                  id={id()}
                  checked={task().done}
                  onChange={(e) => setDone(props.interviewId, task().key, e.currentTarget.checked)}
                />
                <label for={id()}>{task().label}</label>
              </Show>
              <Show when={task().doneAt}>
                {(at) => <span class="task-when">{shortDate(new Date(at()))}</span>}
              </Show>
              <a class="task-guide" href={`/guide/${task().guide.replace('#', '/#')}`}>
                How<span class="sr-only">: {task().label}</span>
              </a>
            </li>
          );
        }}
      </Index>
    </ul>
  );
}
