import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergeDocs } from '../../src/core/model/backup';
import * as ops from '../../src/core/model/doc-ops';
import * as builders from '../../src/core/model/builders';
import { newDraft } from '../../src/features/notes/draft-ops';
import {
  elsewhereFor,
  keepApart,
  linkPeople,
  linkSuggestions,
  suggestionsFor,
} from '../../src/core/link-people';
import { type FollowUpDoc, STORAGE_KEY, emptyDoc } from '../../src/core/model/model';
import { peopleOf } from '../../src/core/people';
import { historyOf, nextTouch } from '../../src/core/touches';
import { currentDoc } from '../fixtures/stored';
import { fakeStorage, fakeWindow } from '../support/fake-storage';
import { localDay } from '../../src/core/local-dates';

const now = new Date(2026, 10, 26, 12, 0);

describe('keeping in touch across interviews', () => {
  it('a task ticked by hand counts as a contact even when another note to the person was sent from the builder', () => {
    // Thank-you sent from the builder on 23 Nov (currentDoc); on 10 Feb the user ticks "touched base" by hand.
    const doc: FollowUpDoc = {
      ...ops.setDone(currentDoc, 'i1', 'touched-base:p1', true, new Date(2027, 1, 10, 12, 0)),
      contacts: { 'i1:p1': { ...builders.newKeepInTouch(now), rhythm: 'every', every: 3, unit: 'month' } },
    };
    const katherine = peopleOf(doc.interviews).find((g) => g.contactId === 'i1:p1')!;
    const at = new Date(2027, 1, 20, 12, 0);
    expect(historyOf(katherine, doc, at).map((e) => e.kind)).toContain('ticked');
    expect(nextTouch(katherine, doc, at)?.due).toEqual(new Date(2027, 4, 10, 9, 0));
  });

  it('merging a backup keeps its logged contacts and rhythms', () => {
    const log = [{ id: 'l1', on: '2026-11-20', kind: 'called' as const, notes: 'Coffee' }];
    const backup = { ...currentDoc, contacts: { 'i1:p1': { ...builders.newKeepInTouch(now), log } } };
    expect(mergeDocs(emptyDoc(), backup).contacts['i1:p1']?.log).toEqual(log);
  });

  it('two people said to be different stay apart after one of them is linked to a third', () => {
    const p = (id: string, email = '') =>
      builders.newPerson(id, 'interviewer', { name: 'Dana Nguyen', email });
    const i = (id: string, person: ReturnType<typeof p>, at: string) => ({
      ...builders.newInterview(id, { at }, now),
      people: [person],
    });
    let doc: FollowUpDoc = {
      ...emptyDoc(),
      interviews: [
        i('i1', p('a'), '2026-01-10T10:00'),
        i('i2', p('b', 'b@x.example'), '2026-02-10T10:00'),
        i('i3', p('c', 'b@x.example'), '2026-03-10T10:00'),
      ],
    };
    // The People page's "Not the same person" on the pair a–c remembers it on a (core/store/people.ts notTheSame).
    doc = keepApart(doc, 'a', 'c', now);
    const g = (id: string) => peopleOf(doc.interviews).find((x) => x.contactId === id)!;
    // c is b (same email): linked keeping b.
    doc = linkPeople(doc, g('b'), g('c'), {}, now);
    const pairs = linkSuggestions(peopleOf(doc.interviews), doc.contacts).map((s) => [
      s.a.contactId,
      s.b.contactId,
    ]);
    expect(pairs).toEqual([]);
  });
});

describe('elsewhereFor: who on an interview may be someone met before', () => {
  const met = (id: string, company: string, person: ReturnType<typeof builders.newPerson>) => ({
    ...builders.newInterview(id, { company, role: 'Designer', at: '2026-10-01T10:00' }, now),
    people: [person],
  });
  const dana = (id: string, email = 'dana@x.example') =>
    builders.newPerson(id, 'interviewer', { name: 'Dana Nguyen', email, contactId: `c-${id}` });

  it('names the other interview for a record that looks like the same person, and nothing for the rest', () => {
    const here = met('i2', 'Acme', dana('b'));
    const there = met('i1', 'Brightwater Labs', dana('a'));
    const stranger = met(
      'i3',
      'Initech',
      builders.newPerson('z', 'interviewer', { name: 'Zed Ory', contactId: 'c-z' }),
    );
    const doc = { ...emptyDoc(), interviews: [here, there, stranger] };
    expect([...elsewhereFor(here, doc)]).toEqual([['c-b', 'Designer at Brightwater Labs']]);
    expect([...elsewhereFor(stranger, doc)]).toEqual([]);
  });

  it('says nothing once the two are linked, or said to be different people', () => {
    const here = met('i2', 'Acme', dana('b'));
    const there = met('i1', 'Brightwater Labs', dana('a'));
    const apart = keepApart({ ...emptyDoc(), interviews: [here, there] }, 'c-b', 'c-a', now);
    expect(elsewhereFor(here, apart).size).toBe(0);
  });
});

const before = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
afterEach(() => {
  vi.unstubAllGlobals();
  if (before) Object.defineProperty(globalThis, 'localStorage', before);
  else delete (globalThis as { localStorage?: Storage }).localStorage;
});

it('a check-in is logged with its text, and taking it back after a reload removes only that entry', async () => {
  vi.resetModules();
  const log = [{ id: 'l0', on: '2026-09-01', kind: 'note' as const, notes: 'Check-in', text: 'Earlier' }];
  const doc = { ...currentDoc, contacts: { 'i1:p1': { ...builders.newKeepInTouch(now), log } } };
  const storage = fakeStorage({ [STORAGE_KEY]: JSON.stringify(doc) });
  const win = fakeWindow(storage, false);
  vi.stubGlobal('window', win);
  Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: () => win.localStorage });
  const first = await import('../../src/core/store/followup');
  const sending = await import('../../src/features/notes/sending');
  first.$doc.listen(() => undefined);
  const target = { interviewId: 'i1', key: 'touched-base:p1', draftKey: 'i1:p1:check-in' };
  const note = { contactId: 'i1:p1', label: 'Check in a few months on', text: 'Hi Katherine' };
  let writes = 0;
  const stop = first.$doc.listen(() => writes++);
  sending.sendNote(target, 'copied', newDraft(now), note);
  stop();
  // Marking it sent and logging it with the person is one change to the stored data.
  expect(writes).toBe(1);
  const sentAt = first.$doc.get().interviews[0]!.done['touched-base:p1']!;
  expect(first.$doc.get().contacts['i1:p1']?.log.map((e) => e.text)).toEqual(['Earlier', 'Hi Katherine']);
  // A new page load: nothing of the first is remembered but the stored document.
  vi.resetModules();
  const second = await import('../../src/core/store/followup');
  const sending2 = await import('../../src/features/notes/sending');
  second.$doc.listen(() => undefined);
  sending2.unsendNote(target, sentAt, note);
  expect(second.$doc.get().contacts['i1:p1']?.log).toEqual(log);
  expect(second.$doc.get().interviews[0]!.done['touched-base:p1']).toBeUndefined();
});

it('undoing a sent check-in takes out the entry that send logged, even after the note was edited', async () => {
  vi.resetModules();
  // An entry logged that day by an older version, with the same text: it stays.
  const log = [
    {
      id: 'a1b2c3d4',
      on: localDay(new Date()),
      kind: 'note' as const,
      notes: 'Check-in',
      text: 'Hi Katherine',
    },
  ];
  const doc = { ...currentDoc, contacts: { 'i1:p1': { ...builders.newKeepInTouch(now), log } } };
  const win = fakeWindow(fakeStorage({ [STORAGE_KEY]: JSON.stringify(doc) }), false);
  vi.stubGlobal('window', win);
  Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: () => win.localStorage });
  const tab = await import('../../src/core/store/followup');
  const sending = await import('../../src/features/notes/sending');
  tab.$doc.listen(() => undefined);
  const target = { interviewId: 'i1', key: 'touched-base:p1', draftKey: 'i1:p1:check-in' };
  const note = { contactId: 'i1:p1', label: 'Check in a few months on', text: 'Hi Katherine' };
  sending.sendNote(target, 'copied', newDraft(now), note);
  const sentAt = tab.$doc.get().interviews[0]!.done['touched-base:p1']!;
  expect(tab.$doc.get().contacts['i1:p1']?.log).toHaveLength(2);
  // The note was edited after it was sent: the builder now shows other words.
  sending.unsendNote(target, sentAt, { ...note, text: 'Hi Katherine, one more thing' });
  expect(tab.$doc.get().contacts['i1:p1']?.log).toEqual(log);
});

/** Katherine Okafor met twice (one person, two records: i1 and, earlier, Acme), with a call logged. */
const called = [{ id: 'l1', on: '2026-11-20', kind: 'called' as const, notes: 'Coffee' }];
const metTwice: FollowUpDoc = {
  ...currentDoc,
  interviews: [
    ...currentDoc.interviews,
    {
      ...builders.newInterview('i2', { company: 'Acme', at: '2026-10-01' }, now),
      people: [builders.newPerson('q1', 'interviewer', { name: 'Katherine Okafor', contactId: 'i1:p1' })],
    },
  ],
  contacts: { 'i1:p1': { ...builders.newKeepInTouch(now), log: called } },
};

/** A fresh page load on `metTwice`: its stores, the checklist's records and the People page's actions. */
async function tabWithKatherine() {
  vi.resetModules();
  const storage = fakeStorage({ [STORAGE_KEY]: JSON.stringify(metTwice) });
  const win = fakeWindow(storage, false);
  vi.stubGlobal('window', win);
  Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: () => win.localStorage });
  const followup = await import('../../src/core/store/followup');
  const records = await import('../../src/features/checklist/records');
  const people = await import('../../src/core/store/people');
  followup.$doc.listen(() => undefined);
  const katherine = () => peopleOf(followup.$doc.get().interviews).find((g) => g.contactId === 'i1:p1')!;
  return { storage, tab: followup, records, people, katherine };
}

it('removing the last record of a person forgets their contact data, and the undo brings it back', async () => {
  const { storage, tab, records } = await tabWithKatherine();
  const log = called;
  // Still met at Acme: removing her from the first interview keeps what was logged.
  records.removePerson('i1', 'p1');
  expect(tab.$doc.get().contacts['i1:p1']?.log).toEqual(log);
  // Gone from every interview: nothing about her stays behind.
  records.deleteInterview('i2');
  expect(tab.$doc.get().contacts).toEqual({});
  expect(JSON.parse(storage.getItem(STORAGE_KEY)!).contacts).toEqual({});
  tab.$undo.get()!.undo();
  expect(tab.$doc.get().contacts['i1:p1']?.log).toEqual(log);
});

describe('unlinking one record of a person (the People page’s Unlink)', () => {
  it('an older record becomes a person of its own, kept apart; the page stays on the person, with the log', async () => {
    const { storage, tab, people, katherine } = await tabWithKatherine();
    const group = katherine();
    expect(group.met.map((m) => m.interview.id)).toEqual(['i1', 'i2']);
    expect(people.unlink(group, group.met[1]!)).toBe('i1:p1');
    const doc = tab.$doc.get();
    const newId = doc.interviews.find((i) => i.id === 'i2')!.people[0]!.contactId;
    expect(newId).not.toBe('i1:p1');
    expect(katherine().met.map((m) => m.interview.id)).toEqual(['i1']);
    expect(doc.contacts['i1:p1']).toMatchObject({ log: called, apart: [newId] });
    expect(doc.contacts[newId]).toMatchObject({ log: [], apart: ['i1:p1'] });
    // Not suggested as the same person again.
    expect(suggestionsFor(linkSuggestions(peopleOf(doc.interviews), doc.contacts), newId)).toEqual([]);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).interviews[1].people[0].contactId).toBe(newId);
  });

  it('taking out the latest record, the one the page is named after, moves the page to it', async () => {
    const { tab, people, katherine } = await tabWithKatherine();
    const group = katherine();
    const next = people.unlink(group, group.met[0]!);
    expect(next).not.toBe('i1:p1');
    expect(tab.$doc.get().interviews.find((i) => i.id === 'i1')!.people[0]!.contactId).toBe(next);
    expect(katherine().met.map((m) => m.interview.id)).toEqual(['i2']);
  });
});
