import { describe, expect, it } from 'vitest';
import { newInterview, newPerson, newReference } from '../../src/core/model/builders';
import { type Draft, draftKey, emptyDoc } from '../../src/core/model/model';
import type { ChecklistItem } from '../../src/core/checklist-schema';
import { recipientsOf } from '../../src/features/notes/compose';
import {
  isStale,
  noteLink,
  readNoteLink,
  repeatLog,
  sendTarget,
  shownDraft,
  spellingUnchecked,
} from '../../src/features/notes/note-state';
import type { Situation } from '../../src/features/notes/situation-schema';

const now = new Date(2026, 10, 26, 9, 0);
const body = 'Dear {greeting},\n\nThank you.';
const situation = (id: string, marks: string, repeats = false): Situation => ({
  id,
  label: `Note ${id}`,
  description: 'When to send it.',
  to: 'person',
  marks,
  subject: 'Hello',
  ...(repeats && { repeats }),
  formal: { short: body, standard: body },
  warm: { short: body, standard: body },
});
const thankYou = situation('thank-you', 'thank-you-sent');
const checkIn = situation('check-in', 'touched-base', true);
const items: ChecklistItem[] = [
  { id: 'thank-you-sent', label: 'Thank', why: 'Why.', scope: 'interviewer', guide: 'g#a' },
  { id: 'touched-base', label: 'Touch', why: 'Why.', scope: 'person', guide: 'g#b' },
];
const interview = {
  ...newInterview('i1', { company: 'Acme', role: 'Designer' }, now),
  people: [newPerson('p1', 'interviewer', { name: 'Ana Ruiz', contactId: 'ana' })],
};
const recipient = recipientsOf(interview)[0];
const sentDraft = (body: string): Draft => ({
  ...shownDraft(emptyDoc(), 'k', thankYou, false, recipient, now),
  body,
  sentVia: 'copied',
});

describe('which draft the note builder shows', () => {
  it('keeps a sent note while it shows as sent; a repeated one sent a while ago starts afresh', () => {
    const sent = sentDraft('the last check-in');
    expect(isStale(sent, thankYou, false)).toBe(false);
    expect(isStale(sent, checkIn, true)).toBe(false);
    expect(isStale(sent, checkIn, false)).toBe(true);
    expect(isStale(undefined, checkIn, false)).toBe(false);
  });

  it('shows the stored draft, or a fresh one when there is none or it is stale', () => {
    const key = draftKey('i1', 'p1', 'check-in');
    const doc = { ...emptyDoc(), interviews: [interview], drafts: { [key]: sentDraft('the last check-in') } };
    expect(shownDraft(doc, key, checkIn, true, recipient, now).body).toBe('the last check-in');
    expect(shownDraft(doc, key, checkIn, false, recipient, now).body).toBe('');
    expect(shownDraft(doc, 'missing', thankYou, false, recipient, now).body).toBe('');
  });
});

describe('what sending marks and logs', () => {
  it('ticks the recipient’s task and the draft, only for a saved person', () => {
    expect(sendTarget(interview, recipient, 'k', thankYou, items)).toEqual({
      interviewId: 'i1',
      key: 'thank-you-sent:p1',
      draftKey: 'k',
    });
    expect(sendTarget(undefined, recipient, 'k', thankYou, items)).toBeUndefined();
    expect(sendTarget(interview, undefined, undefined, thankYou, items)).toBeUndefined();
  });

  it('logs a repeated note with the person, its text kept; a one-off note is not logged', () => {
    expect(repeatLog(checkIn, recipient, 'Hi Ana')).toEqual({
      contactId: 'ana',
      label: 'Note check-in',
      text: 'Hi Ana',
    });
    expect(repeatLog(thankYou, recipient, 'Dear Ana')).toBeUndefined();
    expect(repeatLog(checkIn, undefined, 'Hi')).toBeUndefined();
  });
});

describe('whose spelling the builder asks to confirm', () => {
  it('asks about someone met at a saved interview until the checklist has it checked, never about a reference', () => {
    expect(spellingUnchecked(interview, recipient)).toBe(true);
    const checked = { ...interview, done: { 'name-checked:p1': now.toISOString() } };
    expect(spellingUnchecked(checked, recipientsOf(checked)[0])).toBe(false);
    // Another person's tick is not this one's.
    const other = { ...interview, done: { 'name-checked:p2': now.toISOString() } };
    expect(spellingUnchecked(other, recipientsOf(other)[0])).toBe(true);
    const withReference = {
      ...interview,
      people: [],
      references: [newReference('r1', { name: 'Ben Carter' })],
    };
    expect(spellingUnchecked(withReference, recipientsOf(withReference)[0])).toBe(false);
    expect(spellingUnchecked(undefined, recipient)).toBe(false);
    expect(spellingUnchecked(interview, undefined)).toBe(false);
  });
});

describe('links into the note builder', () => {
  const doc = {
    ...emptyDoc(),
    interviews: [
      {
        ...interview,
        people: [newPerson('o1', 'other', { name: 'Recruiter', contactId: 'r' }), ...interview.people],
      },
    ],
  };
  it('reads whom and what for, and goes back to the same address', () => {
    const link = readNoteLink('#interview=i1&to=p1&situation=thank-you', doc, [thankYou]);
    expect(link).toEqual({ interviewId: 'i1', recipientId: 'p1', situationId: 'thank-you' });
    const shown = doc.interviews[0];
    const to = recipientsOf(shown).find((r) => r.id === 'p1');
    expect(noteLink(shown, to, 'thank-you')).toBe('#interview=i1&to=p1&situation=thank-you');
  });
  it('writes a note about the whole interview to its first interviewer when the link names no one', () => {
    expect(readNoteLink('#interview=i1&situation=thank-you', doc, [thankYou]).recipientId).toBe('p1');
    // An unknown interview or situation names no one.
    expect(readNoteLink('#interview=nope&situation=thank-you', doc, [thankYou]).recipientId).toBe('');
    expect(readNoteLink('#interview=i1&situation=nope', doc, [thankYou]).recipientId).toBe('');
  });
  it('keeps ids with characters a URL escapes, and says only the situation without a person', () => {
    const odd = { ...doc.interviews[0]!, id: 'a&b=c d' };
    expect(readNoteLink(noteLink(odd, undefined, 'check-in'), doc, [thankYou])).toEqual({
      interviewId: 'a&b=c d',
      recipientId: '',
      situationId: 'check-in',
    });
    expect(noteLink(undefined, undefined, 'check-in')).toBe('#situation=check-in');
    expect(readNoteLink('', doc, [thankYou])).toEqual({ interviewId: '', recipientId: '', situationId: '' });
  });
});
