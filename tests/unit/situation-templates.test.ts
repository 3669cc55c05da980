import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type NoteInput, noteFor, recipientsOf } from '../../src/lib/compose';
import { newInterview, newPerson, newReference } from '../../src/lib/builders';
import type { Draft, Interview } from '../../src/lib/model';
import { DEFAULT_WORDS, placeholdersIn, wordCount } from '../../src/lib/note-template';
import { checklistItemSchema } from '../../src/schemas/checklist';
import { type Situation, situationSchema } from '../../src/schemas/situation';

const content = (file: string): unknown =>
  parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', file), 'utf8'));
/** content/situations.yaml and content/checklist.yaml, validated by the same schemas as the build. */
const situations = situationSchema.array().parse(content('situations.yaml'));
const items = checklistItemSchema.array().parse(content('checklist.yaml'));

/** Strengths as people type them, long-ish: one, two or three of them. */
const STRENGTHS = [
  'scheduling crews for three warehouses',
  'staying calm at peak times',
  'training new staff',
];
const DETAIL = 'the new warehouse scheduling system';

const interview: Interview = {
  ...newInterview(
    'i1',
    { company: 'Harbor Foods', role: 'Operations coordinator', at: '2026-11-25T14:00' },
    new Date('2026-11-25T10:00:00.000Z'),
  ),
  people: [
    newPerson('p1', 'interviewer', {
      honorific: 'Ms.',
      name: 'Katherine Okafor',
      title: 'Operations manager',
    }),
    newPerson('p2', 'interviewer', { honorific: 'Mr.', name: 'Jon Park', title: 'Shift lead' }),
    newPerson('p3', 'other', { name: 'Lee Brennan', title: 'Receptionist' }),
  ],
  references: [
    newReference('r1', {
      name: 'Maria Lopez',
      relationship: 'Former manager',
      qualities: 'my reliability on night shifts and how I trained new staff',
    }),
  ],
};

const profile: NoteInput['profile'] = {
  name: 'Dana Reyes',
  homePhone: '(614) 555-0110',
  cellPhone: '(614) 555-0123',
  email: 'dana.reyes@mail.example',
  postalAddress: '1 Main St\nColumbus, OH 43215',
};

const TONES = ['formal', 'warm'] as const;
const LENGTHS = ['short', 'standard'] as const;
const DAYS = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const MONTH_DAY =
  /^, (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/;

interface Case {
  name: string;
  situation: Situation;
  tone: (typeof TONES)[number];
  length: (typeof LENGTHS)[number];
  strengths: number;
  detail: boolean;
  feedback: boolean;
}

const cases: Case[] = situations.flatMap((situation) =>
  TONES.flatMap((tone) =>
    LENGTHS.flatMap((length) =>
      [0, 1, 2, 3].flatMap((strengths) =>
        [true, false].flatMap((detail) =>
          (situation.feedback ? [false, true] : [false]).map((feedback) => ({
            name: `${situation.id} ${tone} ${length}, ${strengths} strength(s), ${detail ? 'a detail' : 'no detail'}${feedback ? ', feedback' : ''}`,
            situation,
            tone,
            length,
            strengths,
            detail,
            feedback,
          })),
        ),
      ),
    ),
  ),
);

const draft = (over: Partial<Draft>): Draft => ({
  facts: {},
  greeting: 'Katherine',
  detail: DETAIL,
  strengths: STRENGTHS.slice(0, 1),
  tone: 'warm',
  length: 'short',
  signoff: 'Best regards',
  askFeedback: false,
  body: '',
  sentVia: '',
  updatedAt: '2026-11-25T20:00:00.000Z',
  ...over,
});

/** The recipient a situation is written to: the first interviewer, or the reference. */
const recipientFor = (situation: Situation) =>
  recipientsOf(interview).find((r) =>
    situation.to === 'reference' ? r.kind === 'reference' : r.kind === 'interviewer',
  )!;

/** The note as the builder shows it, for a recipient the situation is written to. */
function render(c: Case) {
  const note = noteFor({
    situation: c.situation,
    draft: draft({
      greeting: c.tone === 'formal' ? 'Ms. Okafor' : 'Katherine',
      detail: c.detail ? DETAIL : '',
      strengths: STRENGTHS.slice(0, c.strengths),
      tone: c.tone,
      length: c.length,
      askFeedback: c.feedback,
    }),
    interview,
    recipient: recipientFor(c.situation),
    company: '',
    role: '',
    profile,
  });
  const signature = c.situation.signature !== false;
  const message = signature ? note.body.slice(0, note.body.lastIndexOf('\n\nBest regards,')) : note.body;
  return { note, message, template: c.situation[c.tone][c.length] };
}

/** The sentences of a message after its greeting line, with "Ms." and the like not taken for an end. */
function sentences(message: string): string[] {
  const text = message.replace(/^(Dear|Hi|Hello) [^,\n]+,\s*/, '').replace(/\b(Ms|Mr|Mrs|Dr)\./g, '$1');
  return text.split(/(?<=[.!?])\s+/).filter(Boolean);
}

describe('every situation in content/situations.yaml', () => {
  it('has a template for each tone and length, and its own word range', () => {
    expect(situations.length).toBeGreaterThanOrEqual(13);
    for (const s of situations) expect(s.words, s.id).toBeDefined();
  });

  it.each([
    'thank-you',
    'after-round',
    'after-no',
    'follow-up',
    'touch-base',
    'thank-recruiter',
    'alert-reference',
    'thank-reference',
    'offer-time',
    'accept-offer',
    'withdraw',
    'linkedin',
    'check-in',
  ])('keeps the stable id %s', (id) => {
    expect(situations.map((s) => s.id)).toContain(id);
  });

  it('ticks a checklist item whose note, if it names one, is a situation', () => {
    const ids = new Set(situations.map((s) => s.id));
    for (const s of situations)
      expect(
        items.map((i) => i.id),
        s.id,
      ).toContain(s.marks);
    for (const i of items.filter((i) => i.note)) expect(ids.has(i.note!), i.id).toBe(true);
  });

  it('offers the check-in again and again to anyone met, asking for the news to share', () => {
    // The due list and the calendar link a touch that is due to this situation by its id.
    const checkIn = situations.find((s) => s.id === 'check-in')!;
    expect(checkIn).toMatchObject({ to: 'person', repeats: true, marks: 'touched-base' });
    expect(checkIn.detailLabel).toMatch(/\w{5}/);
    expect(situations.filter((s) => s.repeats).map((s) => s.id)).toEqual(['check-in']);
  });

  it('writes a LinkedIn note without subject or signature, within 200 characters', () => {
    const linkedin = situations.find((s) => s.id === 'linkedin')!;
    expect(linkedin).toMatchObject({ signature: false, maxChars: 200 });
    expect(linkedin.subject).toBeUndefined();
  });
});

describe.each(cases)('$name', (c) => {
  const { note, message, template } = render(c);
  const used = new Set(placeholdersIn(template));
  const complete = c.strengths > 0 && c.detail;

  it('leaves a marker only for what is missing', () => {
    const expected = [
      ...(used.has('detail') && !c.detail ? ['detail'] : []),
      ...(used.has('strengths') && c.strengths === 0 ? ['strengths'] : []),
    ];
    expect(note.missing.toSorted()).toEqual(expected.toSorted());
    expect([...note.body.matchAll(/\[([A-Za-z]+)\]/g)].map((m) => m[1]).toSorted()).toEqual(
      expected.toSorted(),
    );
    expect(`${note.subject}\n${note.body}`).not.toMatch(/[{}]/);
  });

  it('has no double spaces and no space before a period or comma', () => {
    for (const text of [note.subject, note.body]) {
      expect(text).not.toMatch(/ {2}/);
      expect(text).not.toMatch(/ [.,;:!?]/);
      expect(text).not.toMatch(/[.,]{2}/);
    }
  });

  it('never refers back to the strengths with a plural (or singular) pronoun', () => {
    const sentence = sentences(message).findIndex(
      (s) => s.includes(STRENGTHS[0]!) || s.includes('[strengths]'),
    );
    if (sentence < 0) return;
    const all = sentences(message);
    const after = all[sentence]!.split(c.strengths > 0 ? STRENGTHS[c.strengths - 1]! : '[strengths]')[1]!;
    expect(after).not.toMatch(/\b(them|they|they're|they'd|these|those|both|each|it|its)\b/i);
    expect(all[sentence + 1] ?? '').not.toMatch(/^(They|These|Those|Both|Each|All of)\b/);
  });

  it('does not assume what kind of thing the detail is', () => {
    const sentence = sentences(message).find((s) => s.includes(DETAIL) || s.includes('[detail]'));
    expect(sentence ?? '').not.toMatch(/\b(challenge|problem|issue|difficult|fix|solve|tackle|struggle)/i);
  });

  it('dates the interview with its date, never a weekday alone or a relative day', () => {
    for (const m of message.matchAll(DAYS)) {
      expect(message.slice(m.index + m[0].length)).toMatch(MONTH_DAY);
    }
    expect(message).not.toMatch(/\b(today|yesterday|tomorrow|this morning|last week|this week)\b/i);
  });

  it('reads as plain, warm US English', () => {
    expect(message).not.toMatch(
      /\b(regarding|informing me|herewith|kindly|at your earliest convenience|please find|keener|favour|whilst)\b/i,
    );
    if (c.situation.id === 'thank-you') expect(message).not.toMatch(/\bthanks? (you )?again\b/i);
  });

  it('keeps to the guide: 3-4 short sentences short, 5-6 standard, 1-3 within a character limit', () => {
    const [fewest, most] =
      c.situation.maxChars !== undefined ? [1, 3] : c.length === 'short' ? [3, 4] : [5, 6];
    expect(sentences(message).length).toBeGreaterThanOrEqual(fewest);
    expect(sentences(message).length).toBeLessThanOrEqual(most);
  });

  if (complete)
    it('has a word count within the situation’s range', () => {
      const [fewest, most] = c.situation.words![c.length];
      expect(note.wordRange).toEqual([fewest, most]);
      expect(note.words).toBe(wordCount(message));
      expect(note.words).toBeGreaterThanOrEqual(fewest);
      expect(note.words).toBeLessThanOrEqual(most);
    });

  it('has a subject line where the situation has one, and a signature unless it says none', () => {
    if (c.situation.subject === undefined) expect(note.subject).toBe('');
    else expect(note.subject).toMatch(/\w{3}/);
    if (c.situation.signature === false) expect(note.body).not.toMatch(/Best regards|Dana Reyes|555-0123/);
    else expect(note.body).toMatch(/\n\nBest regards,\nDana Reyes\nCell: \(614\) 555-0123\n/);
  });

  if (c.situation.maxChars !== undefined)
    it('stays within the character limit', () => {
      expect(note.maxChars).toBe(c.situation.maxChars);
      expect(note.chars).toBe(note.body.length);
      expect(note.body.length).toBeLessThanOrEqual(c.situation.maxChars!);
    });
});

describe('noteFor and a situation’s limits', () => {
  const linkedin = situations.find((s) => s.id === 'linkedin')!;
  const thankYou = situations.find((s) => s.id === 'thank-you')!;
  const edited = 'Hi Katherine, thanks.\n\nBest regards,\nDana';
  const noteOf = (situation: Situation, body = '') =>
    noteFor({
      situation,
      draft: draft({ body }),
      interview,
      recipient: recipientFor(situation),
      company: '',
      role: '',
      profile,
    });

  it('counts every word of an edited note without a signature, the last paragraph included', () => {
    expect(noteOf(linkedin, edited)).toMatchObject({ edited: true, words: 6, chars: 41, maxChars: 200 });
  });

  it('still leaves out the sign-off of an edited note with a signature', () => {
    const note = noteOf(thankYou, edited);
    expect(note).toMatchObject({ edited: true, words: 3, chars: 41 });
    expect(note.maxChars).toBeUndefined();
  });

  it('counts the characters of the whole note, the signature included', () => {
    const note = noteOf(thankYou);
    expect(note.chars).toBe(note.body.length);
    expect(note.body).toMatch(/Columbus, OH 43215$/);
  });

  it('takes the word range of the situation and length, or the guide’s general one', () => {
    expect(noteOf(thankYou).wordRange).toEqual(thankYou.words!.short);
    const { words: _words, ...plain } = thankYou;
    expect(noteOf(plain).wordRange).toEqual(DEFAULT_WORDS.short);
  });
});
