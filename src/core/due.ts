/**
 * What is due, across every interview: one list, most urgent first, each entry with its action.
 * Pure: the interviews, checklist items, profile and "now" are passed in.
 */
import type { ChecklistItem } from './checklist-schema';
import { isOverdue } from './dates';
import { formatDue, thankYouDue } from './deadlines';
import { parseInterviewAt } from './local-dates';
import type { FollowUpDoc, Interview, Profile } from './model/model';
import { peopleOf } from './people';
import { tasksFor } from './progress';
import { interviewTitle } from './titles';
import { isTouchDue, nextTouch } from './touches';
import { SITUATION_CHECK_IN } from './content-ids';

/** What every due entry has: which interview, what to do, where it stands, and the note that does it. */
interface DueBase {
  interviewId: string;
  /** What to do, e.g. "Thank Dana Nguyen". */
  text: string;
  /** Which interview, e.g. "Product designer at Brightwater Labs". */
  context: string;
  due?: Date;
  /** "due tomorrow", "overdue by 2 days". */
  dueText?: string;
  overdue: boolean;
  /** The note builder's situation that does it, and for whom. */
  note?: { situation: string; recipientId?: string };
}

/** A checklist task of one interview: "Mark done" ticks its `key`. */
export interface DueTask extends DueBase {
  kind: 'task';
  /** The task's key in `Interview.done`. */
  key: string;
  /** The checklist item. */
  itemId: string;
  /** Other notes offered beside it (declining beside accepting an offer), with the link's words. */
  also?: readonly { note: string; label: string }[];
}

/** "Thank your interviewers" before anyone is added: its deadline already runs, and its action is to add them. */
export interface DueAddInterviewers extends DueBase {
  kind: 'add-interviewers';
  /** What it takes first, said after the deadline: "Add who they were". */
  hint: string;
  due: Date;
  dueText: string;
}

/** A touch with someone across interviews: who, by id and by name, and when their records or rhythm last changed. */
export interface DueTouch extends DueBase {
  kind: 'touch';
  contactId: string;
  who: string;
  changedAt: string;
  due: Date;
  dueText: string;
}

/** One entry of what is due. */
export type DueItem = DueTask | DueAddInterviewers | DueTouch;

/** What the keep-in-touch timers read: the notes sent and the contacts logged. */
export type TouchData = Pick<FollowUpDoc, 'drafts' | 'contacts'>;

/** Days ahead that a touch joins the due list (the calendar has them all). */
export const TOUCH_LEAD_DAYS = 7;

/** Fills `{name}` and `{company}` in an item's to-do phrase. */
function todoText(todo: string, name: string, company: string): string {
  return todo.replace(/\{(name|company)\}/g, (_m, k: string) => (k === 'name' ? name : company));
}

function entriesFor(
  interview: Interview,
  items: readonly ChecklistItem[],
  profile: Profile | undefined,
  now: Date,
): DueItem[] {
  // An interview the employer cancelled never took place: nothing is due for it.
  if (interview.outcome === 'cancelled') return [];
  const context = interviewTitle(interview);
  const company = interview.company.trim() || 'the employer';
  const waiting = interview.outcome === 'waiting';
  const byId = new Map(items.map((item) => [item.id, item]));
  const entries: DueItem[] = [];
  const at = parseInterviewAt(interview.at);
  // Right after recording an interview the thank-you deadline already runs, before anyone is added.
  if (waiting && at && !interview.people.some((p) => p.role === 'interviewer')) {
    const due = thankYouDue(at);
    entries.push({
      kind: 'add-interviewers',
      interviewId: interview.id,
      text: 'Thank your interviewers',
      hint: 'Add who they were',
      context,
      due,
      dueText: formatDue(due, now),
      overdue: isOverdue(due, now),
    });
  }
  for (const task of tasksFor(interview, items, profile)) {
    const item = byId.get(task.itemId);
    // Undated tasks wait until the outcome is known, so the list stays about what is due.
    if (task.done || !item?.todo || (!task.due && waiting)) continue;
    entries.push({
      kind: 'task',
      interviewId: interview.id,
      key: task.key,
      itemId: task.itemId,
      text: todoText(item.todo, task.subjectName ?? '', company),
      context,
      ...(task.due && { due: task.due, dueText: formatDue(task.due, now) }),
      overdue: !!task.due && isOverdue(task.due, now),
      ...(item.note && {
        note: { situation: item.note, ...(task.subjectId && { recipientId: task.subjectId }) },
      }),
      ...(item.also && { also: item.also }),
    });
  }
  return entries;
}

/**
 * The people to get in touch with, by `until` (all of them without it), as due entries: each offers the
 * check-in note, written to the person as recorded in their latest interview.
 */
export function touchesDue(
  interviews: readonly Interview[],
  data: TouchData,
  now: Date,
  until?: Date,
): DueTouch[] {
  const entries: DueTouch[] = [];
  for (const group of peopleOf(interviews)) {
    const touch = nextTouch(group, data, now);
    if (!touch || (until && touch.due > until)) continue;
    const latest = group.met[0];
    const title = interviewTitle(latest.interview);
    const changed = group.met.reduce(
      (a, m) => (m.interview.updatedAt > a ? m.interview.updatedAt : a),
      data.contacts[group.contactId]?.updatedAt ?? '',
    );
    entries.push({
      kind: 'touch',
      interviewId: latest.interview.id,
      contactId: group.contactId,
      who: group.name,
      changedAt: changed,
      text: `${touch.why === 'rhythm' ? 'Get in touch with' : 'Check in with'} ${group.name}`,
      context:
        touch.why === 'after-no'
          ? `A friendly check-in after the “no” · ${title}`
          : touch.why === 'after-withdrawal'
            ? `A note once you have settled in · ${title}`
            : `Keep in touch · ${latest.kind === 'reference' ? 'your reference' : title}`,
      due: touch.due,
      dueText: formatDue(touch.due, now),
      overdue: isTouchDue(touch, now),
      ...(latest.kind !== 'reference' && {
        note: { situation: SITUATION_CHECK_IN, recipientId: latest.record.id },
      }),
    });
  }
  return entries;
}

/**
 * Everything open with a deadline, and what became due once an outcome is known, across the interviews,
 * with (given the touch data) the people to get in touch with this week: the most overdue or soonest
 * first; undated last. Ties keep interview order, then checklist order.
 */
export function dueList(
  interviews: readonly Interview[],
  items: readonly ChecklistItem[],
  profile: Profile | undefined,
  now: Date,
  touches?: TouchData,
): DueItem[] {
  const undated = Number.MAX_SAFE_INTEGER;
  const until = new Date(now.getFullYear(), now.getMonth(), now.getDate() + TOUCH_LEAD_DAYS, 23, 59);
  // Array.prototype.sort is stable, which keeps input order among equal deadlines.
  return [
    ...interviews.flatMap((interview) => entriesFor(interview, items, profile, now)),
    ...(touches ? touchesDue(interviews, touches, now, until) : []),
  ].sort((a, b) => (a.due?.getTime() ?? undated) - (b.due?.getTime() ?? undated));
}

/**
 * The check-ins suggested with the people met at an interview that ended in a "no" or a withdrawal, still
 * ahead, soonest first: what the interview's view announces.
 */
export function checkInsAhead(
  interview: Interview,
  data: TouchData & Pick<FollowUpDoc, 'interviews'>,
  now: Date,
): DueTouch[] {
  if (interview.outcome !== 'not-selected' && interview.outcome !== 'withdrawn') return [];
  const here = new Set(interview.people.map((p) => p.contactId));
  return touchesDue(data.interviews, data, now)
    .filter((t) => here.has(t.contactId) && t.due > now)
    .sort((a, b) => a.due.getTime() - b.due.getTime());
}
