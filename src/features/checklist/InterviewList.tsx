import { type JSX, For, Show, createMemo, createSignal } from 'solid-js';
import type { Interview, Profile } from '../../core/model/model';
import { summariesByNextDue } from '../../core/progress';
import type { ChecklistItem } from '../../core/checklist-schema';
import { whenText } from './labels';
import { NextStepLine, Progress } from './Progress';
import { interviewTitle } from '../../core/titles';

/** How many interviews the list shows before "Show all": what is due above already leads to the urgent ones. */
const PAGE = 6;

interface InterviewListProps {
  interviews: Interview[];
  profile: Profile;
  items: ChecklistItem[];
  now: Date;
  onOpen: (id: string) => void;
  /** The list's heading, where the cursor goes back to from an interview. */
  headingRef: (el: HTMLHeadingElement) => void;
}

/** All interviews, the most urgent first, each with its progress and next step. */
export function InterviewList(props: InterviewListProps): JSX.Element {
  const sorted = createMemo(() =>
    summariesByNextDue(props.interviews, props.items, props.now, props.profile),
  );
  // A long history draws the most urgent first; the rest on request.
  const [limit, setLimit] = createSignal(PAGE);
  return (
    <section aria-labelledby="interviews-title">
      <h2 id="interviews-title" tabindex="-1" ref={(el) => props.headingRef(el)}>
        Your interviews
      </h2>
      <ul class="interview-list">
        <For each={sorted().slice(0, limit())}>
          {(row) => (
            <li class="interview-card">
              <h3>
                <a
                  href={`#interview=${encodeURIComponent(row.interview.id)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    props.onOpen(row.interview.id);
                  }}
                >
                  {interviewTitle(row.interview)}
                </a>
              </h3>
              <p class="interview-meta">{whenText(row.interview)}</p>
              <Progress stats={row.stats} label={`Progress for ${interviewTitle(row.interview)}`} />
              <NextStepLine next={row.next} />
            </li>
          )}
        </For>
      </ul>
      <Show when={sorted().length > limit()}>
        <p>
          <button type="button" class="button secondary" onClick={() => setLimit(Infinity)}>
            Show all {sorted().length} interviews
          </button>
        </p>
      </Show>
    </section>
  );
}
