import { followUpDue, formatDue, parseLocalDate, parseLocalDateTime, thankYouDue } from '../../lib/deadlines';
import { checkGreeting } from '../../lib/name-check';
import { findNearDuplicate, looksLikeWorkEmail, missingChannels } from '../../lib/note-checks';
import { PLACEHOLDERS, type Placeholder } from '../../lib/note-placeholders';
import { composeNote, contactBlock, joinList } from '../../lib/note-template';
import { type Draft, type FollowUpDoc, type Interview, doneKey, draftKey } from '../../lib/model';
import type { ChecklistItem } from '../../schemas/checklist';
import type { Situation } from '../../schemas/situation';

/** Who a note is written to. */
export interface Recipient {
  id: string;
  name: string;
  email: string;
  kind: 'interviewer' | 'other' | 'reference';
  qualities: string;
}

/** The people and references of an interview, as recipients. */
export function recipientsOf(interview: Interview | undefined): Recipient[] {
  if (!interview) return [];
  return [
    ...interview.people.map((p) => ({ id: p.id, name: p.name, email: p.email, kind: p.role, qualities: '' })),
    ...interview.references.map((r) => ({
      id: r.id,
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

/** The checklist key that "mark as sent" ticks for this situation and recipient. */
export function sentKey(situation: Situation, recipientId: string, items: readonly ChecklistItem[]): string {
  const scope = items.find((i) => i.id === situation.marks)?.scope;
  return doneKey(situation.marks, scope === 'interview' ? undefined : recipientId);
}

/** Everything the note depends on, filled in. */
export interface NoteInput {
  situation: Situation;
  draft: Draft;
  interview: Interview | undefined;
  recipient: Recipient | undefined;
  /** Typed-in company, role and name, used when no interview is chosen. */
  company: string;
  role: string;
  profile: FollowUpDoc['profile'];
}

/** The placeholder values for a note. */
export function valuesFor(input: NoteInput): Partial<Record<Placeholder, string>> {
  const at = parseLocalDateTime(input.interview?.at ?? '');
  const people = input.interview?.people.filter((p) => p.name.trim()) ?? [];
  return {
    greeting: input.draft.greeting,
    name: input.recipient?.name ?? '',
    company: input.interview?.company || input.company,
    role: input.interview?.role || input.role,
    day: at ? at.toLocaleDateString('en-US', { weekday: 'long' }) : '',
    detail: input.draft.detail,
    strengths: joinList(input.draft.strengths),
    qualities: input.recipient?.qualities ?? '',
    people: joinList(people.map((p) => (p.title ? `${p.name} (${p.title})` : p.name))),
    feedback: input.draft.askFeedback ? (input.situation.feedback ?? '') : '',
  };
}

/** The note's subject and body, with what is still missing. */
export function noteFor(input: NoteInput) {
  const variant = input.situation[input.draft.tone][input.draft.length];
  return composeNote(
    { subject: input.situation.subject, body: variant },
    valuesFor(input),
    input.draft.signoff,
    input.profile.name,
    contactBlock(input.profile),
  );
}

/** A check shown next to the preview. */
export interface Check {
  level: 'warn' | 'info';
  text: string;
}

/** What to look at before sending: names, spelling, contact block, deadline, copies, gaps. */
export function checksFor(
  input: NoteInput,
  body: string,
  missing: readonly Placeholder[],
  doc: FollowUpDoc,
  items: readonly ChecklistItem[],
  now: Date,
): Check[] {
  const checks: Check[] = [];
  const { recipient, interview, situation } = input;
  if (recipient) {
    const greeting = checkGreeting(input.draft.greeting, recipient.name);
    if (!greeting.ok) checks.push({ level: 'warn', text: greeting.message });
    if (
      interview &&
      recipient.kind !== 'reference' &&
      !interview.done[doneKey('name-checked', recipient.id)]
    ) {
      checks.push({
        level: 'warn',
        text: `You have not yet double-checked the spelling of ${recipient.name || 'this name'} (in the checklist).`,
      });
    }
  }
  const gaps = missingChannels(input.profile);
  if (gaps.length)
    checks.push({
      level: 'warn',
      text: `Your contact block has no ${joinList(gaps)}. Add them in your contact details.`,
    });
  if (looksLikeWorkEmail(input.profile.email)) {
    checks.push({
      level: 'warn',
      text: `Is ${input.profile.email} a personal address? Use one you will keep, never a current employer's.`,
    });
  }
  const at = parseLocalDateTime(interview?.at ?? '');
  if (interview && recipient) {
    const sentAt = interview.done[sentKey(situation, recipient.id, items)];
    if (sentAt)
      checks.push({ level: 'info', text: `Marked sent on ${new Date(sentAt).toLocaleDateString()}.` });
    else if (at && situation.marks === 'thank-you-sent')
      checks.push({ level: 'info', text: `Thank-you ${formatDue(thankYouDue(at), now)}.` });
    else if (at && situation.marks === 'follow-up-sent') {
      checks.push({
        level: 'info',
        text: `Follow-up ${formatDue(followUpDue(at, parseLocalDate(interview.decisionDate)), now)}.`,
      });
    }
    const others = recipientsOf(interview)
      .filter((r) => r.id !== recipient.id)
      .flatMap((r) => {
        const draft = doc.drafts[draftKey(interview.id, r.id, situation.id)];
        return draft
          ? [{ label: r.name || 'another person', body: noteFor({ ...input, recipient: r, draft }).body }]
          : [];
      });
    const copy = findNearDuplicate(body, others);
    if (copy)
      checks.push({
        level: 'warn',
        text: `This note is almost the same as the one for ${copy}. Interviewers compare notes: make each one personal.`,
      });
  }
  if (missing.length) {
    checks.push({
      level: 'warn',
      text: `Still to fill in: ${missing.map((m) => PLACEHOLDERS[m]).join('; ')}.`,
    });
  }
  return checks;
}
