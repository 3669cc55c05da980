import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInvite } from '../../src/features/checklist/invite/invite';
import {
  type InviteChoice,
  addFromInvite,
  cancelFromInvite,
  keptPerson,
  matchingInterview,
  updateFromInvite,
  updatePlan,
} from '../../src/features/checklist/invite/invite-apply';
import type { InviteEvent } from '../../src/features/checklist/invite/invite-model';
import { dueList } from '../../src/core/due';
import { emptyDoc } from '../../src/core/model/model';
import { tasksFor } from '../../src/core/progress';
import { parse } from 'yaml';
import { checklistItemSchema } from '../../src/core/checklist-schema';

/** content/checklist.yaml, validated by the build's schema. */
const checklistItems = checklistItemSchema
  .array()
  .parse(parse(readFileSync(new URL('../../content/checklist.yaml', import.meta.url), 'utf8')));

const NOW = new Date('2026-12-01T17:00:00Z');
const event = (name: string): InviteEvent => {
  const r = readInvite(readFileSync(new URL(`../fixtures/invites/${name}`, import.meta.url), 'utf8'), {
    email: '',
    timeZone: 'America/New_York',
    now: NOW,
  });
  if (!r.ok) throw new Error(r.message);
  return r.events[0]!;
};
/** The preview's defaults: everyone kept, the organizer as a recruiter, the others as interviewers. */
const choice = (e: InviteEvent): InviteChoice => ({
  ...e,
  people: e.people.map((person) => ({ person, role: person.organizer ? 'other' : 'interviewer' })),
});
const counter = () => {
  let n = 0;
  return () => `id${++n}`;
};

describe('recording an interview from an invite', () => {
  const first = event('google-meet.ics');
  const added = addFromInvite(emptyDoc(), choice(first), counter(), NOW);
  const interview = added.doc.interviews[0]!;

  it('adds the interview with its people, the organizer as a recruiter', () => {
    expect(interview).toMatchObject({
      id: added.id,
      company: 'Northwind',
      role: 'Data Analyst',
      at: '2026-12-08T14:30',
      format: 'video',
      place: 'https://meet.google.com/abc-defg-hij',
      inviteUid: first.uid,
      outcome: 'waiting',
    });
    expect(interview.people.map((p) => [p.name, p.email, p.role])).toEqual([
      ['Priya Raman', 'priya.raman@northwind.com', 'other'],
      ['Katherine Okafor', 'k.okafor@northwind.com', 'interviewer'],
      ['Jon Park', 'jon.park@northwind.com', 'interviewer'],
    ]);
  });

  it('counts the names as spelled by the company: the spelling task is done and says where they came from', () => {
    const spelling = tasksFor(interview, checklistItems).filter((t) => t.itemId === 'name-checked');
    expect(spelling.map((t) => [t.subjectName, t.done, t.label])).toEqual([
      ['Priya Raman', true, 'Name spelled as in the calendar invite from northwind.com'],
      ['Katherine Okafor', true, 'Name spelled as in the calendar invite from northwind.com'],
      ['Jon Park', true, 'Name spelled as in the calendar invite from northwind.com'],
    ]);
  });

  it('starts the thank-you deadline as for any interview', () => {
    const due = dueList(added.doc.interviews, checklistItems, added.doc.profile, NOW, added.doc);
    expect(due.filter((d) => d.kind === 'task' && d.itemId === 'thank-you-sent').map((d) => d.text)).toEqual([
      'Thank Katherine Okafor',
      'Thank Jon Park',
    ]);
  });

  it('finds the interview again by UID, or by company and time', () => {
    expect(matchingInterview(added.doc.interviews, event('google-meet-moved.ics'))?.id).toBe(added.id);
    const pasted = { ...first, uid: '', company: 'northwind ' };
    expect(matchingInterview(added.doc.interviews, pasted)?.id).toBe(added.id);
    expect(matchingInterview(added.doc.interviews, { ...pasted, at: '2026-12-08T15:30' })).toBeUndefined();
  });

  it('updates from a newer invite: the new time, the new person added, nobody removed without asking', () => {
    const moved = event('google-meet-moved.ics');
    const plan = updatePlan(interview, moved);
    expect(plan.newTime).toBe('2026-12-09T17:00');
    expect(plan.newPeople.map((p) => p.name)).toEqual(['Sara Lee']);
    expect(plan.notInInvite).toEqual([]);
    const only = {
      ...choice(moved),
      people: plan.newPeople.map((person) => ({ person, role: 'interviewer' as const })),
    };
    const doc = updateFromInvite(added.doc, added.id, only, [], counter(), NOW);
    const updated = doc.interviews[0]!;
    expect(updated.at).toBe('2026-12-09T17:00');
    expect(updated.people.map((p) => p.name)).toEqual([
      'Priya Raman',
      'Katherine Okafor',
      'Jon Park',
      'Sara Lee',
    ]);
  });

  it('removes someone no longer in the invite only when asked, with their ticks', () => {
    const without = { ...first, people: first.people.slice(0, 2) };
    const plan = updatePlan(interview, without);
    expect(plan.notInInvite.map((p) => p.name)).toEqual(['Jon Park']);
    const jon = plan.notInInvite[0]!.id;
    const kept = updateFromInvite(
      added.doc,
      added.id,
      { ...choice(without), people: [] },
      [],
      counter(),
      NOW,
    );
    expect(kept.interviews[0]!.people).toHaveLength(3);
    const removed = updateFromInvite(
      added.doc,
      added.id,
      { ...choice(without), people: [] },
      [jon],
      counter(),
      NOW,
    );
    expect(removed.interviews[0]!.people.map((p) => p.name)).toEqual(['Priya Raman', 'Katherine Okafor']);
    expect(Object.keys(removed.interviews[0]!.done).some((k) => k.endsWith(`:${jon}`))).toBe(false);
  });

  it('marks a cancelled interview, with a note, and nothing is due for it any more', () => {
    const doc = cancelFromInvite(added.doc, added.id, 'December 1', NOW);
    expect(doc.interviews[0]).toMatchObject({
      outcome: 'cancelled',
      notes: 'Cancelled by the employer (calendar invite, December 1).',
    });
    expect(dueList(doc.interviews, checklistItems, doc.profile, NOW, doc)).toEqual([]);
  });
});

describe('keptPerson: a name corrected in the preview is the user’s', () => {
  const okafor = {
    name: 'Okafor Katherine',
    givenName: 'Katherine',
    familyName: 'Okafor',
    email: 'k.okafor@harbor.example',
    organizer: false,
  };

  it('keeps the invite’s reading of the name when the name is kept, trimmed', () => {
    expect(keptPerson(okafor, '  Okafor Katherine ')).toEqual(okafor);
  });

  it('drops the invite’s given and family name once the name is changed, and keeps the rest', () => {
    expect(keptPerson(okafor, 'Katherine Okafor')).toEqual({
      ...okafor,
      name: 'Katherine Okafor',
      givenName: '',
      familyName: '',
    });
  });
});
