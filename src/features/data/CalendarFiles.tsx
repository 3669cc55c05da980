import { type JSX, For, Show, createSignal } from 'solid-js';
import { parseInterviewAt } from '../../core/local-dates';
import type { TouchData } from '../../core/due';
import type { Interview } from '../../core/model/model';
import type { ChecklistItem } from '../../core/checklist-schema';
import { download } from '../../core/files';
import { interviewTitle } from '../../core/titles';
import { loaded, loader } from '../../core/ui/later';

/** The calendar code, and the record of what earlier files held: loaded on the first click. */
const calendarCode = loader(() => Promise.all([import('./ics'), import('./calendar-record')]));

/** What the all-interviews files held, on this device (see calendar-record.ts). */
const RECORD_KEY = 'fuk:calendar';

function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStored(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not kept: the next file cannot cancel what this one held, and says nothing worse.
  }
}

interface CalendarFilesProps {
  interviews: readonly Interview[];
  /** The checklist items that carry a deadline. */
  items: readonly ChecklistItem[];
  /** Notes sent and contacts logged: the all-interviews file carries the next touch with each person. */
  touches: TouchData;
}

/**
 * Calendar files of the open deadlines: every interview's in one file, or one interview's. The calendar
 * code loads on the first click.
 */
export function CalendarFiles(props: CalendarFilesProps): JSX.Element {
  const [status, setStatus] = createSignal('');

  const save = async (interview?: Interview) => {
    const code = await loaded(calendarCode, setStatus);
    if (!code) return;
    const [ics, { readRecord }] = code;
    const now = new Date();
    const options = { origin: location.origin };
    let text: string;
    if (interview) text = ics.interviewCalendar(interview, props.items, now, options);
    else {
      const file = ics.allInterviewsCalendarFile(
        props.interviews,
        props.items,
        now,
        { ...options, touches: props.touches },
        readRecord(readStored(RECORD_KEY)),
      );
      text = file.text;
      writeStored(RECORD_KEY, JSON.stringify(file.sent));
    }
    if (!text) {
      setStatus(
        `Nothing with a date is left to do${interview ? ` for ${interviewTitle(interview)}` : ''}: no calendar file needed.`,
      );
      return;
    }
    const name = ics.calendarFileName(interview);
    download(name, text, 'text/calendar;charset=utf-8');
    setStatus(`Downloaded “${name}”: open it to add the dates to your calendar.`);
  };

  return (
    <section aria-labelledby="calendar-title" id="calendar">
      <h2 id="calendar-title">Deadlines in your calendar</h2>
      <Show
        when={props.interviews.length > 0}
        fallback={
          <p>
            Add an interview in the <a href="/checklist/">checklist</a> first.
          </p>
        }
      >
        <p>
          One calendar file with every date still open: each thank-you note, each reference to brief and each
          follow-up, and the next time to get in touch with each of your <a href="/people/">people</a>, with a
          reminder the day before and on the morning itself. Import a newer file later and your calendar
          updates the events instead of adding them twice; tasks done and interviews deleted since the last
          file made here are marked cancelled, so they leave your calendar.
        </p>
        <p>
          <button type="button" class="button primary" onClick={() => void save()}>
            All interviews in one calendar file (.ics)
          </button>
        </p>
        <p role="status" class="card-status">
          {status()}
        </p>
        <h3 class="calendar-one">Or one interview</h3>
        <ul class="plain-list">
          <For each={props.interviews}>
            {(i) => (
              <li>
                <Show when={parseInterviewAt(i.at)} fallback={`${interviewTitle(i)}: set its date first.`}>
                  <button type="button" class="button secondary small" onClick={() => void save(i)}>
                    Reminders for {interviewTitle(i)} (.ics)
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
