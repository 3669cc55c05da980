/**
 * A note for one person and situation: who can receive it, the draft it starts from, its text (from the
 * template or as the user edited it), the checks before sending, and who to write to next.
 */
import type { ChecklistItem } from '../schemas/checklist';
import type { Situation } from '../schemas/situation';
import { followUpDue, formatDue, parseInterviewAt, parseLocalDate, thankYouDue } from './deadlines';
import { defaultGreeting } from './greeting';
import { type Draft, type FollowUpDoc, type Interview, doneKey, draftKey } from './model';
import type { GreetingCheck } from './name-check';
import { findNearDuplicate, looksLikeWorkEmail } from './note-checks';
import { PLACEHOLDERS, type Placeholder } from './note-placeholders';
import { composeNote, contactBlock, joinList, wordCount } from './note-template';

/** Who a note is written to. */
export interface Recipient {
  id: string;
  honorific: string;
  name: string;
  email: string;
  kind: 'interviewer' | 'other' | 'reference';
  qualities: string;
}

/** The people and references of an interview, as recipients. */
export function recipientsOf(interview: Interview | undefined): Recipient[] {
  if (!interview) return [];
  return [
    ...interview.people.map((p) => ({
      id: p.id,
      honorific: p.honorific,
      name: p.name,
      email: p.email,
      kind: p.role,
      qualities: '',
    })),
    ...interview.references.map((r) => ({
      id: r.id,
      honorific: '',
      name: r.name,
      email: r.email,
      kind: 'reference' as const,
      qualities: r.qualities,
    })),
  ];
}

/** The situations that fit a recipient: reference notes for references, the others for people met. */
export function situationsFor(
  situations: readonly Situation[],
  recipient: Recipient | undefined,
): Situation[] {
  if (!recipient) return [...situations];
  return situations.filter((s) => (recipient.kind === 'reference') === (s.to === 'reference'));
}

/** The checklist key that sending this note ticks, for this recipient. */
export function sentKey(situation: Situation, recipientId: string, items: readonly ChecklistItem[]): string {
  const scope = items.find((i) => i.id === situation.marks)?.scope;
  return doneKey(situation.marks, scope === 'interview' ? undefined : recipientId);
}

/** When the note was sent (the checklist's tick), or undefined. */
export function sentAt(
  interview: Interview | undefined,
  recipientId: string,
  situation: Situation,
  items: readonly ChecklistItem[],
): string | undefined {
  const key = sentKey(situation, recipientId, items);
  return interview && Object.hasOwn(interview.done, key) ? interview.done[key] : undefined;
}

/**
 * The situation a recipient most likely needs now, worked out from the data: for a reference, the brief
 * until it is sent, then the thanks; for a contact who did not interview the user, touching base; for an
 * interviewer, the thank-you after a "no", else the thank-you until sent, then the follow-up while waiting,
 * then touching base.
 */
export function likelySituation(
  situations: readonly Situation[],
  interview: Interview | undefined,
  recipient: Recipient | undefined,
  items: readonly ChecklistItem[],
): Situation | undefined {
  const fits = situationsFor(situations, recipient);
  const open = (s: Situation) => !recipient || !sentAt(interview, recipient.id, s, items);
  const preferred =
    recipient?.kind === 'reference'
      ? ['alert-reference', 'thank-reference']
      : recipient?.kind === 'other'
        ? ['touch-base']
        : interview?.outcome === 'not-selected'
          ? ['after-no', 'touch-base']
          : ['thank-you', ...(interview?.outcome === 'waiting' ? ['follow-up'] : []), 'touch-base'];
  return (
    preferred.map((id) => fits.find((s) => s.id === id && open(s))).find(Boolean) ??
    fits.find((s) => s.id === preferred[0]) ??
    fits[0]
  );
}

/**
 * A new draft for a recipient: addressed the way people usually are, with the strengths, tone, length and
 * sign-off of the last note written, so nothing is typed twice.
 */
export function startDraft(doc: FollowUpDoc, recipient: Recipient | undefined, now: Date): Draft {
  const last = Object.values(doc.drafts).reduce<Draft | undefined>(
    (a, d) => (!a || d.updatedAt > a.updatedAt ? d : a),
    undefined,
  );
  return {
    greeting: recipient ? defaultGreeting(recipient) : '',
    detail: '',
    strengths: last?.strengths ?? [],
    tone: last?.tone ?? 'formal',
    length: last?.length ?? 'standard',
    signoff: last?.signoff ?? 'Best regards',
    askFeedback: false,
    body: '',
    sentVia: '',
    updatedAt: now.toISOString(),
  };
}

/** Everything the note depends on, filled in. */
export interface NoteInput {
  situation: Situation;
  draft: Draft;
  interview: Interview | undefined;
  recipient: Recipient | undefined;
  /** Typed-in company and role, used when no interview is chosen. */
  company: string;
  role: string;
  profile: FollowUpDoc['profile'];
}

/** The placeholder values for a note. */
export function valuesFor(input: NoteInput): Partial<Record<Placeholder, string>> {
  const at = parseInterviewAt(input.interview?.at ?? '');
  const interviewers = input.interview?.people.filter((p) => p.role === 'interviewer' && p.name.trim()) ?? [];
  return {
    greeting: input.draft.greeting,
    name: input.recipient?.name ?? '',
    company: input.interview?.company || input.company,
    role: input.interview?.role || input.role,
    day: at ? at.toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' }) : '',
    detail: input.draft.detail,
    strengths: joinList(input.draft.strengths),
    qualities: input.recipient?.qualities ?? '',
    people: joinList(interviewers.map((p) => (p.title ? `${p.name} (${p.title})` : p.name))),
    feedback: input.draft.askFeedback ? (input.situation.feedback ?? '') : '',
  };
}

/** A composed note: its subject and body, what is still to fill in, and the words of the message itself. */
export interface Note {
  subject: string;
  body: string;
  missing: Placeholder[];
  /** Words of the message, without the sign-off and contact block. */
  words: number;
  /** Whether the body is the user's own edited text rather than the template's. */
  edited: boolean;
}

const MARKER_RE = /\[([A-Za-z]+)\]/g;

/** The note's subject and body: the user's edited text when there is one, else the filled template. */
export function noteFor(input: NoteInput): Note {
  const variant = input.situation[input.draft.tone][input.draft.length];
  const values = valuesFor(input);
  const composed = composeNote(
    { subject: input.situation.subject, body: variant },
    values,
    input.draft.signoff,
    input.profile.name,
    contactBlock(input.profile),
  );
  const message = composeNote({ subject: '', body: variant }, values, input.draft.signoff, 'x', '').body;
  const templateWords = wordCount(message.slice(0, message.lastIndexOf('\n\n')));
  const edited = input.draft.body.trim();
  if (!edited) return { ...composed, words: templateWords, edited: false };
  // Markers like [detail] left in edited text are still gaps to fill.
  const missing = [...edited.matchAll(MARKER_RE)]
    .map((m) => m[1]!)
    .filter((name): name is Placeholder => Object.hasOwn(PLACEHOLDERS, name));
  // The sign-off starts the last paragraph that begins with it; count the words before.
  const closing = `\n\n${input.draft.signoff.trim().replace(/,+$/, '') || 'Best regards'},`;
  const cut = edited.lastIndexOf(closing);
  return {
    subject: composed.subject,
    body: input.draft.body,
    missing: [...new Set(missing)],
    words: wordCount(cut > 0 ? edited.slice(0, cut) : edited),
    edited: true,
  };
}

/** A check shown next to the note. */
export interface Check {
  level: 'warn' | 'info';
  text: string;
}

/**
 * What to look at before sending: names, spelling, the address, the deadline, near-copies, gaps.
 * `greeting` is the check of a typed greeting against the recorded name (`checkGreeting`); a greeting
 * chosen from `greetingOptions` needs none, so the caller loads that check only for typed ones.
 */
export function checksFor(
  input: NoteInput,
  note: Note,
  doc: FollowUpDoc,
  items: readonly ChecklistItem[],
  now: Date,
  greeting?: GreetingCheck,
): Check[] {
  const checks: Check[] = [];
  const { recipient, interview, situation } = input;
  if (recipient) {
    if (greeting && !greeting.ok) checks.push({ level: 'warn', text: greeting.message });
    if (
      interview &&
      recipient.kind !== 'reference' &&
      !interview.done[doneKey('name-checked', recipient.id)]
    ) {
      checks.push({
        level: 'warn',
        text: `You have not yet double-checked the spelling of ${recipient.name || 'this name'}.`,
      });
    }
  }
  if (looksLikeWorkEmail(input.profile.email)) {
    checks.push({
      level: 'info',
      text: `Is ${input.profile.email} a personal address? Use one you will keep, never a current employer's.`,
    });
  }
  const at = parseInterviewAt(interview?.at ?? '');
  if (interview && recipient && !sentAt(interview, recipient.id, situation, items) && at) {
    if (situation.marks === 'thank-you-sent')
      checks.push({ level: 'info', text: `Thank-you ${formatDue(thankYouDue(at), now)}.` });
    else if (situation.marks === 'follow-up-sent')
      checks.push({
        level: 'info',
        text: `Follow-up ${formatDue(followUpDue(at, parseLocalDate(interview.decisionDate)), now)}.`,
      });
  }
  if (interview && recipient) {
    const others = recipientsOf(interview)
      .filter((r) => r.id !== recipient.id)
      .flatMap((r) => {
        const draft = doc.drafts[draftKey(interview.id, r.id, situation.id)];
        return draft
          ? [{ label: r.name || 'another person', body: noteFor({ ...input, recipient: r, draft }).body }]
          : [];
      });
    const copy = findNearDuplicate(note.body, others);
    if (copy)
      checks.push({
        level: 'warn',
        text: `This note is almost the same as the one for ${copy}. Interviewers compare notes: make each one personal.`,
      });
  }
  if (note.missing.length) {
    checks.push({
      level: 'warn',
      text: `Still to fill in: ${note.missing.map((m) => PLACEHOLDERS[m]).join('; ')}.`,
    });
  }
  return checks;
}

/** The next person this situation is still owed to, after `currentId` in the interview's order, or undefined. */
export function nextRecipient(
  interview: Interview | undefined,
  situation: Situation,
  currentId: string,
  items: readonly ChecklistItem[],
): Recipient | undefined {
  const all = recipientsOf(interview).filter(
    (r) =>
      situationsFor([situation], r).length > 0 &&
      (situation.to !== 'interviewer' || r.kind === 'interviewer'),
  );
  const at = all.findIndex((r) => r.id === currentId);
  const order = [...all.slice(at + 1), ...all.slice(0, Math.max(at, 0))];
  return order.find((r) => r.id !== currentId && !sentAt(interview, r.id, situation, items));
}
