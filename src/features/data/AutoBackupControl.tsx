import { type JSX, Show, createSignal } from 'solid-js';
import { $autoBackup, type AutoBackupState, autoBackupCode } from '../../core/backup/backup-state';
import { loaded } from '../../core/ui/later';
import { useAtom } from '../../core/ui/use-atom';
import { momentText } from '../../core/dates';

const time = (iso: string) => (iso ? momentText(new Date(iso)) : 'not yet');

/**
 * "Keep a backup file up to date" where the browser can write a chosen file (File System Access): one click
 * to pick the file, when it last wrote, one click to turn it off. The file code loads on the first click.
 */
export function AutoBackupControl(): JSX.Element {
  const auto = useAtom($autoBackup);
  const [note, setNote] = createSignal('');
  /** The file code, or undefined (with a note saying so) when it cannot load. */
  const code = () => loaded(autoBackupCode, setNote);
  const is = <S extends AutoBackupState['state']>(state: S) => {
    const a = auto();
    return a.state === state ? (a as Extract<AutoBackupState, { state: S }>) : undefined;
  };

  const start = async () => {
    setNote('');
    const m = await code();
    if (m && !(await m.chooseFile('follow-up-kit-backup.json'))) setNote('No file chosen: nothing changed.');
  };
  const off = (
    <button type="button" class="button secondary" onClick={() => void code().then((m) => m?.turnOff())}>
      Turn off
    </button>
  );

  return (
    // The states exclude each other: one of the four shows.
    <div class="auto-backup" data-testid="auto-backup">
      <Show when={is('on')}>
        {(a) => (
          <p data-testid="auto-backup-state">
            Keeping “{a().name}” up to date after your changes. Last written: {time(a().wroteAt)}.
          </p>
        )}
      </Show>
      <Show when={is('permission')}>
        {(a) => (
          <>
            <p data-testid="auto-backup-state">
              The browser wants your permission again to write “{a().name}”.
            </p>
            <p>
              <button
                type="button"
                class="button primary"
                onClick={() => void code().then((m) => m?.allowAgain())}
              >
                Allow
              </button>
            </p>
          </>
        )}
      </Show>
      <Show when={is('failed')}>
        {(a) => (
          <>
            <p data-testid="auto-backup-state" class="notice warn">
              Could not write “{a().name}”. {a().message} Your data is safe here; until it works, download a
              backup below.
            </p>
            <p>
              <button type="button" class="button secondary" onClick={() => void start()}>
                Choose another file
              </button>
            </p>
          </>
        )}
      </Show>
      <Show when={is('off')}>
        <p>
          This browser can keep a backup file up to date by itself: choose where once, and it is rewritten
          after your changes, at most once a minute.
        </p>
        <p>
          <button type="button" class="button secondary" onClick={() => void start()}>
            Keep a backup file up to date
          </button>
        </p>
      </Show>
      <Show when={!is('off')}>
        <p>{off}</p>
      </Show>
      <p role="status">{note()}</p>
    </div>
  );
}
