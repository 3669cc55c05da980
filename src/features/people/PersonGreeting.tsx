import { type JSX, Show, createSignal } from 'solid-js';
import { type NamedPerson, greetingFor, nameParts, nameWords, shouldAskParts } from '../../core/names';
import type { PersonGroup } from '../../core/people';
import { later } from '../../core/ui/later';

const NameParts = later(() => import('../../core/ui/NameParts'));

/** How a person is greeted in a formal and a warm note, and which words are their given name. */
export function PersonGreeting(props: { group: PersonGroup }): JSX.Element {
  const latest = () => props.group.met[0].record;
  const person = (): NamedPerson => {
    const withHonorific = props.group.met.find((m) => 'honorific' in m.record && m.record.honorific);
    return {
      honorific: withHonorific && 'honorific' in withHonorific.record ? withHonorific.record.honorific : '',
      name: latest().name,
      givenName: latest().givenName,
      familyName: latest().familyName,
    };
  };
  // Open while the name can be read several ways; once opened it stays open as the user picks.
  const [open, setOpen] = createSignal(shouldAskParts(person()));
  const formal = () => greetingFor(person(), 'formal');
  const warm = () => greetingFor(person(), 'warm');
  return (
    <Show when={nameWords(latest().name).length > 0}>
      <p class="person-greeting">
        <Show when={formal() !== warm()} fallback={<>Greeted as “{formal()}”.</>}>
          Greeted as “{formal()}” in a formal note, “{warm()}” in a warm one.
        </Show>
      </p>
      <Show when={nameWords(latest().name).length > 1}>
        <details class="name-parts-choice" open={open()} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>
            {shouldAskParts(person())
              ? 'Which words are their given name?'
              : `Given name: ${nameParts(person()).given}`}
          </summary>
          <Show when={open()}>
            <NameParts recordId={latest().id} person={person()} />
          </Show>
        </details>
      </Show>
    </Show>
  );
}
