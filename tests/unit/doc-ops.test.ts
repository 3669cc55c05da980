import { describe, expect, it } from 'vitest';
import * as ops from '../../src/core/model/doc-ops';
import * as builders from '../../src/core/model/builders';
import * as interviewOps from '../../src/features/checklist/interview-ops';
import * as peopleOps from '../../src/core/model/people-ops';
import * as drafts from '../../src/features/notes/draft-ops';
import { emptyDoc } from '../../src/core/model/model';
import { currentDoc } from '../fixtures/stored';

const now = new Date('2026-11-25T12:00:00Z');

describe('document operations', () => {
  it('adds a new interview first, with nothing done', () => {
    const doc = interviewOps.addInterview(currentDoc, builders.newInterview('i2', { company: 'Acme' }, now));
    expect(doc.interviews.map((i) => i.id)).toEqual(['i2', 'i1']);
    expect(doc.interviews[0]).toMatchObject({ company: 'Acme', outcome: 'waiting', done: {}, people: [] });
  });

  it('changes only the interview it names, and stamps it', () => {
    const two = interviewOps.addInterview(currentDoc, builders.newInterview('i2', {}, now));
    const doc = interviewOps.patchInterview(two, 'i1', { outcome: 'offer' }, now);
    expect(doc.interviews[1]).toMatchObject({ outcome: 'offer', updatedAt: now.toISOString() });
    expect(doc.interviews[0]).toBe(two.interviews[0]);
  });

  it('stamps when an outcome came, keeps the stamp while it stays, and clears it while waiting again', () => {
    // The check-in after a "no" is timed from this stamp, not from later edits of the interview.
    const later = new Date('2026-12-02T15:00:00Z');
    const decided = interviewOps.patchInterview(currentDoc, 'i1', { outcome: 'not-selected' }, now);
    expect(decided.interviews[0]?.outcomeAt).toBe(now.toISOString());
    const edited = interviewOps.patchInterview(
      decided,
      'i1',
      { outcome: 'not-selected', notes: 'Try in spring' },
      later,
    );
    expect(edited.interviews[0]).toMatchObject({
      outcomeAt: now.toISOString(),
      updatedAt: later.toISOString(),
    });
    const changed = interviewOps.patchInterview(edited, 'i1', { outcome: 'withdrawn' }, later);
    expect(changed.interviews[0]?.outcomeAt).toBe(later.toISOString());
    expect(
      interviewOps.patchInterview(changed, 'i1', { outcome: 'waiting' }, later).interviews[0]?.outcomeAt,
    ).toBe('');
  });

  it('stamps the outcome of an interview recorded with one, and leaves a waiting one unstamped', () => {
    expect(builders.newInterview('i2', { outcome: 'offer' }, now).outcomeAt).toBe(now.toISOString());
    expect(builders.newInterview('i3', {}, now).outcomeAt).toBe('');
  });

  it('restores a deleted interview where it was', () => {
    const three = interviewOps.addInterview(
      interviewOps.addInterview(currentDoc, builders.newInterview('i2', {}, now)),
      builders.newInterview('i3', {}, now),
    );
    const removed = three.interviews[1]!;
    const doc = interviewOps.restoreInterview(interviewOps.removeInterview(three, removed.id), removed, 1);
    expect(doc.interviews.map((i) => i.id)).toEqual(['i3', 'i2', 'i1']);
  });

  it('ticks with the time and unticks', () => {
    const ticked = ops.setDone(currentDoc, 'i1', 'name-checked:p1', true, now);
    expect(ticked.interviews[0]?.done['name-checked:p1']).toBe(now.toISOString());
    const unticked = ops.setDone(ticked, 'i1', 'name-checked:p1', false, now);
    expect(unticked.interviews[0]?.done['name-checked:p1']).toBeUndefined();
  });

  it('forgets what was ticked for a person when they are removed, and nothing else', () => {
    const doc = peopleOps.removePerson(
      ops.setDone(currentDoc, 'i1', 'follow-up-sent', true, now),
      'i1',
      'p1',
      now,
    );
    expect(doc.interviews[0]?.people.map((p) => p.id)).toEqual(['p2']);
    expect(Object.keys(doc.interviews[0]!.done)).toEqual(['follow-up-sent']);
  });

  it('adds and edits people and references', () => {
    let doc = interviewOps.addPerson(currentDoc, 'i1', builders.newPerson('p3', 'interviewer'), now);
    doc = peopleOps.patchPerson(doc, 'i1', 'p3', { name: 'Zoë' }, now);
    doc = interviewOps.addReference(doc, 'i1', builders.newReference('r2'), now);
    doc = peopleOps.patchReference(doc, 'i1', 'r2', { qualities: 'Calm under pressure' }, now);
    expect(doc.interviews[0]?.people.at(-1)).toMatchObject({ id: 'p3', name: 'Zoë', role: 'interviewer' });
    expect(doc.interviews[0]?.references.at(-1)).toMatchObject({
      id: 'r2',
      qualities: 'Calm under pressure',
    });
  });

  it('logs contacts with a person, creating their contact data the first time, and takes one back', () => {
    const entry = (id: string, on: string) => ({ id, on, kind: 'called' as const, notes: 'Coffee' });
    let doc = peopleOps.logContact(currentDoc, 'i1:p1', entry('l1', '2026-11-20'), now);
    doc = peopleOps.logContact(doc, 'i1:p1', entry('l2', '2026-11-24'), now);
    expect(doc.contacts['i1:p1']).toEqual({
      ...builders.newKeepInTouch(now),
      log: [entry('l1', '2026-11-20'), entry('l2', '2026-11-24')],
    });
    const later = new Date('2026-11-26T12:00:00Z');
    const undone = peopleOps.unlogContact(doc, 'i1:p1', 'l1', later);
    expect(undone.contacts['i1:p1']).toMatchObject({
      log: [entry('l2', '2026-11-24')],
      updatedAt: later.toISOString(),
    });
    expect(peopleOps.unlogContact(currentDoc, 'nobody', 'l1', later)).toBe(currentDoc);
  });

  it('updates the profile without touching interviews', () => {
    const doc = ops.patchProfile(emptyDoc(), { cellPhone: '555' });
    expect(doc.profile.cellPhone).toBe('555');
    expect(doc.interviews).toEqual([]);
  });
});

describe('drafts', () => {
  it('creates a draft with defaults on first change, then keeps what was typed', () => {
    let doc = drafts.patchDraft(currentDoc, 'i1:p2:touch-base', { detail: 'the tour' }, now);
    expect(doc.drafts['i1:p2:touch-base']).toMatchObject({
      detail: 'the tour',
      tone: 'formal',
      signoff: 'Best regards',
    });
    doc = drafts.patchDraft(doc, 'i1:p2:touch-base', { tone: 'warm' }, now);
    expect(doc.drafts['i1:p2:touch-base']).toMatchObject({ detail: 'the tour', tone: 'warm' });
    expect(doc.drafts['i1:p1:thank-you']).toEqual(currentDoc.drafts['i1:p1:thank-you']);
  });
});
