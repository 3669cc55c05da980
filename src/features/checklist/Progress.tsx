import { type JSX, Show } from 'solid-js';
import type { NextStep, Progress as Stats } from '../../core/progress';

/** A progress bar with "3 of 8 done". */
export function Progress(props: { stats: Stats; label: string }): JSX.Element {
  return (
    <p class="progress-line">
      <progress max={props.stats.total || 1} value={props.stats.done} aria-label={props.label} />
      <span>
        {props.stats.done} of {props.stats.total} done
      </span>
    </p>
  );
}

/** "Next: Send a thank-you note (Dana) · due tomorrow", or a word of praise when all is done. */
export function NextStepLine(props: { next: NextStep | undefined }): JSX.Element {
  return (
    <p class="next-step">
      <Show when={props.next} fallback="All done. Well followed up.">
        {(n) => (
          <>
            <strong>Next:</strong> {n().task.label}
            {n().task.subjectName && ` (${n().task.subjectName})`}
            <Show when={n().dueText}>
              {(due) => <span class={due().startsWith('overdue') ? 'due overdue' : 'due'}> · {due()}</span>}
            </Show>
          </>
        )}
      </Show>
    </p>
  );
}
