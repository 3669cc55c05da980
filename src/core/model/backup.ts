import { localDay } from '../local-dates';
import { counted, sizeText } from '../words';
import { type FollowUpDoc, type Interview, mergeLogs } from './model';

/** The largest backup file accepted, in bytes. */
export const MAX_BACKUP_BYTES = 1024 * 1024;

/** The file name of a backup made on `now`'s date, e.g. `follow-up-kit-backup-2026-11-25.json`. */
export function backupFileName(now: Date): string {
  return `follow-up-kit-backup-${localDay(now)}.json`;
}

/** The backup file's text: the stored document, with the schema version it carries, and when it was made. */
export function exportBackup(doc: FollowUpDoc, now: Date): string {
  return `${JSON.stringify({ ...doc, exportedAt: now.toISOString() }, null, 2)}\n`;
}

/** What reading a backup file gave: the document (brought up to date), or exactly what is wrong with it. */
export type BackupResult = { ok: true; doc: FollowUpDoc } | { ok: false; message: string };

/**
 * Reads a backup file's text; `bytes` is the file's size. The validator and the migrations load for it (they
 * are not part of any page's first load). Never rejects.
 */
export async function readBackup(text: string, bytes: number): Promise<BackupResult> {
  if (bytes > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      message: `The file is ${sizeText(bytes)}; a backup is at most 1 MB.`,
    };
  }
  const validator = await import('./migrate').catch(() => undefined);
  if (!validator)
    return {
      ok: false,
      message:
        'The part of the site that reads it did not load (offline, or the site was updated). Try again.',
    };
  const result = validator.decodeStored(text);
  if (result.ok) return { ok: true, doc: result.doc };
  switch (result.reason) {
    case 'not-json':
      return {
        ok: false,
        message: `This file is not a Follow-Up Kit backup: it is not JSON (${result.detail}).`,
      };
    case 'newer-version':
      return {
        ok: false,
        message: `This backup was made by a newer version of the site (${result.detail}). Reload the page to update, then try again.`,
      };
    case 'unknown-version':
      return {
        ok: false,
        message: `This file is not a Follow-Up Kit backup: it has no known version (${result.detail}).`,
      };
    case 'wrong-shape':
      return { ok: false, message: `This backup is damaged: ${result.detail}.` };
  }
}

/** How a restore would change what is stored. */
export interface RestorePreview {
  added: number;
  updated: number;
  unchanged: number;
  /** Interviews stored now that the backup does not have (removed by "replace", kept by "merge"). */
  onlyHere: number;
}

/** Compares the stored document with a backup, interview by interview. */
export function previewRestore(current: FollowUpDoc, incoming: FollowUpDoc): RestorePreview {
  const here = new Map(current.interviews.map((i) => [i.id, i]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const i of incoming.interviews) {
    const mine = here.get(i.id);
    if (!mine) added++;
    else if (JSON.stringify(mine) === JSON.stringify(i)) unchanged++;
    else updated++;
  }
  const theirs = new Set(incoming.interviews.map((i) => i.id));
  return { added, updated, unchanged, onlyHere: current.interviews.filter((i) => !theirs.has(i.id)).length };
}

/**
 * What a restore would do, in a sentence: "The transfer link holds 1 interview: 1 new, 0 changed, 0 the same as
 * here." `source` is a file name (quoted) or a phrase starting "the " (capitalized).
 */
export function previewText(source: string, incoming: FollowUpDoc, preview: RestorePreview): string {
  const name = source.startsWith('the ') ? `T${source.slice(1)}` : `“${source}”`;
  const here =
    preview.onlyHere > 0
      ? ` ${counted(preview.onlyHere, 'interview')} here ${preview.onlyHere === 1 ? 'is' : 'are'} not in it.`
      : '';
  return (
    `${name} holds ${counted(incoming.interviews.length, 'interview')}: ${preview.added} new, ` +
    `${preview.updated} changed, ${preview.unchanged} the same as here.${here}`
  );
}

const newer = (a: Interview, b: Interview) => (a.updatedAt >= b.updatedAt ? a : b);

/**
 * Merges a backup into the stored document by record: interviews and drafts by id, the more recently
 * changed one winning; nothing stored is removed; empty profile fields are filled from the backup.
 */
export function mergeDocs(current: FollowUpDoc, incoming: FollowUpDoc): FollowUpDoc {
  const byId = new Map(current.interviews.map((i) => [i.id, i]));
  for (const i of incoming.interviews) {
    const mine = byId.get(i.id);
    byId.set(i.id, mine ? newer(mine, i) : i);
  }
  const drafts = { ...current.drafts };
  for (const [key, draft] of Object.entries(incoming.drafts)) {
    const mine = drafts[key];
    if (!mine || draft.updatedAt > mine.updatedAt) drafts[key] = draft;
  }
  const profile = { ...current.profile };
  for (const k of Object.keys(profile) as (keyof typeof profile)[])
    if (!profile[k].trim()) profile[k] = incoming.profile[k];
  // A person's contact data: the newer of the two, with the contacts logged in either, each once.
  const contacts = { ...current.contacts };
  for (const [id, theirs] of Object.entries(incoming.contacts)) {
    const mine = contacts[id];
    if (!mine) contacts[id] = theirs;
    else {
      const base = theirs.updatedAt > mine.updatedAt ? theirs : mine;
      const log = mergeLogs(mine.log, theirs.log);
      contacts[id] = { ...base, log, apart: [...new Set([...mine.apart, ...theirs.apart])] };
    }
  }
  return { ...current, profile, interviews: [...byId.values()], drafts, contacts };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Per id: `before`'s record where `now` still has the restore's (`after`), else `now`'s; undefined is none. */
function undoRecords<T>(
  before: Readonly<Record<string, T>>,
  after: Readonly<Record<string, T>>,
  now: Readonly<Record<string, T>>,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const id of new Set([...Object.keys(before), ...Object.keys(now), ...Object.keys(after)])) {
    const kept = same(after[id], now[id]) ? before[id] : now[id];
    if (kept !== undefined) out[id] = kept;
  }
  return out;
}

const byId = (interviews: readonly Interview[]) => Object.fromEntries(interviews.map((i) => [i.id, i]));

/**
 * Takes a restore back: the document as it was `before`, except what changed since the restore (from `after`,
 * what the restore left, to `now`), in another tab or this one, which stays as it is now. Interviews, drafts
 * and keep-in-touch records go by id; the profile, the answered hints and the card's id each as a whole.
 */
export function undoRestore(before: FollowUpDoc, after: FollowUpDoc, now: FollowUpDoc): FollowUpDoc {
  const kept = undoRecords(byId(before.interviews), byId(after.interviews), byId(now.interviews));
  const order = [...before.interviews, ...now.interviews].map((i) => i.id);
  const part = <K extends 'profile' | 'dismissed' | 'cardUid'>(key: K) =>
    same(after[key], now[key]) ? before[key] : now[key];
  return {
    ...now,
    profile: part('profile'),
    dismissed: part('dismissed'),
    cardUid: part('cardUid'),
    interviews: [...new Set(order)].flatMap((id) => kept[id] ?? []),
    drafts: undoRecords(before.drafts, after.drafts, now.drafts),
    contacts: undoRecords(before.contacts, after.contacts, now.contacts),
  };
}
