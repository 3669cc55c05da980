import { type Component, type JSX, Show, createSignal, untrack } from 'solid-js';
import { type Profile, missingChannels } from '../../core/model/model';
import { ProfileForm } from '../../core/ui/ProfileForm';
import type { ContactCardViewProps } from './ContactCardView';
import { loaded, loader } from '../../core/ui/later';

const cardView = loader(() => import('./ContactCardView'));

/**
 * The user's contact card: their details (the same form as the note builder's), then, once asked for, the
 * card itself (ContactCardView), whose code, the vCard builder and the QR code load on that first click.
 */
export function YourContactCard(props: { profile: Profile }): JSX.Element {
  const [view, setView] = createSignal<Component<ContactCardViewProps>>();
  const [status, setStatus] = createSignal('');
  // Open while something is missing when the page opens; typing must not close it.
  const startOpen = untrack(() => missingChannels(props.profile).length > 0 || !props.profile.name.trim());

  let section: HTMLElement | undefined;
  const open = async () => {
    const code = await loaded(cardView, setStatus);
    if (!code) return;
    setView(() => code.ContactCardView);
    // The button is gone: keep the keyboard where the work is, on the card's first action or the first field.
    const target = ['.your-card button', '.profile[open] input', '.profile summary']
      .map((selector) => section?.querySelector<HTMLElement>(selector))
      .find(Boolean);
    target?.focus();
  };

  return (
    <section aria-labelledby="card-title" id="contact-card" ref={(el) => (section = el)}>
      <h2 id="card-title">Your contact card</h2>
      <p>
        Give an employer every way to reach you: a contact card to attach to an email or send from your phone,
        a QR code another phone can scan, and a signature for your emails. They are made in this browser from
        your details; nothing is sent anywhere.
      </p>
      <ProfileForm profile={props.profile} open={startOpen} />
      <Show when={!view()}>
        <p>
          <button type="button" class="button secondary" onClick={() => void open()}>
            Make my contact card
          </button>
        </p>
      </Show>
      <p role="status" class="card-status" data-testid="card-status">
        {status()}
      </p>
      <Show when={view()}>
        {(View) => {
          const CardView = View();
          return <CardView profile={props.profile} onStatus={setStatus} />;
        }}
      </Show>
    </section>
  );
}
