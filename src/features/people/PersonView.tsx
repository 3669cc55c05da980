import { type JSX, For, Show, createSignal, onMount } from 'solid-js';
import { type Suggestion, suggestionsFor } from '../../core/link-people';
import { type PersonGroup, waysToReach } from '../../core/people';
import { unlink } from '../../core/store/people';
import { uid } from '../../core/ui/Field';
import LinkPicker from './LinkPicker';
import { PersonGreeting } from './PersonGreeting';
import Suggestions from './Suggestions';
import { TouchPanel } from './TouchPanel';
import { metLine } from './labels';
import { PersonHistory } from './PersonHistory';
import { mailtoHref } from '../../core/mailto';

interface PersonViewProps {
  group: PersonGroup;
  people: PersonGroup[];
  suggestions: Suggestion[];
  now: Date;
  situations: Record<string, string>;
  items: Record<string, string>;
  onBack: () => void;
  onOpen: (id: string) => void;
}

/**
 * One person across interviews: when to get in touch next and the quickest ways to do it (write the check-in
 * note, log a contact), their rhythm, where they were met, and everything sent or logged.
 */
export default function PersonView(props: PersonViewProps): JSX.Element {
  const reach = () => waysToReach(props.group);
  const mine = () => suggestionsFor(props.suggestions, props.group.contactId);
  const [linkWith, setLinkWith] = createSignal('');
  // The list of everyone else is drawn only when asked for: with hundreds of people it is most of the page.
  const [choosing, setChoosing] = createSignal(false);
  const formId = uid('same');
  let heading: HTMLHeadingElement | undefined;
  let sameHeading: HTMLHeadingElement | undefined;
  // Arriving to check a possible match (`#person=…&same`), the cursor goes to that part of the page.
  onMount(() => (location.hash.endsWith('&same') ? sameHeading : heading)?.focus());

  const otherPeople = () => props.people.filter((g) => g.contactId !== props.group.contactId);
  const linking = () => props.people.find((g) => g.contactId === linkWith());

  return (
    <article class="person-view" aria-labelledby="person-title">
      <p class="no-print">
        <a
          href="/people/"
          onClick={(e) => {
            e.preventDefault();
            props.onBack();
          }}
        >
          ← Everyone
        </a>
      </p>
      <h2 id="person-title" tabindex="-1" ref={(el) => (heading = el)}>
        {props.group.name}
      </h2>
      <p class="person-contact">
        <For each={reach().emails}>
          {(email) => (
            <>
              <Show when={mailtoHref(email)} fallback={<span>{email}</span>}>
                {(href) => <a href={href()}>{email}</a>}
              </Show>{' '}
            </>
          )}
        </For>
        <For each={reach().phones}>{(phone) => <span>{phone} </span>}</For>
      </p>
      <PersonGreeting group={props.group} />

      <TouchPanel group={props.group} now={props.now} />

      <section aria-labelledby="met-title">
        <h3 id="met-title">Met at</h3>
        <ul class="met-list">
          <For each={props.group.met}>
            {(m) => (
              <li>
                <a href={`/checklist/#interview=${encodeURIComponent(m.interview.id)}`}>{metLine(m)}</a>
                <Show when={m.kind !== 'reference' && m.record.title.trim()}>
                  {(title) => <span class="met-title"> · {title()}</span>}
                </Show>
                <Show when={props.group.met.length > 1}>
                  {' '}
                  <button
                    type="button"
                    class="button secondary small"
                    aria-label={`Unlink: ${metLine(m)}`}
                    onClick={() => {
                      const next = unlink(props.group, m);
                      if (next !== props.group.contactId) props.onOpen(next);
                    }}
                  >
                    Unlink
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </section>

      <PersonHistory group={props.group} now={props.now} situations={props.situations} items={props.items} />

      <section aria-labelledby="same-person-title">
        <h3 id="same-person-title" tabindex="-1" ref={(el) => (sameHeading = el)}>
          The same person elsewhere?
        </h3>
        <Show when={mine().length}>
          <Suggestions suggestions={mine()} compact onLinked={props.onOpen} />
        </Show>
        <Show
          when={linking()}
          fallback={
            <Show
              when={choosing()}
              fallback={
                <p>
                  <button type="button" class="button secondary small" onClick={() => setChoosing(true)}>
                    Link with someone already here…
                  </button>
                </p>
              }
            >
              <div class="field">
                <label for={`${formId}-link`}>The same person as</label>
                <select
                  id={`${formId}-link`}
                  ref={(el) => queueMicrotask(() => el.focus())}
                  onChange={(e) => setLinkWith(e.currentTarget.value)}
                >
                  <option value="">Choose a person…</option>
                  <For each={otherPeople()}>
                    {(g) => <option value={g.contactId}>{`${g.name} · ${metLine(g.met[0])}`}</option>}
                  </For>
                </select>
              </div>
            </Show>
          }
        >
          {(other) => (
            <LinkPicker
              keep={props.group}
              other={other()}
              onDone={() => {
                setLinkWith('');
                setChoosing(false);
                heading?.focus();
              }}
            />
          )}
        </Show>
      </section>
    </article>
  );
}
