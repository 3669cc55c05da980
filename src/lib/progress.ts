/**
 * The checklist of one interview as concrete tasks, how far along it is, and what to do next.
 * Pure: the checklist items and "now" are passed in.
 */
import type { ChecklistItem } from '../schemas/checklist';
import { followUpDue, formatDue, parseLocalDate, parseLocalDateTime, thankYouDue } from './deadlines';
import { doneKey, type Interview } from './model';

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

function toTask(item: ChecklistItem, interview: Interview, subject: Subject | undefined): Task {
  const key = doneKey(item.id, subject?.id);
  // Own keys only: an item id like `constructor` must not count as done through the prototype.
  const doneAt = Object.hasOwn(interview.done, key) ? interview.done[key] : undefined;
  return {
    key,
    itemId: item.id,
    label: item.label,
    guide: item.guide,
    ...(subject && { subjectId: subject.id, subjectName: subject.name.trim() ? subject.name : 'Unnamed' }),
    done: doneAt !== undefined,
    ...(doneAt !== undefined && { doneAt }),
  };
}

/** Every task of an interview, in checklist order and, within an item, in the order of its people or references. */
export function tasksFor(interview: Interview, items: readonly ChecklistItem[]): Task[] {
  return items
    .filter((item) => item.when === undefined || item.when === interview.outcome)
    .flatMap((item) => subjectsOf(item, interview).map((subject) => toTask(item, interview, subject)));
}

/** Counts done tasks; no tasks at all is 0%. */
export function progress(tasks: readonly Task[]): Progress {
  const done = tasks.filter((t) => t.done).length;
  const total = tasks.length;
  return { done, total, percent: total === 0 ? 0 : Math.floor((done * 100) / total) };
}

function withDue(task: Task, due: Date | undefined, now: Date): NextStep {
  return due ? { task, due, dueText: formatDue(due, now) } : { task };
}

/**
 * The most urgent open task: thank-you notes first, then the follow-up while waiting for a decision,
 * then the first other open task in checklist order. Undefined when everything is done.
 */
export function nextStep(
  interview: Interview,
  items: readonly ChecklistItem[],
  now: Date,
  tasks: readonly Task[] = tasksFor(interview, items),
): NextStep | undefined {
  const open = tasks.filter((t) => !t.done);
  const at = parseLocalDateTime(interview.at);
  const thankYou = open.find((t) => t.itemId === 'thank-you-sent');
  if (thankYou) return withDue(thankYou, at && thankYouDue(at), now);
  const followUp = interview.outcome === 'waiting' && open.find((t) => t.itemId === 'follow-up-sent');
  if (followUp) return withDue(followUp, at && followUpDue(at, parseLocalDate(interview.decisionDate)), now);
  const first = open[0];
  return first && { task: first };
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
): Summary<T> {
  const tasks = tasksFor(interview, items);
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
): Summary<T>[] {
  const group = (s: Summary<T>) => (s.next ? (s.next.due ? 0 : 1) : 2);
  // Array.prototype.sort is stable, which keeps input order within a group and among equal due dates.
  return interviews
    .map((interview) => summarize(interview, items, now))
    .sort((a, b) => group(a) - group(b) || (a.next?.due?.getTime() ?? 0) - (b.next?.due?.getTime() ?? 0));
}
