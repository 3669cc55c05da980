import { type JSX, For, Show, createMemo, createSignal } from 'solid-js';
import { linkSuggestions } from '../../core/link-people';
import { peopleOf } from '../../core/people';
import { isTouchDue } from '../../core/touches';
import { filterPeople, rankPeople } from './ranking';
import { $doc } from '../../core/store/followup';
import { personLine, touchText } from './labels';
import { later } from '../../core/ui/later';
import { Notices } from '../../core/ui/Notices';
import { useHashRecord, useMinuteClock } from '../../core/ui/routes';
import { useAtom } from '../../core/ui/use-atom';
import { counted } from '../../core/words';

/** One person's page, and the "same person?" cards: loaded when first shown. */
const PersonView = later(() => import('./PersonView'));
const Suggestions = later(() => import('./Suggestions'));

export interface PeopleAppProps {
  /** Situation labels by id, for the notes in a person's history. */
  situations: Record<string, string>;
  /** Checklist item labels by id, for tasks ticked by hand in a person's history. */
  items: Record<string, string>;
}

/** How many people the list shows before "Show all". */
const PAGE = 25;

/**
 * Everyone met or named as a reference, each person once across interviews: who to get in touch with
 * first, then the others, the most recently met first; or one person when the address names them.
 */
export default function PeopleApp(props: PeopleAppProps): JSX.Element {
  const doc = useAtom($doc);
  let listHeading: HTMLElement | undefined;
  const route = useHashRecord('person', () => listHeading);
  const openId = route.id;
  const now = useMinuteClock();
  const [filter, setFilter] = createSignal('');
  const [limit, setLimit] = createSignal(PAGE);
  const people = createMemo(() => peopleOf(doc().interviews));
  const rows = createMemo(() => rankPeople(people(), doc(), now()));
  const shown = createMemo(() => filterPeople(rows(), filter()));
  const suggestions = createMemo(() => linkSuggestions(people(), doc().contacts));
  const current = () => people().find((g) => g.contactId === openId());
  // A person's page is what comes next: its code is fetched as soon as the pointer, a finger or the keyboard
  // reaches the list, so opening one is instant. A failed fetch shows its Retry when a person is opened.
  let fetched = false;
  const prefetch = () => {
    if (fetched) return;
    fetched = true;
    void import('./PersonView').catch(() => {
      fetched = false;
    });
  };

  const open = route.open;

  // The page's own heading and introduction belong to the list: hidden (tools.css) while a person is open.
  return (
    <div class="people-app" classList={{ 'viewing-interview': !!current() }}>
      <Notices />
      <Show
        when={current()}
        fallback={
          <>
            <Show when={openId()}>
              <p class="notice" role="status">
                That person is not here (they may have been removed, or saved in another browser).
              </p>
            </Show>
            <Show
              when={people().length}
              fallback={
                <p class="empty-state">
                  No one yet. The people you add to an interview on your <a href="/checklist/">checklist</a>{' '}
                  appear here, each once, however many interviews you meet them at.
                </p>
              }
            >
              <Show when={suggestions().length}>
                <Suggestions suggestions={suggestions()} />
              </Show>
              <section aria-labelledby="people-title">
                <h2 id="people-title" tabindex="-1" ref={(el) => (listHeading = el)}>
                  Everyone you have met
                </h2>
                <div class="field people-filter">
                  <label for="people-filter">Find someone</label>
                  <input
                    id="people-filter"
                    type="search"
                    autocomplete="off"
                    value={filter()}
                    onInput={(e) => setFilter(e.currentTarget.value)}
                    aria-describedby="people-count"
                  />
                </div>
                <p id="people-count" class="people-count" role="status">
                  {filter()
                    ? `${shown().length} of ${rows().length} people`
                    : counted(rows().length, 'person', 'people')}
                </p>
                <ul class="people-list" onPointerOver={prefetch} onFocusIn={prefetch} onTouchStart={prefetch}>
                  <For each={shown().slice(0, limit())}>
                    {({ group, touch }) => (
                      <li class="person-row">
                        <h3>
                          <a
                            href={`#person=${encodeURIComponent(group.contactId)}`}
                            onClick={(e) => {
                              e.preventDefault();
                              open(group.contactId);
                            }}
                          >
                            {group.name}
                          </a>
                        </h3>
                        <p class="person-meta">{personLine(group, now())}</p>
                        <Show when={touch}>
                          {(t) => (
                            <p
                              class={isTouchDue(t(), now()) ? 'person-touch due overdue' : 'person-touch due'}
                            >
                              {touchText(t(), now())}
                            </p>
                          )}
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
                <Show when={shown().length > limit()}>
                  <p>
                    <button type="button" class="button secondary" onClick={() => setLimit(Infinity)}>
                      Show all {shown().length} people
                    </button>
                  </p>
                </Show>
              </section>
            </Show>
          </>
        }
      >
        {(group) => (
          <PersonView
            group={group()}
            people={people()}
            suggestions={suggestions()}
            now={now()}
            situations={props.situations}
            items={props.items}
            onBack={() => open(undefined)}
            onOpen={open}
          />
        )}
      </Show>
    </div>
  );
}
