import { SCHEMA_VERSION } from '../../src/core/model/model';
import { describe, expect, it } from 'vitest';
import {
  MAX_BACKUP_BYTES,
  backupFileName,
  exportBackup,
  mergeDocs,
  previewRestore,
  previewText,
  readBackup,
  undoRestore,
} from '../../src/core/model/backup';
import { HOSTILE, currentDoc, hostileDoc, manyInterviews, v1Doc, v3Doc } from '../fixtures/stored';

const now = new Date(2026, 10, 25, 12, 0);
const read = (text: string) => readBackup(text, new TextEncoder().encode(text).length);

describe('backup and restore', async () => {
  it('round-trips the whole document exactly', async () => {
    expect(await read(exportBackup(currentDoc, now))).toEqual({ ok: true, doc: currentDoc });
  });

  it('round-trips hostile text unchanged', async () => {
    const result = await read(exportBackup(hostileDoc, now));
    expect(result.ok && result.doc.profile.name).toBe(HOSTILE);
  });

  it('names the file after the day', () => {
    expect(backupFileName(now)).toBe('follow-up-kit-backup-2026-11-25.json');
  });

  it('brings an older version up to date', async () => {
    const result = await read(JSON.stringify(v1Doc));
    expect(result.ok && result.doc.version).toBe(SCHEMA_VERSION);
    // A version 3 backup holds everything today's document has but the people's contact data.
    expect(await read(JSON.stringify(v3Doc))).toEqual({ ok: true, doc: currentDoc });
  });

  it('round-trips the people linked across interviews and what was logged with them', async () => {
    const doc = {
      ...currentDoc,
      interviews: [...currentDoc.interviews, { ...currentDoc.interviews[0]!, id: 'i2', company: 'Lakeside' }],
      contacts: {
        'i1:p1': {
          rhythm: 'every' as const,
          every: 6,
          unit: 'week' as const,
          log: [{ id: 'l1', on: '2026-11-20', kind: 'linkedin' as const, notes: HOSTILE }],
          apart: ['i1:p2'],
          updatedAt: '2026-11-20T15:00:00.000Z',
        },
      },
    };
    expect(await read(exportBackup(doc, now))).toEqual({ ok: true, doc });
  });

  it.each([
    ['not JSON', 'hello there', /not JSON/],
    ['a newer version', JSON.stringify({ ...currentDoc, version: 7 }), /newer version/],
    ['no version', JSON.stringify({ interviews: [] }), /no known version/],
    ['the wrong shape', JSON.stringify({ ...currentDoc, interviews: 'lots' }), /damaged: interviews/],
  ])('refuses %s, saying exactly what is wrong', async (_name, text, message) => {
    const result = await read(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it('refuses a file over 1 MB before reading it', async () => {
    const result = await readBackup('{}', MAX_BACKUP_BYTES + 1);
    expect(!result.ok && result.message).toMatch(/at most 1 MB/);
  });

  it('handles 200 interviews', async () => {
    const many = manyInterviews(200);
    expect(await read(exportBackup(many, now))).toEqual({ ok: true, doc: many });
  });
});

describe('previewRestore and mergeDocs', () => {
  const changed = {
    ...currentDoc.interviews[0]!,
    outcome: 'offer' as const,
    updatedAt: '2026-12-01T00:00:00.000Z',
  };
  const extra = { ...currentDoc.interviews[0]!, id: 'i9', company: 'Other' };
  const incoming = { ...currentDoc, interviews: [changed, extra] };
  const current = {
    ...currentDoc,
    interviews: [...currentDoc.interviews, { ...extra, id: 'i8', company: 'Only here' }],
  };

  it('counts what a restore adds, changes, leaves and would remove', () => {
    expect(previewRestore(current, incoming)).toEqual({ added: 1, updated: 1, unchanged: 0, onlyHere: 1 });
  });

  it('says what a restore would do in a sentence, with singular and plural counts', () => {
    expect(previewText('the transfer link', incoming, previewRestore(current, incoming))).toBe(
      'The transfer link holds 2 interviews: 1 new, 1 changed, 0 the same as here. 1 interview here is not in it.',
    );
    const one = { ...currentDoc, interviews: [extra] };
    expect(previewText('backup.json', one, previewRestore(one, one))).toBe(
      '“backup.json” holds 1 interview: 0 new, 0 changed, 1 the same as here.',
    );
    expect(previewText('old.json', one, previewRestore({ ...current, interviews: [] }, one))).toBe(
      '“old.json” holds 1 interview: 1 new, 0 changed, 0 the same as here.',
    );
    const two = { ...currentDoc, interviews: [] };
    expect(previewText('the data kept aside', two, previewRestore(current, two))).toBe(
      'The data kept aside holds 0 interviews: 0 new, 0 changed, 0 the same as here. 2 interviews here are not in it.',
    );
  });

  it('merges by record: the newer interview wins, nothing stored is removed', () => {
    const merged = mergeDocs(current, incoming);
    expect(merged.interviews.map((i) => [i.id, i.outcome])).toEqual([
      ['i1', 'offer'],
      ['i8', 'waiting'],
      ['i9', 'waiting'],
    ]);
  });

  it('keeps the stored version when it is the newer one', () => {
    const older = { ...changed, updatedAt: '2020-01-01T00:00:00.000Z' };
    expect(mergeDocs(currentDoc, { ...currentDoc, interviews: [older] }).interviews[0]?.outcome).toBe(
      'waiting',
    );
  });

  it('fills empty profile fields from the backup but never overwrites filled ones', () => {
    const mine = { ...currentDoc, profile: { ...currentDoc.profile, homePhone: '', name: 'Me' } };
    const merged = mergeDocs(mine, currentDoc);
    expect(merged.profile).toMatchObject({ name: 'Me', homePhone: currentDoc.profile.homePhone });
  });
});

describe('undoRestore: takes back what the restore did, keeps what changed since', () => {
  const before = {
    ...currentDoc,
    drafts: { 'i1:p1': { ...Object.values(currentDoc.drafts)[0]!, detail: 'mine' } },
    dismissed: ['a-hint'],
  };
  const fromBackup = { ...currentDoc.interviews[0]!, id: 'b1', company: 'Backup Co' };
  const after = {
    ...currentDoc,
    profile: { ...currentDoc.profile, name: 'Backup Name' },
    interviews: [fromBackup],
    drafts: {},
    dismissed: [],
  };

  it('gives back the document as it was when nothing changed since', () => {
    expect(undoRestore(before, after, after)).toEqual(before);
  });

  it('keeps an interview added, one edited and a hint answered since, and drops only what the restore brought', () => {
    const added = { ...currentDoc.interviews[0]!, id: 'n1', company: 'Added Since' };
    const now = { ...after, interviews: [added], dismissed: ['later-hint'] };
    const undone = undoRestore(before, after, now);
    expect(undone.interviews.map((i) => i.company)).toEqual(['Harbor Foods', 'Added Since']);
    expect(undone.dismissed).toEqual(['later-hint']);
    expect(undone.profile).toEqual(before.profile);
    expect(undone.drafts).toEqual(before.drafts);
    const edited = { ...fromBackup, role: 'Edited since' };
    expect(undoRestore(before, after, { ...after, interviews: [edited] }).interviews).toEqual([
      ...before.interviews,
      edited,
    ]);
  });

  it('keeps deleted what was deleted since the restore', () => {
    const now = { ...after, interviews: [] };
    // b1 came with the restore and was deleted since: it stays gone; i1 comes back as before the restore.
    expect(undoRestore(before, after, now).interviews).toEqual(before.interviews);
    const mergedAfter = { ...before, interviews: [...before.interviews, fromBackup] };
    const deletedMine = { ...mergedAfter, interviews: [fromBackup] };
    expect(undoRestore(before, mergedAfter, deletedMine).interviews).toEqual([]);
  });
});
