import { type JSX, For, Show, createMemo, createSignal } from 'solid-js';
import type { FollowUpDoc, InterviewFormat } from '../../lib/model';
import { summariesByNextDue } from '../../lib/progress';
import type { ChecklistItem } from '../../schemas/checklist';
import { addInterview } from '../../stores/followup';
import { Field, Select } from './Field';
import { FORMATS, interviewTitle, whenText } from './labels';
import { NextStepLine, Progress } from './Progress';

/** How many interviews the list shows before "Show all". */
const PAGE = 30;

interface InterviewListProps {
  doc: FollowUpDoc;
  items: ChecklistItem[];
  now: Date;
  onOpen: (id: string) => void;
}

/** All interviews, the most urgent first, each with its progress and next step; and the form to add one. */
export function InterviewList(props: InterviewListProps): JSX.Element {
  const sorted = createMemo(() => summariesByNextDue(props.doc.interviews, props.items, props.now));
  // A long history draws the most urgent first; the rest on request.
  const [limit, setLimit] = createSignal(PAGE);
  return (
    <section aria-labelledby="interviews-title">
      <h2 id="interviews-title" tabindex="-1">
        Your interviews
      </h2>
      <Show
        when={sorted().length > 0}
        fallback={
          <div class="empty-state">
            <p>
              <strong>No interviews yet.</strong> Add the interview you just had, or the next one on your
              calendar. You will then note who you met and your references, and see what is due when: the
              thank-you note first, within two days.
            </p>
          </div>
        }
      >
        <ul class="interview-list">
          <For each={sorted().slice(0, limit())}>
            {(row) => (
              <li class="interview-card">
                <h3>
                  <a
                    href={`#interview=${row.interview.id}`}
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
      </Show>
      <AddInterview onAdded={props.onOpen} />
    </section>
  );
}

/** The short form that starts a new interview. */
function AddInterview(props: { onAdded: (id: string) => void }): JSX.Element {
  const [company, setCompany] = createSignal('');
  const [role, setRole] = createSignal('');
  const [at, setAt] = createSignal('');
  const [format, setFormat] = createSignal<InterviewFormat>('in-person');
  return (
    <form
      class="add-interview"
      aria-labelledby="add-interview-title"
      onSubmit={(e) => {
        e.preventDefault();
        const id = addInterview({
          company: company().trim(),
          role: role().trim(),
          at: at(),
          format: format(),
        });
        setCompany('');
        setRole('');
        setAt('');
        props.onAdded(id);
      }}
    >
      <h2 id="add-interview-title">Add an interview</h2>
      <div class="field-grid">
        <Field label="Company" value={company()} onInput={setCompany} autocomplete="organization" />
        <Field label="Role" value={role()} onInput={setRole} autocomplete="organization-title" />
        <Field label="Date and time" type="datetime-local" value={at()} onInput={setAt} />
        <Select label="Format" value={format()} options={FORMATS} onChange={setFormat} />
      </div>
      <button class="button primary" type="submit">
        Add interview
      </button>
    </form>
  );
}
