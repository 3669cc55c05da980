import { type Accessor, createEffect, createMemo, createSignal, untrack } from 'solid-js';
import {
  type Note,
  type NoteInput,
  type Recipient,
  likelySituation,
  noteFor,
  recipientsOf,
  sentAt,
  situationsFor,
  startDraft,
} from './compose';
import { isStale, noteLink, readNoteLink, shownDraft, spellingUnchecked } from './note-state';
import { greetingOptions } from '../../core/names';
import { type Draft, type FollowUpDoc, type Interview, doneKey, draftKey } from '../../core/model/model';
import type { ChecklistItem } from '../../core/checklist-schema';
import type { BuiltSituation, Situations } from './situation-schema';
import type { Check } from './note-review';
import { updateDraft } from './drafts';
import { $doc, $undo, setDone } from '../../core/store/followup';
import { ITEM_NAME_CHECKED } from '../../core/content-ids';

/** The note on screen, as the builder's view reads it: whom and what for, the draft, the note and its checks. */
export interface NoteBuilder {
  interview: Accessor<Interview | undefined>;
  recipient: Accessor<Recipient | undefined>;
  recipients: Accessor<Recipient[]>;
  /** The situations that fit the recipient, and the one chosen (or the likeliest). */
  fits: Accessor<BuiltSituation[]>;
  situation: Accessor<BuiltSituation>;
  /** Typed-in details when no saved interview is chosen: kept in this page only. */
  company: Accessor<string>;
  role: Accessor<string>;
  setCompany: (value: string) => void;
  setRole: (value: string) => void;
  /** The draft's key in the stored data, for a saved recipient. */
  key: Accessor<string | undefined>;
  draft: Accessor<Draft>;
  note: Accessor<Note>;
  /** When this situation's note was sent to a recipient, if it was. */
  sentWhen: (recipientId: string) => string | undefined;
  sent: Accessor<{ name: string; at: string; via: Draft['sentVia'] } | undefined>;
  /** The checks below the note: empty until their code has loaded. */
  checks: Accessor<Check[]>;
  /** Whether the checks (and with them the actions) have loaded. */
  reviewReady: Accessor<boolean>;
  /** The last exchange with the recipient, for a note that repeats (the check-in). */
  recall: Accessor<string | undefined>;
  /** Loads the checks and actions: when they are about to be seen, or at the first edit. */
  loadReview: () => void;
  /** The name whose spelling the user is asked to confirm, once the checks have loaded. */
  spellingToConfirm: Accessor<string | undefined>;
  /** The user confirmed that spelling: ticked in the checklist. */
  confirmSpelling: () => void;
  /** Chooses the interview and recipient; the situation follows the data unless one was asked for. */
  choose: (interviewId: string, recipientId: string) => void;
  /** Writes to someone else of the same interview, keeping the situation. */
  switchTo: (recipientId: string) => void;
  /** The situation chosen by the user: kept while the recipient changes. */
  chooseSituation: (id: string) => void;
  /** Saves a change to the draft (for a saved recipient) or keeps it in this page. */
  change: (patch: Partial<Omit<Draft, 'updatedAt'>>) => void;
  /** Back to the template's text, with an undo that brings the edits back to the note they were about. */
  backToTemplate: () => void;
}

/**
 * The note builder's state and actions, apart from its view (NotesApp): whom the note is for, as a link asks
 * and as the user chooses, which draft is shown and where a change is saved, the note composed from it, and the
 * parts that load when needed (the checks, the letter-by-letter greeting check, the last exchange).
 */
export function createNoteBuilder(
  doc: Accessor<FollowUpDoc>,
  situations: Situations,
  items: ChecklistItem[],
): NoteBuilder {
  const [interviewId, setInterviewId] = createSignal('');
  const [recipientId, setRecipientId] = createSignal('');
  const [situationId, setSituationId] = createSignal('');
  /** The situation asked for (by a link or the select), kept while the recipient changes in the picker. */
  const [wanted, setWanted] = createSignal('');
  const [company, setCompany] = createSignal('');
  const [role, setRole] = createSignal('');
  const [looseDraft, setLooseDraft] = createSignal<Draft>(startDraft($doc.get(), undefined, new Date()));

  const interview = () => doc().interviews.find((i) => i.id === interviewId());
  const recipients = () => recipientsOf(interview());
  const recipient = () => recipients().find((r) => r.id === recipientId());
  const fits = () => situationsFor(situations, recipient());
  const likely = () => likelySituation(situations, interview(), recipient(), items);
  const situation = createMemo(() => fits().find((s) => s.id === situationId()) ?? likely() ?? situations[0]);

  const choose = (i: string, r: string) => {
    setInterviewId(i);
    setRecipientId(r);
    setSituationId(fits().find((s) => s.id === wanted())?.id ?? likely()?.id ?? '');
  };
  // A link into the builder says whom and what for.
  untrack(() => {
    const link = readNoteLink(location.hash, doc(), situations);
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
  const sentWhen = (id: string) => sentAt(interview(), id, situation(), items);
  const sent = () => {
    const r = recipient();
    const at = r && sentWhen(r.id);
    const k = key();
    return r && at ? { name: r.name, at, via: (k && doc().drafts[k]?.sentVia) || ('' as const) } : undefined;
  };
  const draft = (): Draft => {
    const k = key();
    return k ? shownDraft(doc(), k, situation(), !!sent(), recipient(), new Date()) : looseDraft();
  };

  // The checks sit below the note: their code loads when they are about to be seen, or at the first edit.
  const [review, setReview] = createSignal<typeof import('./note-review')>();
  const loadReview = () => {
    if (!review()) void import('./note-review').then((m) => setReview(() => m));
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
  const [recallCode, setRecallCode] = createSignal<typeof import('./recall')>();
  createEffect(() => {
    if (situation().repeats && !recallCode()) void import('./recall').then((m) => setRecallCode(() => m));
  });
  const recall = () => {
    const r = recipient();
    return situation().repeats && r ? recallCode()?.recallFor(doc(), r.contactId) : undefined;
  };
  const checks = () => {
    const m = review();
    if (!m) return [];
    const r = typedGreeting();
    const greeting = r && nameCheck()?.checkGreeting(draft().greeting, r.name);
    return m.checksFor(input(), note(), doc(), items, new Date(), greeting);
  };

  const spellingToConfirm = () => {
    const r = recipient();
    return review() && spellingUnchecked(interview(), r) ? r.name.trim() || undefined : undefined;
  };
  const confirmSpelling = () => {
    const i = interview();
    const r = recipient();
    if (i && r) setDone(i.id, doneKey(ITEM_NAME_CHECKED, r.id), true);
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

  return {
    interview,
    recipient,
    recipients,
    fits,
    situation,
    company,
    role,
    setCompany,
    setRole,
    key,
    draft,
    note,
    sentWhen,
    sent,
    checks,
    reviewReady: () => !!review(),
    recall,
    loadReview,
    spellingToConfirm,
    confirmSpelling,
    choose,
    switchTo: setRecipientId,
    chooseSituation: (id) => {
      setWanted(id);
      setSituationId(id);
    },
    change,
    backToTemplate,
  };
}
