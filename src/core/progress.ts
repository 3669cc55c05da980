/**
 * The checklist of one interview as concrete tasks, how far along it is, and what to do next.
 * Tasks the data already answers are done by themselves; the rest are ticked by the user.
 * Pure: the checklist items, the user's profile and "now" are passed in.
 */
import type { ChecklistItem } from './checklist-schema';
import { followUpDue, formatDue, thankYouDue } from './deadlines';
import { parseInterviewAt, parseLocalDate } from './local-dates';
import { canBeReached } from './rules';
import { type Interview, type Profile, doneKey } from './model/model';
import { ITEM_NAME_CHECKED } from './content-ids';

/** One checklist item applied to the interview, or to one person or reference of it. */
export interface Task {
  /** The key of this task in `Interview.done`. */
  key: string;
  itemId: string;
  label: string;
  guide: string;
  subjectId?: string;
  subjectName?: string;
  done: boolean;
  /** When it was ticked, as stored. */
  doneAt?: string;
  /** Worked out from the data, not ticked: the user changes the data, not a box. */
  auto?: true;
  /** When it is due, for the timed ones. */
  due?: Date;
}

/** How many tasks are done, out of how many, and the share as a whole percent rounded down. */
export interface Progress {
  done: number;
  total: number;
  percent: number;
}

/** The task to do next and, for the timed ones, when it is due. */
export interface NextStep {
  task: Task;
  due?: Date;
  dueText?: string;
}

interface Subject {
  id: string;
  name: string;
  title?: string;
  email?: string;
  phone?: string;
  /** Where the name was read as the company spells it, when it was. */
  nameFrom?: string;
}

function subjectsOf(item: ChecklistItem, interview: Interview): readonly (Subject | undefined)[] {
  switch (item.scope) {
    case 'interview':
      return [undefined];
    case 'interviewer':
      return interview.people.filter((p) => p.role === 'interviewer');
    case 'person':
      return interview.people;
    case 'reference':
      return interview.references;
  }
}

/** Whether the data already answers an `auto` item, for this subject. */
function answered(item: ChecklistItem, subject: Subject | undefined, profile: Profile | undefined): boolean {
  switch (item.auto) {
    case 'person-details':
      return !!(subject?.title?.trim() && (subject.email?.trim() || subject.phone?.trim()));
    case 'profile-complete':
      return !!profile && canBeReached(profile);
    default:
      return false;
  }
}

/** When an item falls due for this interview: the thank-you's deadline, or the follow-up's while waiting. */
function dueOf(item: ChecklistItem, interview: Interview): Date | undefined {
  const at = parseInterviewAt(interview.at);
  if (!at || !item.due) return undefined;
  if (item.due === 'thank-you') return thankYouDue(at);
  return interview.outcome === 'waiting'
    ? followUpDue(at, parseLocalDate(interview.decisionDate))
    : undefined;
}

function toTask(
  item: ChecklistItem,
  interview: Interview,
  subject: Subject | undefined,
  profile: Profile | undefined,
): Task {
  const key = doneKey(item.id, subject?.id);
  const due = dueOf(item, interview);
  // A name read from the company's own invite is spelled as they spell it: the task says where it came from.
  const spelled = item.id === ITEM_NAME_CHECKED && subject?.nameFrom;
  const base = {
    key,
    itemId: item.id,
    label: spelled ? `Name spelled as in ${subject.nameFrom}` : item.label,
    guide: item.guide,
    ...(subject && { subjectId: subject.id, subjectName: subject.name.trim() ? subject.name : 'Unnamed' }),
    ...(due && { due }),
  };
  if (item.auto) return { ...base, done: answered(item, subject, profile), auto: true };
  // Own keys only: an item id like `constructor` must not count as done through the prototype.
  const doneAt = Object.hasOwn(interview.done, key) ? interview.done[key] : undefined;
  return { ...base, done: doneAt !== undefined, ...(doneAt !== undefined && { doneAt }) };
}

/**
 * Tasks already worked out, per interview object. Stored documents are immutable (every change makes new
 * objects), so the same interview with the same items and profile always gives the same tasks: the due list
 * and the list of interviews, drawn together, work them out once.
 */
const worked = new WeakMap<
  Interview,
  { items: readonly ChecklistItem[]; profile: Profile | undefined; tasks: readonly Task[] }
>();

/**
 * Every task of an interview, in checklist order and, within an item, in the order of its people or
 * references. Without a profile, tasks about the user's own details count as not done. The list is shared
 * between callers: read it, never change it.
 */
export function tasksFor(interview: Interview, items: readonly ChecklistItem[], profile?: Profile): Task[] {
  const known = worked.get(interview);
  if (known && known.items === items && known.profile === profile) return known.tasks as Task[];
  const tasks = items
    .filter((item) => !item.optional && (item.when === undefined || item.when === interview.outcome))
    .flatMap((item) =>
      subjectsOf(item, interview).map((subject) => toTask(item, interview, subject, profile)),
    );
  worked.set(interview, { items, profile, tasks });
  return tasks;
}

/** Counts done tasks; no tasks at all is 0%. */
export function progress(tasks: readonly Task[]): Progress {
  const done = tasks.filter((t) => t.done).length;
  const total = tasks.length;
  return { done, total, percent: total === 0 ? 0 : Math.floor((done * 100) / total) };
}

/** Open tasks, the dated ones first by deadline (ties in checklist order), then the rest in checklist order. */
export function byUrgency(tasks: readonly Task[]): Task[] {
  // Array.prototype.sort is stable: equal deadlines and undated tasks keep checklist order.
  return tasks
    .filter((t) => !t.done)
    .sort((a, b) => (a.due ? 0 : 1) - (b.due ? 0 : 1) || (a.due?.getTime() ?? 0) - (b.due?.getTime() ?? 0));
}

/** The most urgent open task, with its deadline in words when it has one. Undefined when everything is done. */
export function nextStep(
  interview: Interview,
  items: readonly ChecklistItem[],
  now: Date,
  tasks: readonly Task[] = tasksFor(interview, items),
): NextStep | undefined {
  const task = byUrgency(tasks)[0];
  if (!task) return undefined;
  return task.due ? { task, due: task.due, dueText: formatDue(task.due, now) } : { task };
}

/** An interview with its tasks, progress and next step, worked out once. */
export interface Summary<T extends Interview = Interview> {
  interview: T;
  tasks: Task[];
  stats: Progress;
  next: NextStep | undefined;
}

/** Works out an interview's tasks, progress and next step in one pass. */
export function summarize<T extends Interview>(
  interview: T,
  items: readonly ChecklistItem[],
  now: Date,
  profile?: Profile,
): Summary<T> {
  const tasks = tasksFor(interview, items, profile);
  return { interview, tasks, stats: progress(tasks), next: nextStep(interview, items, now, tasks) };
}

/**
 * Summaries of the interviews, soonest or most overdue next step first; then those whose next step has no
 * due date, then those with nothing left to do. Ties keep their input order.
 */
export function summariesByNextDue<T extends Interview>(
  interviews: readonly T[],
  items: readonly ChecklistItem[],
  now: Date,
  profile?: Profile,
): Summary<T>[] {
  const group = (s: Summary<T>) => (s.next ? (s.next.due ? 0 : 1) : 2);
  return interviews
    .map((interview) => summarize(interview, items, now, profile))
    .sort((a, b) => group(a) - group(b) || (a.next?.due?.getTime() ?? 0) - (b.next?.due?.getTime() ?? 0));
}
