import { describe, expect, it } from 'vitest';
import {
  backupStatus,
  backupNudge,
  changedSinceBackup,
  fingerprint,
  markAfterBackup,
  markQuiet,
} from '../../src/core/backup/backup-due';
import { type BackupMark, NO_BACKUP, readMark } from '../../src/core/backup/backup-mark';
import { mayNudgeStored } from '../../src/core/backup/nudge-due';
import { dismissHint, patchProfile, setDone } from '../../src/core/model/doc-ops';
import { patchDraft } from '../../src/features/notes/draft-ops';
import { emptyDoc } from '../../src/core/model/model';
import { logContact, patchContact, patchPerson, removePerson } from '../../src/core/model/people-ops';
import type { FollowUpDoc } from '../../src/core/model/model';
import { currentDoc, manyInterviews } from '../fixtures/stored';

const backedUpAt = new Date('2026-11-20T10:00:00Z');
const later = new Date('2026-11-21T10:00:00Z');
const mark = markAfterBackup(currentDoc, backedUpAt);
const days = (n: number) => new Date(backedUpAt.getTime() + n * 86_400_000);

describe('changes since the last backup', () => {
  it.each<[string, (doc: FollowUpDoc) => FollowUpDoc]>([
    ['the profile', (d) => patchProfile(d, { cellPhone: '(555) 010-9999' })],
    ['a person’s details', (d) => patchPerson(d, 'i1', 'p1', { title: 'Director' }, later)],
    ['a person removed', (d) => removePerson(d, 'i1', 'p1', later)],
    ['a ticked task', (d) => setDone(d, 'i1', 'follow-up-sent', true, later)],
    [
      'a logged contact',
      (d) => logContact(d, 'i1:p1', { id: 'c9', on: '2026-11-21', kind: 'called', notes: '' }, later),
    ],
    ['a rhythm', (d) => patchContact(d, 'i1:p1', (c) => ({ ...c, rhythm: 'none' }), later)],
    ['a draft', (d) => patchDraft(d, 'i1:p1:thank-you', { detail: 'the dock tour' }, later)],
    ['a note’s facts', (d) => patchDraft(d, 'i1:p1:thank-you', { facts: { evidence: 'the audit' } }, later)],
    ['an interview deleted', (d) => ({ ...d, interviews: [] })],
    ['a hint answered “not now”', (d) => dismissHint(d, 'same-person')],
    ['the contact card’s id', (d) => ({ ...d, cardUid: 'urn:uuid:0b5e5d7c-2f61-4f9a-9c57-7d2a8a3c4e10' })],
  ])('counts a change to %s', (_kind, change) => {
    expect(changedSinceBackup(currentDoc, mark)).toBe(false);
    expect(changedSinceBackup(change(currentDoc), mark)).toBe(true);
  });

  it('counts nothing when the same data comes back (an undo)', () => {
    const changed = patchProfile(currentDoc, { name: 'Someone Else' });
    expect(changedSinceBackup(patchProfile(changed, { name: currentDoc.profile.name }), mark)).toBe(false);
  });

  it('counts anything worth keeping when there was never a backup, and nothing for an empty document', () => {
    expect(changedSinceBackup(emptyDoc(), NO_BACKUP)).toBe(false);
    expect(changedSinceBackup(patchProfile(emptyDoc(), { name: 'Dana' }), NO_BACKUP)).toBe(true);
  });

  it('falls back to the records’ times for a backup made before fingerprints were kept', () => {
    const old: BackupMark = { at: '2030-01-01T00:00:00.000Z', print: '', quietUntil: '' };
    expect(changedSinceBackup(currentDoc, old)).toBe(false);
    expect(
      changedSinceBackup(
        logContact(
          currentDoc,
          'i1:p1',
          { id: 'c9', on: '2030-01-02', kind: 'called', notes: '' },
          new Date('2030-01-02T09:00:00Z'),
        ),
        old,
      ),
    ).toBe(true);
  });

  it.each([
    ['its JSON', JSON.stringify(mark), mark],
    [
      'the bare time kept before',
      '2026-11-01T09:00:00.000Z',
      { ...NO_BACKUP, at: '2026-11-01T09:00:00.000Z' },
    ],
    ['a wrong type', '{"at":42}', NO_BACKUP],
    ['null', 'null', NO_BACKUP],
    ['junk', 'not a date', NO_BACKUP],
  ])('reads a stored mark from %s', (_name, raw, expected) => {
    expect(readMark(raw)).toEqual(expected);
  });

  it('fingerprints 200 interviews in a few milliseconds', () => {
    const doc = manyInterviews(200);
    const start = performance.now();
    fingerprint(doc);
    expect(performance.now() - start).toBeLessThan(50);
  });
});

describe('the nudge’s schedule', () => {
  const changed = patchProfile(currentDoc, { cellPhone: '(555) 010-9999' });
  it.each<[string, FollowUpDoc, BackupMark, Date, ReturnType<typeof backupNudge>]>([
    ['changes, last backup 8 days ago', changed, mark, days(8), { days: 8 }],
    ['changes, last backup exactly 7 days ago', changed, mark, days(7), undefined],
    ['changes, last backup 12 days ago', changed, mark, days(12), { days: 12 }],
    ['no change, last backup 40 days ago', currentDoc, mark, days(40), undefined],
    ['never backed up, 2 interviews', manyInterviews(2), NO_BACKUP, days(0), { days: null }],
    ['never backed up, 1 interview', currentDoc, NO_BACKUP, days(0), undefined],
    ['“not now” 3 days ago', changed, markQuiet(mark, days(9)), days(12), undefined],
    ['“not now” 7 days ago', changed, markQuiet(mark, days(9)), days(16), { days: 16 }],
    [
      'never backed up, 2 interviews, “not now” yesterday',
      manyInterviews(2),
      markQuiet(NO_BACKUP, days(-1)),
      days(0),
      undefined,
    ],
  ])('%s', (_name, doc, m, now, expected) => {
    expect(backupNudge(doc, m, now)).toEqual(expected);
  });

  it('ends a “not now” with the next backup', () => {
    expect(markAfterBackup(changed, days(3)).quietUntil).toBe('');
  });
});

describe('the test every tool page runs at load', () => {
  const now = Date.parse('2026-11-30T10:00:00Z');
  it.each<[string, number, string | null, boolean]>([
    ['nothing stored, 2 interviews', 2, null, true],
    ['nothing stored, 1 interview', 1, null, false],
    ['a backup 8 days ago', 0, JSON.stringify({ at: '2026-11-22T09:00:00Z' }), true],
    ['a backup 6 days ago', 5, JSON.stringify({ at: '2026-11-24T10:00:00Z' }), false],
    ['the bare time kept before, 8 days ago', 0, '2026-11-22T09:00:00.000Z', true],
    [
      '“not now” until tomorrow',
      5,
      JSON.stringify({ at: '2026-11-01T09:00:00Z', quietUntil: '2026-12-01T10:00:00Z' }),
      false,
    ],
    ['junk, 2 interviews', 2, '{{{', true],
  ])('%s', (_name, interviews, raw, expected) => {
    expect(mayNudgeStored(interviews, raw, now)).toBe(expected);
  });
});

describe('backupStatus: where the backups stand, in words', () => {
  it('says there is none yet, when the last was made, and whether changes came since', () => {
    expect(backupStatus(currentDoc, NO_BACKUP)).toBe(
      'No backup yet. A backup file is the surest way to keep your interviews.',
    );
    // Unit tests run in America/New_York: 10:00 UTC is 5:00 AM there.
    expect(backupStatus(currentDoc, mark)).toBe('Last backup: Nov 20, 2026, 5:00 AM.');
    const changed = patchProfile(currentDoc, { cellPhone: '555 0100' });
    expect(backupStatus(changed, mark)).toBe(
      'Last backup: Nov 20, 2026, 5:00 AM. You have made changes since: a new backup would keep them.',
    );
  });
});
