/**
 * What the note builder may ask beyond the detail and strengths: each fact of a draft (`Draft.facts`), how it is
 * asked, what it is for and an example. A situation asks for the facts its text uses (`factsIn`), in this order.
 * Worked out at build time: `/notes/situations.json` carries each situation's fields (`AskedField`), so the
 * builder ships the words of its fields as content, not code.
 */
import type { Situation } from './situation-schema';
import { factsIn } from './plan';

/** The facts a draft may hold, by name. */
export const FACT_NAMES = [
  'evidence',
  'addition',
  'theirSubject',
  'reason',
  'otherOffer',
  'offerTitle',
  'offerSalary',
  'offerStart',
  'hasLetter',
  'decideBy',
  'decideTime',
  'hasJobDescription',
  'howItWent',
] as const;
export type FactName = (typeof FACT_NAMES)[number];

/** How a fact is asked: a line, a few lines, a date, a time of day, or a box to tick. */
export type FieldKind = 'line' | 'text' | 'date' | 'time' | 'check';

/** How one fact is asked. */
export interface FactField {
  kind: FieldKind;
  label: string;
  /** One line under the label: what it is for, with an example. */
  hint: string;
  /** For an optional field that can wait: the button that opens it while it is empty. */
  folded?: string;
}

/** Every fact's field; a `Record`, so a fact without a field fails to compile. */
export const FACT_FIELDS: Readonly<Record<FactName, FactField>> = {
  evidence: {
    kind: 'text',
    label: 'Something you have done that shows you can help with it',
    hint: 'A result, a number or a project, e.g. “moved 40 reports to Power BI, cutting the monthly close by two days”.',
  },
  addition: {
    kind: 'text',
    label: 'Something you would add to an answer (optional)',
    hint: 'Which question, and what you wish you had said, e.g. “when you asked about deviations, I should have mentioned the log I built”.',
    folded: 'Add what you wish you had said',
  },
  theirSubject: {
    kind: 'line',
    label: 'The subject of their email (optional)',
    hint: 'Reply in the same thread: the note’s subject becomes “Re: …” with it.',
  },
  reason: {
    kind: 'line',
    label: 'A brief reason (optional)',
    hint: 'Only what you are happy to share, e.g. “I have accepted a role closer to home”.',
  },
  otherOffer: {
    kind: 'check',
    label: 'I have accepted another offer',
    hint: 'Leave it unticked and the note gives a neutral reason instead.',
  },
  offerTitle: {
    kind: 'line',
    label: 'Job title, as the offer states it',
    hint: 'Repeating the terms puts them in writing, e.g. “Staff Accountant”.',
  },
  offerSalary: { kind: 'line', label: 'Salary, as offered', hint: 'E.g. “$62,000 a year”.' },
  offerStart: { kind: 'line', label: 'Start date, as agreed', hint: 'E.g. “Monday, January 4”.' },
  hasLetter: {
    kind: 'check',
    label: 'The offer letter has arrived',
    hint: 'If it has not, the note asks for it in writing.',
  },
  decideBy: {
    kind: 'date',
    label: 'When you will answer',
    hint: 'Name a day; two business days is a common ask.',
  },
  decideTime: { kind: 'time', label: 'By what time (optional)', hint: 'E.g. 12:00 for “at noon”.' },
  hasJobDescription: {
    kind: 'check',
    label: 'I am attaching the job description',
    hint: 'It helps them speak to what the employer wants; unticked, the note offers to send it.',
  },
  howItWent: {
    kind: 'line',
    label: 'How it turned out (optional)',
    hint: 'E.g. “I got the offer and start in January”.',
  },
};

/** A fact that is asked together with another, right after it: the time with the day. */
const ASKED_WITH: Partial<Record<FactName, FactName>> = { decideTime: 'decideBy' };

/** The facts a situation's text uses (in any tone or length), in the order of `FACT_NAMES`. */
export function factsAsked(situation: Situation): FactName[] {
  const used = new Set(
    (['formal', 'warm'] as const).flatMap((tone) =>
      (['short', 'standard'] as const).flatMap((length) => factsIn(situation[tone][length])),
    ),
  );
  for (const s of factsIn(situation.subject ?? '')) used.add(s);
  return FACT_NAMES.filter((f) => used.has(f) || used.has(ASKED_WITH[f] ?? ''));
}

/** A field a situation asks for, as `/notes/situations.json` carries it. */
export interface AskedField extends FactField {
  name: FactName;
}

/** The fields a situation asks for, in order, with their words. */
export const fieldsFor = (situation: Situation): AskedField[] =>
  factsAsked(situation).map((name) => ({ name, ...FACT_FIELDS[name] }));
