import { type JSX, createSignal, onMount } from 'solid-js';
import { addInterview } from '../../stores/records';
import { Field } from '../ui/Field';

/** Today as a local `YYYY-MM-DD`. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface AddInterviewProps {
  onAdded: (id: string) => void;
  /** Focus the first field when shown (the reader came to add one). */
  autofocus: boolean;
}

/** The short form that starts a new interview: where, what, and when (today unless changed). */
export function AddInterview(props: AddInterviewProps): JSX.Element {
  const [company, setCompany] = createSignal('');
  const [role, setRole] = createSignal('');
  const [date, setDate] = createSignal(today());
  const [time, setTime] = createSignal('');
  let first: HTMLInputElement | HTMLTextAreaElement | undefined;
  onMount(() => props.autofocus && first?.focus());
  return (
    <form
      class="add-interview"
      aria-labelledby="add-interview-title"
      onSubmit={(e) => {
        e.preventDefault();
        const at = date() && time() ? `${date()}T${time()}` : date();
        const id = addInterview({ company: company().trim(), role: role().trim(), at });
        setCompany('');
        setRole('');
        setDate(today());
        setTime('');
        props.onAdded(id);
      }}
    >
      <h2 id="add-interview-title">Add an interview</h2>
      <div class="field-grid">
        <Field
          label="Company"
          value={company()}
          onInput={setCompany}
          autocomplete="organization"
          ref={(el) => (first = el)}
        />
        <Field label="Role" value={role()} onInput={setRole} autocomplete="organization-title" />
        <Field label="Date" type="date" value={date()} onInput={setDate} />
        <Field label="Time (optional)" type="time" value={time()} onInput={setTime} />
      </div>
      <button class="button primary" type="submit">
        Add interview
      </button>
    </form>
  );
}
