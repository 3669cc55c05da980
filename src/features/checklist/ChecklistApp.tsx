import { type JSX, Show, createMemo, createSignal, onMount } from 'solid-js';
import { dueList } from '../../core/due';
import type { ChecklistItem } from '../../core/checklist-schema';
import { $doc } from '../../core/store/followup';
import type { Incoming } from './invite/invite-model';
import { AddInterview } from './AddInterview';
import { DueList } from './DueList';
import { InterviewList } from './InterviewList';
import { failedPart, later, loader } from '../../core/ui/later';
import { Notices } from '../../core/ui/Notices';
import { ProfileForm } from '../../core/ui/ProfileForm';
import { useHashRecord, useMinuteClock } from '../../core/ui/routes';
import { useAtom } from '../../core/ui/use-atom';

interface ChecklistAppProps {
  /** The checklist items from content/checklist.yaml, in order. */
  items: ChecklistItem[];
}

/** One interview's page: loaded when first opened (the list is what the checklist opens on). */
const InterviewView = later(() => import('./InterviewView'));
const inviteCode = loader(() => import('./invite/InviteImport'));

/**
 * The follow-up checklist: what is due across every interview first, then the interviews and the form to
 * add one; or one interview when the address names it (#interview=id). `#add=interview` opens on the form.
 */
export default function ChecklistApp(props: ChecklistAppProps): JSX.Element {
  const doc = useAtom($doc);
  const [adding, setAdding] = createSignal(location.hash === '#add=interview');
  const [incoming, setIncoming] = createSignal<Incoming>();
  const receive = (found: Incoming | undefined) => found && (setIncoming(found), setAdding(true));
  const now = useMinuteClock();
  const [focus, setFocus] = createSignal<'title' | 'people'>();
  let listHeading: HTMLElement | undefined;
  const route = useHashRecord(
    'interview',
    () => listHeading,
    () => setFocus(undefined),
  );
  const openId = route.id;
  const current = () => doc().interviews.find((i) => i.id === openId());
  const listShown = createMemo(() => !current());
  // Worked out only while the list is shown: typing in an open interview does not redo every interview's.
  const due = createMemo(() =>
    listShown() ? dueList(doc().interviews, props.items, doc().profile, now(), doc()) : [],
  );

  const open = (id: string | undefined, to: 'title' | 'people' = 'title') => {
    // The interview's view puts the cursor where asked as it opens.
    setFocus(id ? to : undefined);
    route.open(id);
    setAdding(false);
  };
  const [inviteFailed, setInviteFailed] = createSignal(false);
  const takeInvite = () => {
    setInviteFailed(false);
    void inviteCode().then(
      (m) => m.receiveInvites(receive),
      () => setInviteFailed(true),
    );
  };
  onMount(() => {
    // An invite shared to the installed app (caught by the service worker) or opened with it (File Handling).
    if (/[#?]invite=/.test(location.href)) takeInvite();
  });

  // The page's own heading and introduction belong to the list: hidden (tools.css) while an interview is open.
  return (
    <div class="checklist-app" classList={{ 'viewing-interview': !!current() }}>
      <Notices />
      <Show when={inviteFailed()}>{failedPart(takeInvite, 'Your shared invite is kept. ')}</Show>
      <Show
        when={current()}
        fallback={
          <>
            <Show when={openId()}>
              <p class="notice" role="status">
                That interview is not here (it may have been deleted, or saved in another browser).
              </p>
            </Show>
            <Show when={doc().interviews.length > 0}>
              <section class="due-section" aria-labelledby="due-title">
                <h2 id="due-title">What’s due</h2>
                <Show
                  when={due().length}
                  fallback={
                    <p class="empty-state">Nothing is due. Add your next interview when it is booked.</p>
                  }
                >
                  <DueList items={due()} showContext={true} onOpen={(id) => open(id, 'people')} />
                </Show>
              </section>
            </Show>
            <Show
              when={adding() || doc().interviews.length === 0}
              fallback={
                <p class="no-print">
                  <button type="button" class="button primary" onClick={() => setAdding(true)}>
                    + Add an interview
                  </button>
                </p>
              }
            >
              <AddInterview
                incoming={incoming()}
                autofocus={adding() || doc().interviews.length === 0}
                onAdded={(id) => open(id, 'people')}
                onStart={InterviewView.preload}
              />
            </Show>
            <Show when={doc().interviews.length > 0}>
              <InterviewList
                headingRef={(el) => (listHeading = el)}
                interviews={doc().interviews}
                profile={doc().profile}
                items={props.items}
                now={now()}
                onOpen={open}
              />
            </Show>
            <ProfileForm profile={doc().profile} />
          </>
        }
      >
        {(interview) => (
          <InterviewView
            interview={interview()}
            items={props.items}
            profile={doc().profile}
            now={now()}
            onBack={() => open(undefined)}
            focus={focus()}
          />
        )}
      </Show>
    </div>
  );
}
