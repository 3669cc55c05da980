/**
 * What to look at before sending a note: the greeting against the recorded name, an unchecked spelling,
 * a work address, the deadline, near-copies sent to two interviewers, and parts still to fill in.
 * Kept apart from compose.ts so that the note builder loads it when the checks are about to be seen.
 */
import type { ChecklistItem } from '../../core/checklist-schema';
import { type Note, type NoteInput, noteFor, recipientsOf, sentAt } from './compose';
import { followUpDue, formatDue, thankYouDue } from '../../core/deadlines';
import { parseInterviewAt, parseLocalDate } from '../../core/local-dates';
import { type FollowUpDoc, draftKey } from '../../core/model/model';
import type { GreetingCheck } from './name-check';
import { findNearDuplicate, looksLikeWorkEmail } from './note-checks';
import { PLACEHOLDER_HELP } from './note-placeholder-help';
import { ITEM_FOLLOW_UP_SENT, ITEM_THANK_YOU_SENT } from '../../core/content-ids';
import { spellingUnchecked } from './note-state';

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
    if (spellingUnchecked(interview, recipient)) {
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
    if (situation.marks === ITEM_THANK_YOU_SENT)
      checks.push({ level: 'info', text: `Thank-you ${formatDue(thankYouDue(at), now)}.` });
    else if (situation.marks === ITEM_FOLLOW_UP_SENT)
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
  // What makes this note personal, left empty: the note still reads well without it, but less as theirs.
  const empty = (situation.personal ?? []).filter((f) =>
    f === 'detail' ? !input.draft.detail.trim() : !(input.draft.facts[f] ?? '').trim(),
  );
  if (empty.length && !note.edited) {
    checks.push({
      level: 'info',
      text: `To make it yours, add ${empty.map((f) => PLACEHOLDER_HELP[f]).join(', and ')}.`,
    });
  }
  if (note.missing.length) {
    checks.push({
      level: 'warn',
      text: `Still to fill in: ${note.missing.map((m) => PLACEHOLDER_HELP[m]).join('; ')}.`,
    });
  }
  return checks;
}
