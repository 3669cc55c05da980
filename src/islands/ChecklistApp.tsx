import { useAtom } from './use-atom';
import { type JSX, Show, createSignal, onCleanup, onMount } from 'solid-js';
import type { ChecklistItem } from '../schemas/checklist';
import { $doc } from '../stores/followup';
import { InterviewList } from './checklist/InterviewList';
import { InterviewView } from './checklist/InterviewView';
import { Notices } from './checklist/Notices';
import { ProfileForm } from './checklist/ProfileForm';

interface ChecklistAppProps {
  /** The checklist items from content/checklist.yaml, in order. */
  items: ChecklistItem[];
}

const interviewFromHash = () => /^#interview=([\w-]+)$/.exec(location.hash)?.[1];

/** The interview checklist: the list of interviews, or one interview when the address names it (#interview=id). */
export default function ChecklistApp(props: ChecklistAppProps): JSX.Element {
  const doc = useAtom($doc);
  const [openId, setOpenId] = createSignal(interviewFromHash());
  const [now, setNow] = createSignal(new Date());
  const current = () => doc().interviews.find((i) => i.id === openId());

  const open = (id: string | undefined) => {
    history.pushState(null, '', id ? `#interview=${id}` : location.pathname);
    setOpenId(id);
    queueMicrotask(() => document.getElementById(id ? 'interview-title' : 'interviews-title')?.focus());
  };
  onMount(() => {
    const onHash = () => setOpenId(interviewFromHash());
    window.addEventListener('popstate', onHash);
    // Deadlines are shown relative to now: refresh them every minute.
    const timer = setInterval(() => setNow(new Date()), 60_000);
    onCleanup(() => {
      window.removeEventListener('popstate', onHash);
      clearInterval(timer);
    });
  });

  return (
    <div class="checklist-app">
      <Notices />
      <ProfileForm profile={doc().profile} />
      <Show
        when={current()}
        fallback={
          <>
            <Show when={openId()}>
              <p class="notice" role="status">
                That interview is not here (it may have been deleted, or saved in another browser).
              </p>
            </Show>
            <InterviewList doc={doc()} items={props.items} now={now()} onOpen={open} />
          </>
        }
      >
        {(interview) => (
          <InterviewView
            interview={interview()}
            items={props.items}
            now={now()}
            onBack={() => open(undefined)}
          />
        )}
      </Show>
    </div>
  );
}
