import { type JSX, Index } from 'solid-js';
import type { Task } from '../../lib/progress';
import { setDone } from '../../stores/followup';

interface TaskListProps {
  interviewId: string;
  tasks: Task[];
  /** Accessible name of the list, e.g. "Tasks for Dana Reyes". */
  label: string;
}

/** Checkboxes for tasks; each links to the guide section that teaches it and shows when it was done. */
export function TaskList(props: TaskListProps): JSX.Element {
  return (
    <ul class="task-list" aria-label={props.label}>
      <Index each={props.tasks}>
        {(task) => {
          const id = () => `task-${props.interviewId}-${task().key}`;
          return (
            <li class={task().done ? 'task done' : 'task'}>
              <input
                type="checkbox"
                id={id()}
                checked={task().done}
                onChange={(e) => setDone(props.interviewId, task().key, e.currentTarget.checked)}
              />
              <label for={id()}>{task().label}</label>
              {task().doneAt && (
                <span class="task-when"> done {new Date(task().doneAt ?? '').toLocaleDateString()}</span>
              )}{' '}
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
