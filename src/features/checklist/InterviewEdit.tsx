import type { JSX } from 'solid-js';
import type { Interview } from '../../core/model/model';
import { interviewAt, interviewDayAndTime } from '../../core/local-dates';
import { updateInterview } from './interview-actions';
import { Field, type FieldSpec, Fields, Select } from '../../core/ui/Field';
import { FORMAT_LABELS, OUTCOME_LABELS } from './labels';

const TEXT_FIELDS: readonly FieldSpec<'company' | 'role' | 'place' | 'decisionDate' | 'notes'>[] = [
  ['company', 'Company'],
  ['role', 'Role'],
  ['place', 'Place or link'],
  [
    'decisionDate',
    'Expected decision date',
    'date',
    'Ask before you leave. Your follow-up falls due two days after it.',
  ],
  ['notes', 'Notes', 'multiline'],
];

/**
 * The interview's details as fields: where, when (a date, and a time if known), how it went. Loaded the
 * first time someone opens them.
 */
export default function InterviewEdit(props: { interview: Interview }): JSX.Element {
  const id = () => props.interview.id;
  const date = () => interviewDayAndTime(props.interview.at).day;
  const time = () => interviewDayAndTime(props.interview.at).time;
  const setAt = (d: string, t: string) => updateInterview(id(), { at: interviewAt(d, t) });
  return (
    <div class="panel no-print">
      <Fields
        specs={TEXT_FIELDS}
        values={props.interview}
        onInput={(k, v) => updateInterview(id(), { [k]: v })}
      />
      <div class="field-grid">
        <Field label="Date" type="date" value={date()} onInput={(d) => setAt(d, time())} />
        <Field label="Time (optional)" type="time" value={time()} onInput={(t) => setAt(date(), t)} />
        <Select
          label="Format"
          value={props.interview.format}
          options={FORMAT_LABELS}
          onChange={(v) => updateInterview(id(), { format: v })}
        />
        <Select
          label="Outcome"
          value={props.interview.outcome}
          options={OUTCOME_LABELS}
          onChange={(v) => updateInterview(id(), { outcome: v })}
        />
      </div>
    </div>
  );
}
