import { type JSX, For, Show, createMemo } from 'solid-js';
import type { ContactKind } from '../../core/model/model';
import type { PersonGroup } from '../../core/people';
import { historyOf } from '../../core/touches';
import { $doc } from '../../core/store/followup';
import { removeLogged } from '../../core/store/people';
import { useAtom } from '../../core/ui/use-atom';
import { dateText, kindWord } from './labels';
import { type HistoryLabels, historyLine } from './history-line';
import { SITUATION_CHECK_IN } from '../../core/content-ids';

interface PersonHistoryProps extends HistoryLabels {
  group: PersonGroup;
  now: Date;
}

/** Everything that happened with a person, the latest first: interviews, notes sent, tasks done, contacts logged. */
export function PersonHistory(props: PersonHistoryProps): JSX.Element {
  const doc = useAtom($doc);
  const history = createMemo(() => historyOf(props.group, doc(), props.now, { logged: SITUATION_CHECK_IN }));
  return (
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
  );
}
