/**
 * What is due, across every interview: one list, most urgent first, each entry with its action.
 * Pure: the interviews, checklist items, profile and "now" are passed in.
 */
import type { ChecklistItem } from '../schemas/checklist';
import { formatDue, parseInterviewAt, thankYouDue } from './deadlines';
import type { Interview, Profile } from './model';
import { tasksFor } from './progress';

/** One thing to do now or soon. */
export interface DueItem {
  interviewId: string;
  /** The task's key in `Interview.done` (what "Mark done" ticks), or empty for "add who interviewed you". */
  key: string;
  /** The checklist item, or `add-interviewers`. */
  itemId: string;
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

/** "Role at Company", or what there is of it. */
export function interviewTitle(i: Pick<Interview, 'role' | 'company'>): string {
  const role = i.role.trim();
  const company = i.company.trim();
  if (role && company) return `${role} at ${company}`;
  return company || role || 'Untitled interview';
}

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
      interviewId: interview.id,
      key: '',
      itemId: 'add-interviewers',
      text: 'Add who interviewed you',
      context,
      due,
      dueText: formatDue(due, now),
      overdue: due < now,
    });
  }
  for (const task of tasksFor(interview, items, profile)) {
    const item = byId.get(task.itemId);
    // Undated tasks wait until the outcome is known, so the list stays about what is due.
    if (task.done || !item?.todo || (!task.due && waiting)) continue;
    entries.push({
      interviewId: interview.id,
      key: task.key,
      itemId: task.itemId,
      text: todoText(item.todo, task.subjectName ?? '', company),
      context,
      ...(task.due && { due: task.due, dueText: formatDue(task.due, now) }),
      overdue: !!task.due && task.due < now,
      ...(item.note && {
        note: { situation: item.note, ...(task.subjectId && { recipientId: task.subjectId }) },
      }),
    });
  }
  return entries;
}

/**
 * Everything open with a deadline, and what became due once an outcome is known, across the interviews:
 * the most overdue or soonest first; undated last. Ties keep interview order, then checklist order.
 */
export function dueList(
  interviews: readonly Interview[],
  items: readonly ChecklistItem[],
  profile: Profile | undefined,
  now: Date,
): DueItem[] {
  const undated = Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable, which keeps input order among equal deadlines.
  return interviews
    .flatMap((interview) => entriesFor(interview, items, profile, now))
    .sort((a, b) => (a.due?.getTime() ?? undated) - (b.due?.getTime() ?? undated));
}
