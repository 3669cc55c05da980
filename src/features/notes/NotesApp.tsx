import { type JSX, Show, createEffect, createMemo, createSignal, untrack } from 'solid-js';
import {
  type NoteInput,
  likelySituation,
  noteFor,
  recipientsOf,
  sentAt,
  situationsFor,
  startDraft,
} from './compose';
import { isStale, noteLink, readNoteLink, repeatLog, sendTarget, shownDraft } from './note-state';
import { greetingOptions } from '../../core/names';
import { type Draft, doneKey, draftKey } from '../../core/model/model';
import type { ChecklistItem } from '../../core/checklist-schema';
import type { BuiltSituation } from './situation-schema';
import { updateDraft } from './drafts';
import { $doc, $undo, setDone } from '../../core/store/followup';
import { NoteForm } from './NoteForm';
import { NoteHeader } from './NoteHeader';
import { NoteText } from './NoteText';
import { later } from '../../core/ui/later';
import { Notices } from '../../core/ui/Notices';
import { useAtom } from '../../core/ui/use-atom';
import { ITEM_NAME_CHECKED } from '../../core/content-ids';

/** The spelling question sits with the checks, below the note: loaded with them. */
const SpellCheckLater = later(() => import('./SpellCheckLater'));
/**
 * Copy, email and download sit below the note and its checks: their code loads with the checks, when the note
 * is about to be seen or at the first edit.
 */
const NoteActions = later(() => import('./NoteActions'));

interface NotesAppProps {
  situations: BuiltSituation[];
  items: ChecklistItem[];
}

/**
 * The note builder: who the note is for, what makes it personal, the text (editable), then copy, email or
 * download it, which records it as sent and leads to the next person.
 */
export default function NotesApp(props: NotesAppProps): JSX.Element {
  const doc = useAtom($doc);
  const [interviewId, setInterviewId] = createSignal('');
  const [recipientId, setRecipientId] = createSignal('');
  const [situationId, setSituationId] = createSignal('');
  /** The situation asked for (by a link or the select), kept while the recipient changes in the picker. */
  const [wanted, setWanted] = createSignal('');
  // Typed-in details when no saved interview is chosen: kept in this page only.
  const [company, setCompany] = createSignal('');
  const [role, setRole] = createSignal('');
  const [looseDraft, setLooseDraft] = createSignal<Draft>(startDraft($doc.get(), undefined, new Date()));
  let heading: HTMLHeadingElement | undefined;

  const interview = () => doc().interviews.find((i) => i.id === interviewId());
  const recipients = () => recipientsOf(interview());
  const recipient = () => recipients().find((r) => r.id === recipientId());
  const fits = () => situationsFor(props.situations, recipient());
  const situation = createMemo(
    () =>
      fits().find((s) => s.id === situationId()) ??
      likelySituation(props.situations, interview(), recipient(), props.items) ??
      props.situations[0]!,
  );

  /** Chooses the interview and recipient; the situation follows the data unless one was asked for. */
  const choose = (i: string, r: string) => {
    setInterviewId(i);
    setRecipientId(r);
    const asked = fits().find((s) => s.id === wanted());
    setSituationId(
      asked?.id ?? likelySituation(props.situations, interview(), recipient(), props.items)?.id ?? '',
    );
  };
  // A link into the builder says whom and what for.
  untrack(() => {
    const link = readNoteLink(location.hash, doc(), props.situations);
    setWanted(link.situationId);
    choose(link.interviewId, link.recipientId);
  });
  // The address follows whom and what for, not each keystroke in the note.
  const address = createMemo(() => noteLink(interview(), recipient(), situation().id));
  createEffect(() => history.replaceState(history.state, '', address()));

  const key = () => {
    const i = interview();
    const r = recipient();
    return i && r ? draftKey(i.id, r.id, situation().id) : undefined;
  };
  const sentWhen = (id: string) => sentAt(interview(), id, situation(), props.items);
  const sent = () => {
    const r = recipient();
    const at = r && sentWhen(r.id);
    return r && at
      ? { name: r.name, at, via: (key() && doc().drafts[key()!]?.sentVia) || ('' as const) }
      : undefined;
  };
  const draft = (): Draft => {
    const k = key();
    return k ? shownDraft(doc(), k, situation(), !!sent(), recipient(), new Date()) : looseDraft();
  };
  const change = (patch: Partial<Omit<Draft, 'updatedAt'>>) => {
    loadReview();
    const k = key();
    if (k)
      updateDraft(
        k,
        isStale(doc().drafts[k], situation(), !!sent()) ? { ...draft(), ...patch } : patch,
        draft(),
      );
    else setLooseDraft({ ...looseDraft(), ...patch });
  };
  const input = (): NoteInput => ({
    now: new Date(),
    situation: situation(),
    draft: draft(),
    interview: interview(),
    recipient: recipient(),
    company: company(),
    role: role(),
    profile: doc().profile,
  });
  const note = createMemo(() => noteFor(input()));
  // The checks sit below the note: their code loads when they are about to be seen, or at the first edit.
  const [review, setReview] = createSignal<typeof import('./note-review')>();
  const loadReview = () => {
    if (!review()) void import('./note-review').then((m) => setReview(() => m));
  };
  // The letter-by-letter greeting check is only needed for a typed greeting: the offered forms are the
  // recorded name itself. Its code loads the first time one is typed.
  const [nameCheck, setNameCheck] = createSignal<typeof import('./name-check')>();
  const typedGreeting = () => {
    const r = recipient();
    return r && !greetingOptions(r).includes(draft().greeting) ? r : undefined;
  };
  createEffect(() => {
    if (review() && typedGreeting() && !nameCheck())
      void import('./name-check').then((m) => setNameCheck(() => m));
  });
  // A note that repeats (the check-in) recalls the last exchange: that code loads with the first such note.
  const [recall, setRecall] = createSignal<typeof import('./recall')>();
  createEffect(() => {
    if (situation().repeats && !recall()) void import('./recall').then((m) => setRecall(() => m));
  });
  const checks = () => {
    const m = review();
    if (!m) return [];
    const r = typedGreeting();
    const greeting = r && nameCheck()?.checkGreeting(draft().greeting, r.name);
    return m.checksFor(input(), note(), doc(), props.items, new Date(), greeting);
  };

  /** Writes to someone else of the same interview, keeping the situation, and starts at the top. */
  const switchTo = (id: string) => {
    setRecipientId(id);
    heading?.focus();
  };
  const backToTemplate = () => {
    const body = draft().body;
    const k = key();
    change({ body: '' });
    $undo.set({
      message: 'Back to the template: your edits are set aside.',
      // Back to the note it was about, even if another one is shown now.
      undo: () => {
        if (k) updateDraft(k, { body });
        else change({ body });
        $undo.set(undefined);
      },
    });
  };

  return (
    // The first touch, click or key anywhere in the builder also brings the checks and the actions.
    <div class="notes-app" onFocusIn={loadReview} onPointerDown={loadReview}>
      <Notices />
      <NoteHeader
        ref={(el) => (heading = el)}
        interviews={doc().interviews}
        interview={interview()}
        recipient={recipient()}
        recipients={recipients()}
        situation={situation()}
        company={company()}
        role={role()}
        sentWhen={sentWhen}
        onChoose={choose}
        onSwitch={switchTo}
        onCompany={setCompany}
        onRole={setRole}
      />
      <NoteForm
        situations={fits()}
        situation={situation()}
        onSituation={(id) => {
          setWanted(id);
          setSituationId(id);
        }}
        draft={draft()}
        draftKey={key() ?? ''}
        recipient={recipient()}
        profile={doc().profile}
        recall={
          situation().repeats && recipient() ? recall()?.recallFor(doc(), recipient()!.contactId) : undefined
        }
        onChange={change}
        more={!!review()}
      />
      <NoteText
        note={note()}
        draft={draft()}
        checks={checks()}
        profile={doc().profile}
        dismissed={doc().dismissed}
        onEdit={(body) => change({ body })}
        onBackToTemplate={backToTemplate}
        onReviewNear={loadReview}
        reviewReady={!!review()}
      >
        <Show
          when={
            review() &&
            interview() &&
            recipient()?.kind !== 'reference' &&
            recipient() &&
            !interview()!.done[doneKey(ITEM_NAME_CHECKED, recipient()!.id)] &&
            recipient()!.name.trim()
          }
        >
          {(name) => (
            <SpellCheckLater
              name={name()}
              onConfirm={() => setDone(interviewId(), doneKey(ITEM_NAME_CHECKED, recipientId()), true)}
              fixHref={`/checklist/#interview=${encodeURIComponent(interviewId())}`}
            />
          )}
        </Show>
      </NoteText>
      <Show when={review()}>
        <NoteActions
          note={note()}
          situation={situation()}
          recipient={recipient()}
          statusKey={key() ?? ''}
          sent={sent()}
          interview={interview()}
          items={props.items}
          target={sendTarget(interview(), recipient(), key(), situation(), props.items)}
          draft={draft()}
          log={repeatLog(situation(), recipient(), note().body)}
          onNext={switchTo}
        />
      </Show>
    </div>
  );
}
