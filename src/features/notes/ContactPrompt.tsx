import { type JSX, Show, createSignal } from 'solid-js';
import { later } from '../../core/ui/later';
import type { Profile } from '../../core/model/model';
import { missingChannels } from './note-checks';
import { dismissHint } from '../../core/store/followup';
import { joinWords } from '../../core/words';

/** The contact fields, loaded when first opened. */
const ContactFields = later(() => import('./ContactFields'));

/** The hint's id in `doc.dismissed`. */
export const CONTACT_HINT = 'contact-channels';

interface ContactPromptProps {
  profile: Profile;
  dismissed: readonly string[];
}

/**
 * Under the note's contact block: one calm question when ways to reach the user are missing ("Add them" /
 * "Not now", asked once), and the contact fields themselves, opened in place.
 */
export default function ContactPrompt(props: ContactPromptProps): JSX.Element {
  const [open, setOpen] = createSignal(false);
  let box: HTMLDivElement | undefined;
  let panel: HTMLDivElement | undefined;
  const missing = () => missingChannels(props.profile);
  const ask = () => missing().length > 0 && !props.dismissed.includes(CONTACT_HINT);
  const expand = () => setOpen(true);
  /** Once drawn, the first empty field takes the focus. */
  const focusFirst = () => {
    const fields = [
      ...(panel?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea') ?? []),
    ];
    (fields.find((f) => !f.value.trim()) ?? fields[0])?.focus();
  };
  /** After the buttons that were pressed are gone, the one left in their place takes the focus. */
  const refocus = () => box?.querySelector('button')?.focus();

  return (
    <div class="contact-prompt" ref={(el) => (box = el)}>
      <Show
        when={open()}
        fallback={
          <Show
            when={ask()}
            fallback={
              <button type="button" class="button quiet small" aria-expanded="false" onClick={expand}>
                Edit your contact details
              </button>
            }
          >
            <p class="hint-line">
              <span>Your notes carry no {joinWords(missing(), 'or')}.</span>{' '}
              <button type="button" class="button secondary small" aria-expanded="false" onClick={expand}>
                Add them
              </button>{' '}
              <button
                type="button"
                class="button quiet small"
                onClick={() => {
                  dismissHint(CONTACT_HINT);
                  refocus();
                }}
              >
                Not now
              </button>
            </p>
          </Show>
        }
      >
        <ContactFields
          ref={(el) => {
            panel = el;
            queueMicrotask(focusFirst);
          }}
          profile={props.profile}
          onDone={() => {
            setOpen(false);
            refocus();
          }}
        />
      </Show>
    </div>
  );
}
