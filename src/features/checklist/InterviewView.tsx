import { type JSX, Index, Show, createMemo, createSignal, onMount } from 'solid-js';
import { checkInsAhead, dueList } from '../../core/due';
import { elsewhereFor } from '../../core/link-people';
import type { Interview, Profile } from '../../core/model/model';
import { progress, tasksFor } from '../../core/progress';
import type { ChecklistItem } from '../../core/checklist-schema';
import { $doc } from '../../core/store/followup';
import { later, loaded, loader } from '../../core/ui/later';
import { settled as whenSettled } from '../../core/ui/settled';
import { useAtom } from '../../core/ui/use-atom';
import { DueList } from './DueList';
import { whenText } from './labels';
import { checkInLine, interviewFacts } from './interview-text';
import { Progress } from './Progress';
import { TaskList } from './TaskList';
import { InterviewPeople } from './InterviewPeople';
import { interviewTitle } from '../../core/titles';

/** The details form, fetched the first time someone opens it. */
const InterviewEdit = later(() => import('./InterviewEdit'));
/** The removal code (with its undo): deleting is rare, so it loads on the first click. */
const recordsCode = loader(() => import('./records'));

interface InterviewViewProps {
  interview: Interview;
  items: ChecklistItem[];
  profile: Profile;
  now: Date;
  onBack: () => void;
  /**
   * Where the cursor goes when the view opens: the title when opened from the list, the people field right
   * after adding the interview; nowhere for an address opened directly.
   */
  focus?: 'title' | 'people' | undefined;
}

/**
 * One interview: its title and what is due first, then the people met and the references as compact cards,
 * each quick to add; then the tasks about the interview, its details, print and delete.
 */
export default function InterviewView(props: InterviewViewProps): JSX.Element {
  const id = () => props.interview.id;
  const tasks = createMemo(() => tasksFor(props.interview, props.items, props.profile));
  const subjectTasks = (subjectId?: string) => tasks().filter((t) => t.subjectId === subjectId);
  const due = () => dueList([props.interview], props.items, props.profile, props.now);
  const [editing, setEditing] = createSignal(false);
  const [notDeleted, setNotDeleted] = createSignal('');
  const doc = useAtom($doc);
  // What looks across every interview (check-ins, the same person elsewhere) follows the data once typing
  // pauses, not on each keystroke: with hundreds of people it is most of a keystroke's work.
  const settled = whenSettled(doc);
  const settledHere = () => settled().interviews.find((i) => i.id === id());
  const checkIns = createMemo(() => {
    const interview = settledHere();
    return interview ? checkInsAhead(interview, settled(), props.now) : [];
  });
  const elsewhere = createMemo(() => {
    const interview = settledHere();
    return interview ? elsewhereFor(interview, settled()) : new Map<string, string>();
  });
  let peopleField: HTMLTextAreaElement | undefined;
  let title: HTMLHeadingElement | undefined;
  onMount(() => {
    if (props.focus === 'people') peopleField?.focus();
    else if (props.focus === 'title') title?.focus();
  });
  const facts = () => interviewFacts(props.interview);

  return (
    <article class="interview-view" aria-labelledby="interview-title">
      <p class="back no-print">
        <a
          href="/checklist/"
          onClick={(e) => {
            e.preventDefault();
            props.onBack();
          }}
        >
          ← All interviews
        </a>
      </p>
      <h1 id="interview-title" tabindex="-1" ref={(el) => (title = el)}>
        {interviewTitle(props.interview)}
      </h1>
      <p class="interview-meta">
        {whenText(props.interview)}{' '}
        <button
          type="button"
          class="link-button no-print"
          aria-expanded={editing()}
          onClick={() => setEditing(!editing())}
        >
          {editing() ? 'Close details' : 'Edit details'}
        </button>
      </p>
      <Show when={editing()}>
        <InterviewEdit interview={props.interview} />
      </Show>
      <Show when={facts().length}>
        <dl class="facts">
          <Index each={facts()}>
            {(f) => (
              <div>
                <dt>{f()[0]}</dt>
                <dd>{f()[1]}</dd>
              </div>
            )}
          </Index>
        </dl>
      </Show>

      <Show when={due().length}>
        <section class="due-section" aria-labelledby="due-here">
          <h2 id="due-here">What’s due</h2>
          <DueList items={due()} showContext={false} onOpen={() => peopleField?.focus()} />
        </section>
      </Show>
      <Progress stats={progress(tasks())} label="Progress" />
      <Show when={checkInLine(checkIns())}>
        {(line) => (
          <p class="keep-in-touch-line">
            {line()} <a href="/people/">People</a> will show it when it is due.
          </p>
        )}
      </Show>

      <InterviewPeople
        interview={props.interview}
        tasksOf={subjectTasks}
        elsewhere={elsewhere()}
        peopleRef={(el) => {
          peopleField = el;
        }}
      />

      <section aria-labelledby="interview-tasks-title">
        <h2 id="interview-tasks-title">For the interview</h2>
        <TaskList interviewId={id()} tasks={subjectTasks()} label="Tasks for the interview" />
      </section>

      <p class="card-actions split no-print">
        <button type="button" class="button secondary" onClick={() => window.print()}>
          Print this interview
        </button>
        <button
          type="button"
          class="button danger"
          onClick={async () => {
            const which = id();
            setNotDeleted('');
            const records = await loaded(recordsCode, setNotDeleted);
            if (!records) return;
            records.deleteInterview(which);
            props.onBack();
          }}
        >
          Delete this interview
        </button>
      </p>
      <p role="status" class="no-print">
        {notDeleted()}
      </p>
    </article>
  );
}
