import { newInterview, newPerson, newReference } from '../../src/core/model/builders';
import { describe, expect, it } from 'vitest';
import {
  type NoteInput,
  likelySituation,
  noteFor,
  recipientsOf,
  startDraft,
  writtenTo,
} from '../../src/features/notes/compose';
import {
  type Draft,
  type FollowUpDoc,
  type Interview,
  type Person,
  emptyDoc,
} from '../../src/core/model/model';
import { newDraft } from '../../src/features/notes/draft-ops';
import { nextRecipient } from '../../src/features/notes/sending';
import { type GreetingCheck, checkGreeting } from '../../src/features/notes/name-check';
import { checksFor } from '../../src/features/notes/note-review';
import type { ChecklistItem } from '../../src/core/checklist-schema';
import type { Situation } from '../../src/features/notes/situation-schema';

// Unit tests run in America/New_York (vitest.config.ts); times below are local wall-clock time.
const now = new Date(2026, 10, 26, 9, 0);

const item = (id: string, scope: ChecklistItem['scope']): ChecklistItem => ({
  id,
  label: `Do ${id}`,
  why: 'Because it matters.',
  scope,
  guide: `guide#${id}`,
});

/** The items of content/checklist.yaml that the situations tick. */
const items: ChecklistItem[] = [
  item('thank-you-sent', 'interviewer'),
  item('name-checked', 'person'),
  item('touched-base', 'person'),
  item('reference-alerted', 'reference'),
  item('reference-thanked', 'reference'),
  item('follow-up-sent', 'interview'),
  item('thank-after-no', 'interview'),
];

const body = 'Dear {greeting},\n\nThank you for talking about {detail} at {company}. I bring {strengths}.';
const situation = (id: string, to: Situation['to'], marks: string): Situation => ({
  id,
  label: `Note ${id}`,
  description: 'When to send it.',
  to,
  marks,
  subject: 'Thank you – {role} interview',
  ...(id === 'thank-you' && { personal: ['detail', 'evidence'] as const }),
  formal: { short: body, standard: body },
  warm: {
    short: `Hi {greeting},\n\nThanks for {detail}.`,
    standard: `Hi {greeting},\n\nThanks for {detail}.`,
  },
});

/** The six situations of content/situations.yaml, in its order, with simple templates. */
const situations: Situation[] = [
  situation('thank-you', 'interviewer', 'thank-you-sent'),
  situation('after-no', 'interviewer', 'thank-after-no'),
  situation('follow-up', 'interviewer', 'follow-up-sent'),
  situation('touch-base', 'person', 'touched-base'),
  situation('alert-reference', 'reference', 'reference-alerted'),
  situation('thank-reference', 'reference', 'reference-thanked'),
];
const byId = (id: string) => situations.find((s) => s.id === id)!;

const person = (id: string, name: string, role: Person['role'] = 'interviewer', honorific = '') =>
  newPerson(id, role, { name, honorific });

const interview = (over: Partial<Interview> = {}): Interview => ({
  ...newInterview(
    'i1',
    { company: 'Harbor Foods', role: 'Buyer', at: '2026-11-25T14:00' },
    new Date('2026-11-25T10:00:00.000Z'),
  ),
  people: [
    person('p1', 'Dana Nguyen', 'interviewer', 'Ms.'),
    person('p2', 'Jon Okafor'),
    person('p3', 'Lee Park', 'other'),
    person('p4', 'Ada Obi'),
  ],
  references: [newReference('r1', { name: 'Maria Lopez', qualities: 'Reliability' })],
  ...over,
});

const draft = (over: Partial<Draft> = {}): Draft => ({
  ...newDraft(new Date('2026-11-25T20:00:00.000Z')),
  greeting: 'Dana',
  detail: 'the new warehouse',
  strengths: ['planning', 'calm'],
  ...over,
});

const profile: FollowUpDoc['profile'] = {
  name: 'Sam Reyes',
  homePhone: '',
  cellPhone: '(555) 010-3000',
  email: 'sam@mail.example',
  postalAddress: '',
};

const input = (over: Partial<NoteInput> = {}): NoteInput => {
  const i = interview();
  return {
    situation: byId('thank-you'),
    draft: draft(),
    interview: i,
    recipient: recipientsOf(i)[0],
    company: '',
    role: '',
    profile,
    now: new Date(2026, 10, 26, 9, 0),
    ...over,
  };
};

describe('writtenTo', () => {
  it('writes a situation to those it is for: interviewers, anyone met, or references', () => {
    const kinds = recipientsOf(interview()).map((r) => r.kind);
    const to = (id: string) =>
      recipientsOf(interview())
        .filter((r) => writtenTo(byId(id), r))
        .map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['interviewer', 'other', 'reference']));
    expect(to('thank-you')).toEqual(kinds.filter((k) => k === 'interviewer'));
    expect(to('touch-base')).toEqual(kinds.filter((k) => k !== 'reference'));
    expect(to('alert-reference')).toEqual(kinds.filter((k) => k === 'reference'));
  });
});

describe('likelySituation', () => {
  const rec = (i: Interview, id: string) => recipientsOf(i).find((r) => r.id === id);
  it.each([
    ['the thank-you for an interviewer not yet thanked', interview(), 'p1', 'thank-you'],
    [
      'the follow-up once the interviewer is thanked and the decision awaited',
      interview({ done: { 'thank-you-sent:p1': '2026-11-25T20:00:00.000Z' } }),
      'p1',
      'follow-up',
    ],
    [
      'touching base once thanked and followed up',
      interview({ done: { 'thank-you-sent:p1': 'x', 'follow-up-sent': 'y' } }),
      'p1',
      'touch-base',
    ],
    ['the thank-you after a "no"', interview({ outcome: 'not-selected' }), 'p1', 'after-no'],
    ['touching base with a contact who did not interview', interview(), 'p3', 'touch-base'],
    ['the brief for a reference not yet alerted', interview(), 'r1', 'alert-reference'],
    [
      'the thanks for a reference already alerted',
      interview({ done: { 'reference-alerted:r1': 'x' } }),
      'r1',
      'thank-reference',
    ],
    [
      'the first preference again when everything is sent',
      interview({ done: { 'reference-alerted:r1': 'x', 'reference-thanked:r1': 'y' } }),
      'r1',
      'alert-reference',
    ],
  ])('chooses %s', (_name, i, recipientId, expected) => {
    expect(likelySituation(situations, i, rec(i, recipientId), items)?.id).toBe(expected);
  });

  it('chooses the thank-you first when no one is chosen', () => {
    expect(likelySituation(situations, undefined, undefined, items)?.id).toBe('thank-you');
  });
});

describe('startDraft', () => {
  const recipient = recipientsOf(interview())[0];

  it('addresses the recipient the usual way and starts with the defaults', () => {
    expect(startDraft(emptyDoc(), recipient, now)).toEqual({ ...newDraft(now), greeting: 'Ms. Nguyen' });
  });

  it('carries over strengths, tone, length and sign-off of the last note written, not its text', () => {
    const doc: FollowUpDoc = {
      ...emptyDoc(),
      drafts: {
        old: draft({ strengths: ['old'], tone: 'formal', updatedAt: '2026-11-20T10:00:00.000Z' }),
        last: draft({
          strengths: ['planning', 'calm'],
          tone: 'warm',
          length: 'short',
          signoff: 'Warmly',
          detail: 'the loading dock',
          body: 'My own text',
          askFeedback: true,
          sentVia: 'copied',
          updatedAt: '2026-11-25T10:00:00.000Z',
        }),
      },
    };
    expect(startDraft(doc, recipient, now)).toMatchObject({
      greeting: 'Ms. Nguyen',
      strengths: ['planning', 'calm'],
      tone: 'warm',
      length: 'short',
      signoff: 'Warmly',
      detail: '',
      body: '',
      askFeedback: false,
      sentVia: '',
    });
  });

  it('leaves the greeting empty without a recipient', () => {
    expect(startDraft(emptyDoc(), undefined, now).greeting).toBe('');
  });
});

describe('noteFor', () => {
  it('fills the template and counts the words of the message without the sign-off and contact block', () => {
    const note = noteFor(input());
    expect(note.edited).toBe(false);
    expect(note.body).toBe(
      'Dear Dana,\n\nThank you for talking about the new warehouse at Harbor Foods. I bring planning and calm.' +
        '\n\nBest regards,\nSam Reyes\nCell: (555) 010-3000\nsam@mail.example',
    );
    expect(note.words).toBe(18);
    expect(note.missing).toEqual([]);
  });

  it('counts the same words once the text is edited but still the same', () => {
    const template = noteFor(input());
    expect(noteFor(input({ draft: draft({ body: template.body }) }))).toMatchObject({
      words: template.words,
      edited: true,
    });
  });

  it('returns the edited text as typed, with the template subject', () => {
    const edited = 'Dear Dana,\n\nThanks for the tour.\n\nBest regards,\nSam Reyes\nCell: (555) 010-3000';
    const note = noteFor(input({ draft: draft({ body: edited }) }));
    expect(note).toMatchObject({ body: edited, edited: true, subject: 'Thank you – buyer interview' });
  });

  it.each([
    [
      'counts only the message before the sign-off',
      'Dear Dana,\n\nThanks for the tour.\n\nBest regards,\nSam Reyes\nCell: 555',
      6,
    ],
    [
      'counts everything when the sign-off was edited away',
      'Dear Dana,\n\nThanks for the tour.\n\nCheers,\nSam',
      8,
    ],
    ['counts from the last sign-off', 'Best regards, Dana,\n\nHi.\n\nBest regards,\nSam Reyes', 4],
    ['ignores a trailing comma typed in the sign-off', 'Dear Dana,\n\nHi there.\n\nBest regards,\nSam', 4],
  ])('%s', (_name, edited, words) => {
    const signoff = _name.includes('trailing comma') ? 'Best regards,' : 'Best regards';
    expect(noteFor(input({ draft: draft({ body: edited, signoff }) })).words).toBe(words);
  });

  it('reports known [markers] left in edited text as still to fill in, each once, and ignores others', () => {
    const edited =
      'Dear [greeting],\n\nAbout [detail] and [detail], see [foo] and [constructor].\n\nBest regards,\n[myName]';
    expect(noteFor(input({ draft: draft({ body: edited }) })).missing).toEqual([
      'greeting',
      'detail',
      'myName',
    ]);
  });

  it('treats text of spaces only as not edited', () => {
    expect(noteFor(input({ draft: draft({ body: '  \n ' }) })).edited).toBe(false);
  });

  it.each([
    ['in-person', 'formal', 'Thank you for meeting with me.'],
    ['video', 'formal', 'Thank you for speaking with me by video.'],
    ['phone', 'formal', 'Thank you for speaking with me by phone.'],
    ['in-person', 'warm', 'Thank you for talking with me.'],
    ['video', 'warm', 'Thank you for talking with me by video.'],
  ] as const)('says how a %s interview was held in a %s note', (format, tone, said) => {
    const met = { ...byId('thank-you'), formal: { short: 'Thank you for {met}.', standard: '' } };
    const warm = { ...met, warm: { short: 'Thank you for {met}.', standard: '' } };
    const note = noteFor(
      input({ situation: warm, interview: interview({ format }), draft: draft({ tone, length: 'short' }) }),
    );
    expect(note.body.split('\n')[0]).toBe(said);
  });

  it('reports the missing name of the user instead of signing silently', () => {
    const note = noteFor(input({ profile: { ...profile, name: '' } }));
    expect(note.missing).toContain('myName');
    expect(note.body).toContain('Best regards,\n[myName]');
  });
});

describe('checksFor', () => {
  const checks = (over: Partial<NoteInput> = {}, doc: FollowUpDoc = emptyDoc(), greeting?: GreetingCheck) => {
    const i = input(over);
    return checksFor(i, noteFor(i), doc, items, now, greeting).map((c) => c.text);
  };

  it('passes on what the check of a typed greeting found, first', () => {
    const greeting = checkGreeting('Ms. Nguyan', 'Dana Nguyen');
    expect(checks({ draft: draft({ greeting: 'Ms. Nguyan' }) }, emptyDoc(), greeting)[0]).toBe(
      'Check the spelling: “Nguyan” but the record says “Nguyen”.',
    );
    expect(checks({}, emptyDoc(), checkGreeting('Dana', 'Dana Nguyen'))).not.toContainEqual(
      expect.stringContaining('record says'),
    );
  });

  it('does not nag about missing contact channels: that is asked under the contact block', () => {
    const texts = checks({ profile: { ...profile, homePhone: '', postalAddress: '', cellPhone: '' } });
    expect(texts.join(' ')).not.toMatch(/home phone|postal address|cell phone|contact/i);
  });

  it.each([
    ['a reserved example domain', 'sam@mail.example', false],
    ['example.com', 'sam@example.com', false],
    ['a personal provider', 'sam@gmail.com', false],
    ['a company domain', 'sam@acme-corp.com', true],
  ])('asks about a work address only for %s → %s', (_name, email, asked) => {
    const texts = checks({ profile: { ...profile, email } });
    expect(texts.some((t) => t.includes('personal address'))).toBe(asked);
  });

  it('warns when the note is almost the same as the one for another interviewer', () => {
    const i = interview();
    const doc: FollowUpDoc = { ...emptyDoc(), interviews: [i], drafts: { 'i1:p2:thank-you': draft() } };
    expect(checks({}, doc)).toContain(
      'This note is almost the same as the one for Jon Okafor. Interviewers compare notes: make each one personal.',
    );
  });

  it('suggests what makes a thank-you personal while it is empty, and nothing once it is there', () => {
    expect(checks({ draft: draft({ detail: '' }) }).at(-1)).toBe(
      'To make it yours, add what they said matters to them or the team, and something you have done that shows you can help.',
    );
    expect(checks({ draft: draft({ facts: { evidence: 'ran the night shift' } }) }).join(' ')).not.toMatch(
      /make it yours/,
    );
  });

  it('lists the parts of the interview still to fill in', () => {
    const i = input();
    expect(
      checks({ interview: { ...i.interview!, role: '' }, draft: draft({ facts: { evidence: 'x' } }) }).at(-1),
    ).toBe('Still to fill in: the role you interviewed for.');
  });
});

describe('nextRecipient', () => {
  const thankYou = byId('thank-you');
  const sent = (...ids: string[]) => Object.fromEntries(ids.map((id) => [`thank-you-sent:${id}`, 'x']));

  it.each([
    ['the next interviewer in order', {}, 'p1', 'p2'],
    ['skips those already thanked', sent('p2'), 'p1', 'p4'],
    ['wraps around to the start', sent('p1'), 'p4', 'p2'],
    ['skips contacts who did not interview and references', {}, 'p2', 'p4'],
    ['starts from the first when the current one is unknown', {}, 'zz', 'p1'],
  ])('finds %s', (_name, done, current, expected) => {
    expect(nextRecipient(interview({ done }), thankYou, current, items)?.id).toBe(expected);
  });

  it('finds no one when everyone else has theirs', () => {
    expect(nextRecipient(interview({ done: sent('p2', 'p4') }), thankYou, 'p1', items)).toBeUndefined();
  });

  it('finds no one without an interview', () => {
    expect(nextRecipient(undefined, thankYou, 'p1', items)).toBeUndefined();
  });

  it('leads from one reference to the next for a reference note', () => {
    const i = interview({
      references: [newReference('r1', { name: 'Maria Lopez' }), newReference('r2', { name: 'Ken Ito' })],
    });
    expect(nextRecipient(i, byId('alert-reference'), 'r1', items)?.id).toBe('r2');
  });

  it('finds no one for a note about the whole interview once it is sent', () => {
    const i = interview({ done: { 'follow-up-sent': 'x' } });
    expect(nextRecipient(i, byId('follow-up'), 'p1', items)).toBeUndefined();
  });
});
