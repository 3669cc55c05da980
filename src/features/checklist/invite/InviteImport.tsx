import { type JSX, For, Show, createSignal, onMount } from 'solid-js';
import { whenText } from '../labels';
import type { Interview } from '../../../core/model/model';
import { $doc } from '../../../core/store/followup';
import { uid } from '../../../core/ui/Field';
import { NOT_LOADED, loader } from '../../../core/ui/later';
import { type Incoming, type InviteEvent, MAX_INVITE_BYTES, tooLarge } from './invite-model';
import { InvitePreview } from './InvitePreview';
import { takeShared } from './shared-invite';

interface InviteImportProps {
  incoming: Incoming;
  /** The recorded interview the invite is about, when the user said so (pasted into its people field). */
  forInterview?: string;
  /** Closes the panel; with an id, that interview was added or updated and opens. */
  onClose: (id?: string) => void;
}

const fileReader = loader(() => import('./invite'));
const textReader = loader(() => import('./invite-text'));

const reader = () => ({ email: $doc.get().profile.email, now: new Date() });

/** Hands on an invite shared to the installed app, or the .ics file it was opened with (File Handling). */
export function receiveInvites(receive: (incoming: Incoming | undefined) => void): void {
  if (location.hash === '#invite=shared') void takeShared().then(receive);
  else history.replaceState(null, '', location.pathname);
  const queue = (window as { launchQueue?: LaunchQueue }).launchQueue;
  queue?.setConsumer((p) => void p.files[0]?.getFile().then((file) => receive({ file })));
}

/** Reads a file: refused over the limit before a byte is parsed, then read with ical.js (fetched now). */
async function readFile(file: File): Promise<InviteEvent[] | string> {
  if (file.size > MAX_INVITE_BYTES) return tooLarge(file.size);
  const [code, text] = await Promise.all([fileReader().catch(() => undefined), file.text()]);
  if (!code) return NOT_LOADED;
  const result = code.readInvite(text, reader());
  return result.ok ? result.events : result.message;
}

async function readText(text: string): Promise<InviteEvent[] | string> {
  const code = await textReader().catch(() => undefined);
  return code ? [code.readPastedInvite(text, reader())] : NOT_LOADED;
}

/**
 * "From a calendar invite…": pick or drop an .ics file, or paste the invitation email; the events read are
 * shown in the preview (several: the user picks one) and nothing is stored until the user confirms.
 */
export default function InviteImport(props: InviteImportProps): JSX.Element {
  const id = uid('invite');
  const [events, setEvents] = createSignal<InviteEvent[]>([]);
  const [picked, setPicked] = createSignal(0);
  const [problem, setProblem] = createSignal('');
  const [status, setStatus] = createSignal('');
  // The text handed over starts the field; the user edits it from there.
  // eslint-disable-next-line solid/reactivity
  const [pasted, setPasted] = createSignal(props.incoming.text ?? '');
  let fileInput: HTMLInputElement | undefined;

  const show = (found: InviteEvent[] | string) => {
    if (typeof found === 'string') {
      setProblem(found);
      setStatus('');
      return;
    }
    setProblem('');
    setPicked(0);
    setEvents(found);
    setStatus(
      found.length > 1 ? `The invite holds ${found.length} events: pick one.` : 'Read. Check it below.',
    );
  };
  const open = async (file: File | undefined) => {
    if (!file) return fileInput?.focus();
    setStatus(`Reading ${file.name}…`);
    show(await readFile(file));
  };
  const paste = async () => {
    if (pasted().trim()) show(await readText(pasted()));
    else setProblem('Paste the invitation email first: nothing was read.');
  };
  onMount(() => {
    if (props.incoming.file) void open(props.incoming.file);
    else if (props.incoming.text) void paste();
    else fileInput?.focus();
  });
  const event = () => events()[picked()];

  return (
    <section class="add-interview invite-import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {props.forInterview ? 'Read the invitation' : 'Add an interview from a calendar invite'}
      </h2>
      <Show when={!event()}>
        <div
          class="invite-drop"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            void open(e.dataTransfer?.files[0]);
          }}
        >
          <label for={`${id}-file`}>The invite’s .ics file (from the email, or drop it here)</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".ics,text/calendar"
            ref={(el) => (fileInput = el)}
            onChange={(e) => void open(e.currentTarget.files?.[0])}
          />
          <p class="field-hint">Read on this device only, up to {MAX_INVITE_BYTES / 1_000_000} MB.</p>
        </div>
        <div class="field">
          <label for={`${id}-text`}>Or paste the invitation email</label>
          <textarea
            id={`${id}-text`}
            rows={4}
            value={pasted()}
            onInput={(e) => setPasted(e.currentTarget.value)}
          />
        </div>
        <p class="card-actions">
          <button type="button" class="button secondary" onClick={() => void paste()}>
            Read the text
          </button>
          <button type="button" class="button secondary" onClick={() => props.onClose()}>
            Cancel
          </button>
        </p>
      </Show>
      <p class="notice warn" role="alert" hidden={!problem()}>
        {problem()}
      </p>
      <p class="quick-status" role="status">
        {status()}
      </p>
      <Show when={events().length > 1}>
        <fieldset class="radio-group stacked">
          <legend>Which event is the interview?</legend>
          <For each={events()}>
            {(e, i) => (
              <label class="radio">
                <input
                  type="radio"
                  name={`${id}-event`}
                  checked={i() === picked()}
                  onChange={() => setPicked(i())}
                />
                <span>
                  {e.summary || 'Untitled event'} ·{' '}
                  {e.at ? whenText({ at: e.at, format: e.format } as Interview) : 'no date'}
                </span>
              </label>
            )}
          </For>
        </fieldset>
      </Show>
      <Show when={event()} keyed>
        {(e) => (
          <InvitePreview
            event={e}
            forInterview={props.forInterview}
            onDone={props.onClose}
            onBack={() => setEvents([])}
          />
        )}
      </Show>
    </section>
  );
}
