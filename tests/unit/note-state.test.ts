import { describe, expect, it } from 'vitest';
import { newInterview, newPerson } from '../../src/core/model/builders';
import { type Draft, draftKey, emptyDoc } from '../../src/core/model/model';
import type { ChecklistItem } from '../../src/core/checklist-schema';
import { recipientsOf } from '../../src/features/notes/compose';
import { isStale, repeatLog, sendTarget, shownDraft } from '../../src/features/notes/note-state';
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
