import { type JSX, Index, Show, untrack } from 'solid-js';
import { type Interview, doneKey } from '../../lib/model';
import { nextStep, progress, tasksFor } from '../../lib/progress';
import type { ChecklistItem } from '../../schemas/checklist';
import {
  addPerson,
  addReference,
  deleteInterview,
  removePerson,
  removeReference,
  setDone,
  updateInterview,
  updatePerson,
  updateReference,
} from '../../stores/followup';
import { type FieldSpec, Fields, Select } from './Field';
import { FORMATS, OUTCOMES, interviewTitle, whenText } from './labels';
import { NextStepLine, Progress } from './Progress';
import { SpellCheck } from './SpellCheck';
import { TaskList } from './TaskList';

const INTERVIEW_FIELDS: readonly FieldSpec<'company' | 'role' | 'at' | 'place' | 'decisionDate' | 'notes'>[] =
  [
    ['company', 'Company'],
    ['role', 'Role'],
    ['at', 'Date and time', 'datetime-local'],
    ['place', 'Place or link'],
    [
      'decisionDate',
      'Expected decision date',
      'date',
      'Ask before you leave. Your follow-up falls due two days after it.',
    ],
    ['notes', 'Notes', 'multiline'],
  ];
const PERSON_FIELDS: readonly FieldSpec<'name' | 'title' | 'email' | 'phone' | 'postalAddress'>[] = [
  ['name', 'Name'],
  ['title', 'Title'],
  ['email', 'Email', 'email'],
  ['phone', 'Phone', 'tel'],
  ['postalAddress', 'Postal address'],
];
const PERSON_ROLES = [
  ['interviewer', 'Interviewed me'],
  ['other', 'Other contact'],
] as const;
const REFERENCE_FIELDS: readonly FieldSpec<'name' | 'relationship' | 'email' | 'phone' | 'qualities'>[] = [
  ['name', 'Name'],
  ['relationship', 'Relationship'],
  ['email', 'Email', 'email'],
  ['phone', 'Phone', 'tel'],
  ['qualities', 'Qualities to stress', 'multiline', 'Give each reference a different strength to speak to.'],
];

interface InterviewViewProps {
  interview: Interview;
  items: ChecklistItem[];
  now: Date;
  onBack: () => void;
}

/**
 * One interview: its details, the tasks about it, the people met and the references, each with their tasks.
 * Lists use <Index> so that typing in a field or ticking a box keeps focus where it is.
 */
export function InterviewView(props: InterviewViewProps): JSX.Element {
  const tasks = () => tasksFor(props.interview, props.items);
  const id = () => props.interview.id;
  const nameInputs = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
  const subjectTasks = (subjectId?: string) => tasks().filter((t) => t.subjectId === subjectId);
  // Open the details for a new interview; after that the reader decides (a binding would re-close it on every edit).
  const detailsOpenAtFirst = untrack(() => !props.interview.company);

  return (
    <article class="interview-view" aria-labelledby="interview-title">
      <p class="no-print">
        <a
          href="#"
          onClick={(e) => {
            e.preventDefault();
            props.onBack();
          }}
        >
          ← All interviews
        </a>
      </p>
      <h2 id="interview-title" tabindex="-1">
        {interviewTitle(props.interview)}
      </h2>
      <p class="interview-meta">{whenText(props.interview)}</p>
      <Progress stats={progress(tasks())} label="Progress" />
      <NextStepLine next={nextStep(props.interview, props.items, props.now)} />

      <details class="panel" open={detailsOpenAtFirst}>
        <summary>Interview details</summary>
        <Fields
          specs={INTERVIEW_FIELDS}
          values={props.interview}
          onInput={(k, v) => updateInterview(id(), { [k]: v })}
        />
        <div class="field-grid">
          <Select
            label="Format"
            value={props.interview.format}
            options={FORMATS}
            onChange={(v) => updateInterview(id(), { format: v })}
          />
          <Select
            label="Outcome"
            value={props.interview.outcome}
            options={OUTCOMES}
            onChange={(v) => updateInterview(id(), { outcome: v })}
          />
        </div>
      </details>

      <h3>For the interview</h3>
      <TaskList interviewId={id()} tasks={subjectTasks()} label="Tasks for the interview" />

      <h3>People you met</h3>
      <Show when={props.interview.people.length === 0}>
        <p class="empty-state">
          Add each interviewer, and anyone else you spoke with. Their names are worth getting exactly right.
        </p>
      </Show>
      <Index each={props.interview.people}>
        {(person) => (
          <section class="person-card" aria-label={person().name || 'Unnamed person'}>
            <Fields
              specs={PERSON_FIELDS}
              values={person()}
              ref={(k, el) => k === 'name' && nameInputs.set(person().id, el)}
              onInput={(k, v) => {
                updatePerson(id(), person().id, { [k]: v });
                // A changed name has not been checked yet.
                const checked = doneKey('name-checked', person().id);
                if (k === 'name' && props.interview.done[checked]) setDone(id(), checked, false);
              }}
            />
            <Select
              label="Role"
              value={person().role}
              options={PERSON_ROLES}
              onChange={(v) => updatePerson(id(), person().id, { role: v })}
            />
            <p class="card-actions">
              <SpellCheck
                name={person().name}
                onConfirm={() => setDone(id(), doneKey('name-checked', person().id), true)}
                onFix={() => nameInputs.get(person().id)?.focus()}
              />
              <a
                class="button secondary small"
                href={`/notes/#interview=${id()}&to=${person().id}&situation=thank-you`}
              >
                Write a note<span class="sr-only"> to {person().name || 'this person'}</span>
              </a>
              <button
                type="button"
                class="button secondary small"
                onClick={() => removePerson(id(), person().id)}
              >
                Remove<span class="sr-only"> {person().name || 'this person'}</span>
              </button>
            </p>
            <TaskList
              interviewId={id()}
              tasks={subjectTasks(person().id)}
              label={`Tasks for ${person().name || 'this person'}`}
            />
          </section>
        )}
      </Index>
      <p class="no-print">
        <button type="button" class="button secondary" onClick={() => addPerson(id())}>
          Add a person
        </button>
      </p>

      <h3>Your references</h3>
      <Show when={props.interview.references.length === 0}>
        <p class="empty-state">
          Add the people you named as references, so you remember to brief and thank each one.
        </p>
      </Show>
      <Index each={props.interview.references}>
        {(ref) => (
          <section class="person-card" aria-label={ref().name || 'Unnamed reference'}>
            <Fields
              specs={REFERENCE_FIELDS}
              values={ref()}
              onInput={(k, v) => updateReference(id(), ref().id, { [k]: v })}
            />
            <p class="card-actions">
              <a
                class="button secondary small"
                href={`/notes/#interview=${id()}&to=${ref().id}&situation=alert-reference`}
              >
                Write a note<span class="sr-only"> to {ref().name || 'this reference'}</span>
              </a>
              <button
                type="button"
                class="button secondary small"
                onClick={() => removeReference(id(), ref().id)}
              >
                Remove<span class="sr-only"> {ref().name || 'this reference'}</span>
              </button>
            </p>
            <TaskList
              interviewId={id()}
              tasks={subjectTasks(ref().id)}
              label={`Tasks for ${ref().name || 'this reference'}`}
            />
          </section>
        )}
      </Index>
      <p class="no-print">
        <button type="button" class="button secondary" onClick={() => addReference(id())}>
          Add a reference
        </button>
      </p>

      <p class="card-actions no-print">
        <button type="button" class="button secondary" onClick={() => window.print()}>
          Print this interview
        </button>
        <button
          type="button"
          class="button danger"
          onClick={() => {
            deleteInterview(id());
            props.onBack();
          }}
        >
          Delete this interview
        </button>
      </p>
    </article>
  );
}
