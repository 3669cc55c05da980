import { type JSX, Show, createEffect, createSignal, onMount } from 'solid-js';
import type { Incoming } from './invite/InviteImport';
import { Field } from '../../core/ui/Field';
import { localDay } from '../../core/local-dates';
import { later, loader, reloadPage } from '../../core/ui/later';

/** Saving the new interview: its code loads with the first “Add interview” (the list needs none of it). */
const actions = loader(() => import('./interview-actions'));
/** Reading an invite, fetched when first asked for: the parser never loads with the page. */
const InviteImport = later(() => import('./invite/InviteImport'));

/**
 * Where an entry waits across the reload that a second failed load leads to (see `reloadPage`): this tab's
 * session storage, read and emptied as the form comes back, which then adds it.
 */
const WAITING_KEY = 'fuk:adding';

interface Entry {
  company: string;
  role: string;
  date: string;
  time: string;
}

/** The entry kept across a reload, taken out of session storage; undefined when none (or unreadable). */
function takeWaiting(): Entry | undefined {
  try {
    const raw = sessionStorage.getItem(WAITING_KEY);
    sessionStorage.removeItem(WAITING_KEY);
    const e = raw ? (JSON.parse(raw) as Partial<Entry>) : undefined;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    return e && { company: text(e.company), role: text(e.role), date: text(e.date), time: text(e.time) };
  } catch {
    return undefined;
  }
}

/** Keeps the entry for after the reload; false when session storage is blocked (then no reload). */
function keepWaiting(entry: Entry): boolean {
  try {
    sessionStorage.setItem(WAITING_KEY, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

interface AddInterviewProps {
  onAdded: (id: string) => void;
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
  /** Whether Add interview has failed once: the next failure reloads the page, keeping the entry. */
  let triedOnce = false;
  const add = () => {
    const at = date() && time() ? `${date()}T${time()}` : date();
    const fields = { company: company().trim(), role: role().trim(), at };
    const added = props.onAdded;
    const entry = { company: company(), role: role(), date: date(), time: time() };
    // What was typed stays in the form until it is saved; a part that fails to load says so.
    actions().then(
      (m) => {
        setFailed(false);
        const id = m.addInterview(fields);
        setCompany('');
        setRole('');
        setDate(localDay(new Date()));
        setTime('');
        added(id);
      },
      () => {
        setFailed(true);
        if (triedOnce && keepWaiting(entry)) reloadPage();
        triedOnce = true;
      },
    );
  };
  onMount(() => {
    const waiting = takeWaiting();
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
