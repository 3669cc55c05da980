import { type JSX, Show, createEffect, createSignal, onMount } from 'solid-js';
import type { Incoming } from './invite/invite-model';
import { Field } from '../../core/ui/Field';
import { interviewAt, localDay } from '../../core/local-dates';
import { carried, later, loader } from '../../core/ui/later';

/** Saving the new interview: its code loads with the first “Add interview” (the list needs none of it). */
const actions = loader(() => import('./interview-actions'));
/** Reading an invite, fetched when first asked for: the parser never loads with the page. */
const InviteImport = later(() => import('./invite/InviteImport'));

/** The key an entry travels under across the reload that a second failed load leads to (see `loader`). */
const ENTRY_KEY = 'add-interview';

/** An entry carried across that reload, read back as four texts; undefined when none. */
function carriedEntry(): { company: string; role: string; date: string; time: string } | undefined {
  const e = carried(ENTRY_KEY);
  if (typeof e !== 'object' || e === null) return undefined;
  const text = (key: string) => {
    const v = (e as Record<string, unknown>)[key];
    return typeof v === 'string' ? v : '';
  };
  return { company: text('company'), role: text('role'), date: text('date'), time: text('time') };
}

interface AddInterviewProps {
  onAdded: (id: string) => void;
  /** The user started typing an interview: what comes after adding it can load now. */
  onStart?: () => void;
  /** Focus the first field when shown (the reader came to add one). */
  autofocus: boolean;
  /** An invite shared to the app or opened with it, to read at once. */
  incoming?: Incoming | undefined;
}

/**
 * The short form that starts a new interview: where, what, and when (today unless changed); or "From a
 * calendar invite…", which reads an invite file (picked or dropped here) or a pasted invitation.
 */
export function AddInterview(props: AddInterviewProps): JSX.Element {
  const [company, setCompany] = createSignal('');
  const [role, setRole] = createSignal('');
  const [date, setDate] = createSignal(localDay(new Date()));
  const [time, setTime] = createSignal('');
  const [invite, setInvite] = createSignal<Incoming>();
  const [failed, setFailed] = createSignal(false);
  createEffect(() => props.incoming && setInvite(props.incoming));
  let first: HTMLInputElement | HTMLTextAreaElement | undefined;
  // The first key typed here fetches what saving and the new interview's page need (`onStart`), so that the
  // page and the field for its people are there at once after "Add interview", before the next key is typed.
  // A part that fails to load says so when it is needed: fetched apart from `actions`, whose second failure
  // reloads the page, so a failure in the background is not counted as the user's first try.
  let prepared = false;
  const prepare = () => {
    if (prepared) return;
    prepared = true;
    void import('./interview-actions').catch(() => undefined);
    props.onStart?.();
  };
  const add = () => {
    const fields = { company: company().trim(), role: role().trim(), at: interviewAt(date(), time()) };
    const added = props.onAdded;
    const entry = { company: company(), role: role(), date: date(), time: time() };
    // What was typed stays in the form until it is saved (and across a reload); a part that fails to load says so.
    actions({ key: ENTRY_KEY, value: entry }).then(
      (m) => {
        setFailed(false);
        const id = m.addInterview(fields);
        setCompany('');
        setRole('');
        setDate(localDay(new Date()));
        setTime('');
        added(id);
      },
      () => setFailed(true),
    );
  };
  onMount(() => {
    const waiting = carriedEntry();
    if (waiting) {
      setCompany(waiting.company);
      setRole(waiting.role);
      setDate(waiting.date);
      setTime(waiting.time);
      add();
    } else if (props.autofocus && !invite()) first?.focus();
  });
  return (
    <>
      <form
        class="add-interview"
        aria-labelledby="add-interview-title"
        hidden={!!invite()}
        onInput={prepare}
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <h2 id="add-interview-title">Add an interview</h2>
        <p class="no-print invite-start">
          {/* The picker opens at once: one tap from the form to the invite's preview. */}
          <label class="button secondary">
            From a calendar invite…
            <input
              type="file"
              accept=".ics,text/calendar"
              class="sr-only"
              onChange={(e) => setInvite({ file: e.currentTarget.files?.[0] })}
            />
          </label>
          <button type="button" class="button secondary" onClick={() => setInvite({})}>
            Paste an invitation…
          </button>
        </p>
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
        <Show when={failed()}>
          <p class="notice warn" role="alert">
            Not added yet: this part did not load (offline, or the site was updated). Your entry is still
            here; try Add interview again (a second try reloads the page and keeps your entry).
          </p>
        </Show>
      </form>
      <Show when={invite()}>
        {(incoming) => (
          <InviteImport
            incoming={incoming()}
            onClose={(id) => {
              setInvite();
              if (id) props.onAdded(id);
            }}
          />
        )}
      </Show>
    </>
  );
}
