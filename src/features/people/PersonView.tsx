import { type JSX, For, Show, createMemo, createSignal, onMount } from 'solid-js';
import type { Contact, ContactKind } from '../../core/model/model';
import type { Suggestion } from '../../core/link-people';
import type { PersonGroup } from '../../core/people';
import { historyOf, localDay, nextTouch, suggestion } from '../../core/touches';
import { $doc } from '../../core/store/followup';
import { logContact, removeLogged, setRhythm, unlink } from '../../core/store/people';
import { Field, Select, uid } from '../../core/ui/Field';
import { RadioGroup } from '../../core/ui/RadioGroup';
import { useAtom } from '../../core/ui/use-atom';
import LinkPicker from './LinkPicker';
import { PersonGreeting } from './PersonGreeting';
import Suggestions from './Suggestions';
import { LOG_KINDS, dateText, kindWord, metLine, touchText } from './labels';
import { historyLine } from './history-line';
import {
  RHYTHM_OPTIONS,
  RHYTHM_RANGE,
  type RhythmChoice,
  choiceOf,
  customStart,
  rhythmFor,
  suggestedText,
} from './rhythm';
import { noteHref } from '../../core/links';

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
  const doc = useAtom($doc);
  const latest = () => props.group.met[0]!;
  const touch = createMemo(() => nextTouch(props.group, doc(), props.now));
  const contact = () => doc().contacts[props.group.contactId];
  const history = createMemo(() => historyOf(props.group, doc(), props.now, { logged: 'check-in' }));
  const suggested = () => suggestion(props.group);
  const emails = () => [...new Set(props.group.met.map((m) => m.record.email.trim()).filter(Boolean))];
  const phones = () => [...new Set(props.group.met.map((m) => m.record.phone.trim()).filter(Boolean))];
  const mine = () =>
    props.suggestions.filter(
      (s) => s.a.contactId === props.group.contactId || s.b.contactId === props.group.contactId,
    );
  const [kind, setKind] = createSignal<Exclude<ContactKind, 'note'>>('emailed');
  const [on, setOn] = createSignal(localDay(new Date()));
  const [line, setLine] = createSignal('');
  const [said, setSaid] = createSignal('');
  const [linkWith, setLinkWith] = createSignal('');
  // The list of everyone else is drawn only when asked for: with hundreds of people it is most of the page.
  const [choosing, setChoosing] = createSignal(false);
  const [every, setEvery] = createSignal(String(contact()?.every ?? 2));
  const [unit, setUnit] = createSignal<Contact['unit']>(contact()?.unit ?? 'month');
  const formId = uid('log');
  let heading: HTMLHeadingElement | undefined;
  // Arriving to check a possible match (`#person=…&same`), the cursor goes to that part of the page.
  onMount(() =>
    (location.hash.endsWith('&same') ? document.getElementById('same-person-title') : heading)?.focus(),
  );

  /** Saves a choice of "Remind me"; another rhythm only once what is typed is in range. */
  const saveRhythm = (choice: RhythmChoice) => {
    const rhythm = rhythmFor(choice, { every: every(), unit: unit() });
    if (rhythm) setRhythm(props.group.contactId, rhythm);
  };
  const chooseRhythm = (choice: RhythmChoice) => {
    if (choice === 'custom') setEvery(customStart({ every: every(), unit: unit() }));
    saveRhythm(choice);
  };
  const saveCustom = () => saveRhythm('custom');
  const log = (e: SubmitEvent) => {
    e.preventDefault();
    logContact(props.group.contactId, props.group.name, { kind: kind(), notes: line().trim(), on: on() });
    setLine('');
    const next = nextTouch(props.group, $doc.get(), new Date());
    setSaid(`Logged. ${next ? `Next: ${touchText(next, new Date())}.` : 'No reminder set.'}`);
  };
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
        <For each={emails()}>
          {(email) => (
            <>
              <a href={`mailto:${encodeURIComponent(email).replace(/%40/g, '@')}`}>{email}</a>{' '}
            </>
          )}
        </For>
        <For each={phones()}>{(phone) => <span>{phone} </span>}</For>
      </p>
      <PersonGreeting group={props.group} />

      <section class="touch-panel" aria-labelledby="touch-title">
        <h3 id="touch-title">Keeping in touch</h3>
        <p
          class={
            (touch()?.due.getTime() ?? Infinity) < props.now.getTime() ? 'touch-next overdue' : 'touch-next'
          }
        >
          <Show when={touch()} fallback="No reminder set.">
            {(t) => (
              <>
                <strong>{touchText(t(), props.now)}</strong>
                <Show when={t().last}>{(last) => <> · last in touch {dateText(last(), props.now)}</>}</Show>
              </>
            )}
          </Show>
        </p>
        <Show when={latest().kind !== 'reference'}>
          <p>
            <a class="button primary" href={noteHref(latest().interview.id, 'check-in', latest().record.id)}>
              Write a check-in note
            </a>
          </p>
          <p class="field-hint">
            Bring something: your news, an article they would like, or congratulations on theirs.{' '}
            <a href="/guide/staying-in-touch/#how-often-to-reach-out">What to share</a>
          </p>
        </Show>
        <form class="log-form" aria-labelledby={`${formId}-title`} onSubmit={log}>
          <h4 id={`${formId}-title`}>Log a contact</h4>
          <RadioGroup
            legend="How"
            name={`${formId}-kind`}
            value={kind()}
            options={LOG_KINDS}
            onChange={setKind}
          />
          <div class="field-row">
            <Field label="When" type="date" value={on()} onInput={setOn} />
            <Field label="A line about it (optional)" value={line()} onInput={setLine} class="wide" />
          </div>
          <p class="button-row">
            <button type="submit" class="button secondary">
              Log contact
            </button>
            <span role="status" class="log-said">
              {said()}
            </span>
          </p>
        </form>
        <Select
          label="Remind me"
          value={choiceOf(contact())}
          options={RHYTHM_OPTIONS}
          onChange={chooseRhythm}
        />
        <Show when={choiceOf(contact()) === 'auto'}>
          <p class="field-hint">{suggestedText(suggested())}</p>
        </Show>
        <Show when={choiceOf(contact()) === 'custom'}>
          <div class="field-row custom-rhythm">
            <div class="field">
              <label for={`${formId}-every`}>Every</label>
              <input
                id={`${formId}-every`}
                type="number"
                min={RHYTHM_RANGE.min}
                max={RHYTHM_RANGE.max}
                inputmode="numeric"
                value={every()}
                onInput={(e) => setEvery(e.currentTarget.value)}
                onChange={saveCustom}
              />
            </div>
            <div class="field">
              <label for={`${formId}-unit`}>Unit</label>
              <select
                id={`${formId}-unit`}
                value={unit()}
                onChange={(e) => {
                  setUnit(e.currentTarget.value as Contact['unit']);
                  saveCustom();
                }}
              >
                <option value="week">weeks</option>
                <option value="month">months</option>
              </select>
            </div>
          </div>
        </Show>
      </section>

      <section aria-labelledby="met-title">
        <h3 id="met-title">Met at</h3>
        <ul class="met-list">
          <For each={props.group.met}>
            {(m) => (
              <li>
                <a href={`/checklist/#interview=${encodeURIComponent(m.interview.id)}`}>{metLine(m)}</a>
                <Show when={'title' in m.record && (m.record as { title: string }).title.trim()}>
                  {(title) => <span class="met-title"> · {title()}</span>}
                </Show>
                <Show when={props.group.met.length > 1}>
                  {' '}
                  <button
                    type="button"
                    class="button secondary small"
                    aria-label={`Unlink: ${metLine(m)}`}
                    onClick={() => {
                      const id = unlink(m.interview.id, m.record.id);
                      if (m === latest()) props.onOpen(id);
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

      <section aria-labelledby="history-title">
        <h3 id="history-title">History</h3>
        <ol class="history">
          <For each={history()}>
            {(e) => (
              <li>
                <span class="history-date">{dateText(e.on, props.now)}</span>{' '}
                {historyLine(e, props.group, props)}
                <Show when={e.text}>
                  {(text) => (
                    <details>
                      <summary>The note</summary>
                      <p class="history-note">{text()}</p>
                    </details>
                  )}
                </Show>
                <Show when={e.logId}>
                  {(id) => (
                    <>
                      {' '}
                      <button
                        type="button"
                        class="button secondary small"
                        aria-label={`Remove from history: ${kindWord(e.kind as ContactKind)}, ${dateText(e.on, props.now)}`}
                        onClick={() => removeLogged(props.group.contactId, id())}
                      >
                        Remove
                      </button>
                    </>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ol>
      </section>

      <section aria-labelledby="same-person-title">
        <h3 id="same-person-title" tabindex="-1">
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
                    {(g) => <option value={g.contactId}>{`${g.name} · ${metLine(g.met[0]!)}`}</option>}
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
