import { type JSX, Index, Show, createMemo, createSignal, onMount } from 'solid-js';
import type { ParsedContact } from './contact-parse';
import { checkInsAhead, dueList } from '../../core/due';
import { joinWords } from '../../core/words';
import { elsewhereFor } from '../../core/link-people';
import type { Interview, Profile } from '../../core/model/model';
import { progress, tasksFor } from '../../core/progress';
import type { ChecklistItem } from '../../core/checklist-schema';
import { $doc } from '../../core/store/followup';
import { addPerson, addReference } from './records';
import { later } from '../../core/ui/later';
import { settled as whenSettled } from '../../core/ui/settled';
import { useAtom } from '../../core/ui/use-atom';
import { ContactCard } from './ContactCard';
import { DueList } from './DueList';
import { shortDate } from '../../core/dates';
import { OUTCOME_LABELS, whenText } from './labels';
import { Progress } from './Progress';
import { QuickAdd } from './QuickAdd';
import { TaskList } from './TaskList';
import { interviewTitle } from '../../core/titles';

/** The details form, fetched the first time someone opens it. */
const InterviewEdit = later(() => import('./InterviewEdit'));

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

const personFrom = (c: ParsedContact) => ({
  honorific: c.honorific,
  name: c.name,
  title: c.title,
  email: c.email,
  phone: c.phone,
});

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
  const names = () => joinWords(checkIns().map((t) => t.who));
  let peopleField: HTMLTextAreaElement | undefined;
  onMount(() => {
    if (props.focus === 'people') peopleField?.focus();
    else if (props.focus === 'title') document.getElementById('interview-title')?.focus();
  });
  const facts = () =>
    (
      [
        ['Place', props.interview.place],
        ['Decision expected', props.interview.decisionDate],
        [
          'Outcome',
          props.interview.outcome === 'waiting'
            ? ''
            : (OUTCOME_LABELS.find(([o]) => o === props.interview.outcome)?.[1] ?? ''),
        ],
        ['Notes', props.interview.notes],
      ] as const
    ).filter(([, v]) => v.trim());

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
      <h1 id="interview-title" tabindex="-1">
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
      <Show when={checkIns()[0]}>
        {(first) => (
          <p class="keep-in-touch-line">
            {checkIns().length === 1
              ? `A friendly check-in with ${names()} is suggested around ${shortDate(first().due!)}.`
              : `Check-ins with ${names()} are suggested from ${shortDate(first().due!)}.`}{' '}
            <a href="/people/">People</a> will show it when it is due.
          </p>
        )}
      </Show>

      <section aria-labelledby="people-title">
        <h2 id="people-title">Who you met</h2>
        <Index each={props.interview.people}>
          {(person) => (
            <ContactCard
              interviewId={id()}
              contact={{ kind: 'person', record: person() }}
              tasks={subjectTasks(person().id)}
              elsewhere={elsewhere().get(person().contactId)}
            />
          )}
        </Index>
        <QuickAdd
          label={props.interview.people.length ? 'Add someone else you met' : 'Who interviewed you?'}
          hint="A name and, if you have them, title and email (“Dana Nguyen, Head of Design, dana@example.com”), or paste their email signature. Enter adds each one; Enter on an empty field takes you to what is due."
          ref={(el) => {
            peopleField = el;
          }}
          onAdd={(c) => addPerson(id(), 'interviewer', personFrom(c))}
          interviewId={id()}
          onDone={() => document.querySelector<HTMLElement>('.due-section .due-actions > *')?.focus()}
        />
      </section>

      <section aria-labelledby="references-title">
        <h2 id="references-title">Your references</h2>
        <Index each={props.interview.references}>
          {(reference) => (
            <ContactCard
              interviewId={id()}
              contact={{ kind: 'reference', record: reference() }}
              tasks={subjectTasks(reference().id)}
              elsewhere={elsewhere().get(reference().contactId)}
            />
          )}
        </Index>
        <QuickAdd
          label="Add a reference"
          hint="Their name and email, or paste their signature. You can add what they should stress after."
          onAdd={(c) =>
            addReference(id(), {
              name: [c.honorific, c.name].filter(Boolean).join(' '),
              email: c.email,
              phone: c.phone,
            })
          }
        />
      </section>

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
          onClick={() => {
            // The removal code (with its undo) loads on the first click: deleting is rare.
            const which = id();
            void import('./records').then((m) => m.deleteInterview(which));
            props.onBack();
          }}
        >
          Delete this interview
        </button>
      </p>
    </article>
  );
}
