import { type JSX, Show, createSignal } from 'solid-js';
import type { ParsedContact } from './contact-parse';
import { titledName } from '../../core/names';
import { uid } from '../../core/ui/Field';
import { later } from '../../core/ui/later';

/** Reading a pasted invitation, fetched when the user asks for it. */
const InviteImport = later(() => import('./invite/InviteImport'));
/** Pasted text that reads like an invitation: a meeting link, or an invitation with a time of day. */
const INVITE_LIKE =
  /https:\/\/\S*(zoom\.us|teams\.(microsoft|live)\.com|meet\.google\.com|webex\.com)|\binvit[\s\S]*\b\d{1,2}(:\d\d)?\s?[ap]\.?m\b/i;

type Parse = (text: string) => ParsedContact | undefined;
const EMPTY: ParsedContact = { honorific: '', name: '', title: '', company: '', email: '', phone: '' };
let parser: Promise<Parse> | undefined;
/** The signature parser, fetched the first time a quick-add field is focused: most visits never need it. */
const loadParser = () => (parser ??= import('./contact-parse').then((m) => m.parseContact));

interface QuickAddProps {
  /** "Add someone you met". */
  label: string;
  hint: string;
  /** Saves the contact. */
  onAdd: (contact: ParsedContact) => void;
  /** Enter on an empty field: the user is done adding; move on to what is due. */
  onDone?: () => void;
  ref?: (el: HTMLTextAreaElement) => void;
  /** The interview the people are added to: a pasted invitation can then update it, people and all. */
  interviewId?: string;
}

/** What the preview says will be saved. */
function describe(c: ParsedContact): string {
  return [titledName(c.honorific, c.name) || '(no name)', c.title, c.company, c.email, c.phone]
    .filter(Boolean)
    .join(' · ');
}

/**
 * One field to add people quickly: type a name (and, if handy, title and email) and press Enter, or paste
 * an email signature; what was read is shown before it is saved, and Enter confirms. Several in a row.
 */
export function QuickAdd(props: QuickAddProps): JSX.Element {
  const id = uid('q');
  const [text, setText] = createSignal('');
  const [parsed, setParsed] = createSignal<ParsedContact | undefined>();
  const [status, setStatus] = createSignal('');
  const [invite, setInvite] = createSignal('');
  let parse: Parse | undefined;
  const read = (value: string) => {
    setText(value);
    const line = value.trim();
    // A single typed line is a name even when the parser finds none (an emoji, a rare script): the user
    // typed it on purpose. A pasted block must hold something recognisable.
    const typed = !line.includes('\n') && /\p{L}/u.test(line) ? { ...EMPTY, name: line } : undefined;
    const found = parse?.(value);
    setParsed(line ? (found?.name ? found : (typed ?? found)) : undefined);
  };
  const useParser = (p: Parse) => {
    parse = p;
    read(text());
  };
  const add = () => {
    // Enter before the parser has arrived waits for it, so "name, title, email" is read as such; if it cannot
    // load, the line is added as typed, a name.
    if (!parse && text().trim())
      return void loadParser().then(
        // eslint-disable-next-line solid/reactivity -- the key press followed through: props are read as it runs.
        (p) => (useParser(p), addRead()),
        () => addRead(),
      );
    addRead();
  };
  const addRead = () => {
    const contact = parsed();
    if (!text().trim()) return props.onDone?.();
    if (!contact || !contact.name) {
      setStatus(
        'Nothing was added: no name could be read there. Type their name, or paste a signature that has one.',
      );
      return;
    }
    props.onAdd(contact);
    setStatus(`Added ${describe(contact)}. Add the next person, or press Enter again for what is due.`);
    read('');
  };
  return (
    <div class="quick-add no-print">
      <label for={id}>{props.label}</label>
      <p class="field-hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      <div class="quick-row">
        <textarea
          id={id}
          rows={text().includes('\n') ? 5 : 1}
          value={text()}
          aria-describedby={`${id}-hint ${id}-preview`}
          ref={(el) => props.ref?.(el)}
          onFocus={() => void loadParser().then(useParser)}
          onInput={(e) => read(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter adds; Shift+Enter starts a new line for typing a block by hand.
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" class="button secondary" onClick={add}>
          Add
        </button>
      </div>
      <p class="quick-preview" id={`${id}-preview`}>
        <Show when={parsed()}>{(c) => <>Will add: {describe(c())}</>}</Show>
      </p>
      <p class="quick-status" role="status">
        {status()}
      </p>
      <Show when={props.interviewId && !invite() && text().includes('\n') && INVITE_LIKE.test(text())}>
        <p class="quick-preview">
          This looks like an invitation email.{' '}
          <button type="button" class="button secondary small" onClick={() => setInvite(text())}>
            Read it as the invite
          </button>
        </p>
      </Show>
      <Show when={invite() && props.interviewId}>
        {(interviewId) => (
          <InviteImport
            incoming={{ text: invite() }}
            forInterview={interviewId()}
            onClose={(id) => {
              setInvite('');
              if (id) read('');
            }}
          />
        )}
      </Show>
    </div>
  );
}
