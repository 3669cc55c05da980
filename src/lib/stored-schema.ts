import * as v from 'valibot';
import { SCHEMA_VERSION } from './model';

/** Longest text kept in one field: generous for notes, and a guard against pasted megabytes. */
const MAX_TEXT = 20_000;
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const isoish = v.pipe(v.string(), v.maxLength(40));

const profile = v.object({
  name: text,
  homePhone: text,
  cellPhone: text,
  email: text,
  postalAddress: text,
});

const person = v.object({
  id,
  name: text,
  title: text,
  email: text,
  phone: text,
  postalAddress: text,
  role: v.picklist(['interviewer', 'other']),
});

const reference = v.object({
  id,
  name: text,
  relationship: text,
  email: text,
  phone: text,
  qualities: text,
});

const interview = v.object({
  id,
  company: text,
  role: text,
  at: isoish,
  format: v.picklist(['in-person', 'video', 'phone']),
  place: text,
  decisionDate: isoish,
  outcome: v.picklist(['waiting', 'offer', 'not-selected', 'withdrawn']),
  notes: text,
  people: v.array(person),
  references: v.array(reference),
  done: v.record(v.pipe(v.string(), v.maxLength(200)), isoish),
  createdAt: isoish,
  updatedAt: isoish,
});

const draft = v.object({
  greeting: text,
  detail: text,
  strengths: v.pipe(v.array(text), v.maxLength(3)),
  tone: v.picklist(['formal', 'warm']),
  length: v.picklist(['short', 'standard']),
  signoff: text,
  askFeedback: v.boolean(),
  updatedAt: isoish,
});

/** The stored document at the current version; unknown keys are dropped, wrong types rejected. */
export const docSchema = v.object({
  version: v.literal(SCHEMA_VERSION),
  profile,
  interviews: v.array(interview),
  drafts: v.record(v.pipe(v.string(), v.maxLength(200)), draft),
});

/** A readable account of why a value does not fit the schema, naming where, e.g. `interviews.0.outcome`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') || 'document';
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}
