import { type JSX, Show, createMemo, createSignal } from 'solid-js';
import { DEFAULT_RHYTHM } from '../../core/model/builders';
import { type ContactKind, type KeepInTouch, RHYTHM_RANGE } from '../../core/model/model';
import type { PersonGroup } from '../../core/people';
import { isTouchDue, nextTouch, suggestion } from '../../core/touches';
import { localDay } from '../../core/local-dates';
import { $doc } from '../../core/store/followup';
import { logContact, setRhythm } from '../../core/store/people';
import { Field, Select, uid } from '../../core/ui/Field';
import { RadioGroup } from '../../core/ui/RadioGroup';
import { useAtom } from '../../core/ui/use-atom';
import { noteHref } from '../../core/links';
import { LOG_KINDS, dateText, touchText } from './labels';
import { RHYTHM_OPTIONS, type RhythmChoice, choiceOf, customStart, rhythmFor, suggestedText } from './rhythm';
import { SITUATION_CHECK_IN } from '../../core/content-ids';

interface TouchPanelProps {
  group: PersonGroup;
  now: Date;
}

/**
 * "Keeping in touch" with one person: when next, the check-in note, a contact to log, and how often to be
 * reminded.
 */
export function TouchPanel(props: TouchPanelProps): JSX.Element {
  const doc = useAtom($doc);
  const latest = () => props.group.met[0];
  const touch = createMemo(() => nextTouch(props.group, doc(), props.now));
  const contact = () => doc().contacts[props.group.contactId];
  const suggested = () => suggestion(props.group);
  const [kind, setKind] = createSignal<Exclude<ContactKind, 'note'>>('emailed');
  const [on, setOn] = createSignal(localDay(new Date()));
  const [line, setLine] = createSignal('');
  const [said, setSaid] = createSignal('');
  const [every, setEvery] = createSignal(String(contact()?.every ?? DEFAULT_RHYTHM.every));
  const [unit, setUnit] = createSignal<KeepInTouch['unit']>(contact()?.unit ?? DEFAULT_RHYTHM.unit);
  const formId = uid('log');

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

  return (
    <section class="touch-panel" aria-labelledby="touch-title">
      <h3 id="touch-title">Keeping in touch</h3>
      <p class={isTouchDue(touch(), props.now) ? 'touch-next overdue' : 'touch-next'}>
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
          <a
            class="button primary"
            href={noteHref(latest().interview.id, SITUATION_CHECK_IN, latest().record.id)}
          >
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
                setUnit(e.currentTarget.value as KeepInTouch['unit']);
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
  );
}
