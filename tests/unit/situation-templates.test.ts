import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type NoteInput, noteFor, recipientsOf } from '../../src/features/notes/compose';
import { newInterview, newPerson, newReference } from '../../src/core/model/builders';
import type { Draft, Interview } from '../../src/core/model/model';
import { repeatedWords } from '../../src/features/notes/grammar';
import { DEFAULT_WORDS, wordCount } from '../../src/features/notes/note-template';
import { checklistItemSchema } from '../../src/core/checklist-schema';
import { type Situation, situationSchema } from '../../src/features/notes/situation-schema';
import { newDraft } from '../../src/features/notes/draft-ops';
import { SIGNOFFS } from '../../src/features/notes/draft-ops';

const content = (file: string): unknown =>
  parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', file), 'utf8'));
/** content/situations.yaml and content/checklist.yaml, validated by the same schemas as the build. */
const situations = situationSchema.array().parse(content('situations.yaml'));
const items = checklistItemSchema.array().parse(content('checklist.yaml'));

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
/** Written on Friday, November 27, 2026, two days after the interview. */
const now = new Date(2026, 10, 27, 18, 0);

/**
 * What a user may type in every field of the builder, in five shapes: nothing, one word, a whole sentence
 * of about twelve words with a capital and a full stop, all lower case, an acronym.
 */
const SHAPES = {
  empty: {
    detail: '',
    strengths: [],
    evidence: '',
    addition: '',
    reason: '',
    howItWent: '',
    theirSubject: '',
  },
  'one word': {
    detail: 'dashboards',
    strengths: ['Excel'],
    evidence: 'automated',
    addition: 'Tableau',
    reason: 'relocation',
    howItWent: 'hired',
    theirSubject: 'Update',
  },
  'a twelve-word sentence': {
    detail: 'The team is moving every finance dashboard to the new cloud warehouse.',
    strengths: ['Careful scheduling of crews across three busy warehouses every single week.'],
    evidence: 'Moved forty monthly reports from spreadsheets to Power BI, saving two days.',
    addition: 'The deviation log I built was adopted by the sponsor for every site.',
    reason: 'I have decided to stay closer to my family for the next year.',
    howItWent: 'They offered me the job, and I start early in January next year.',
    theirSubject: 'Re: Your application for the operations coordinator position at Harbor Foods',
  },
  'all lower case': {
    detail: 'the night shift rota',
    strengths: ['forklift training', 'calm under pressure', 'clear handovers'],
    evidence: 'cut overtime by a third on the night shift',
    addition: 'my forklift trainer certificate',
    reason: 'the commute would be too long',
    howItWent: 'i got the job',
    theirSubject: 'your application',
  },
  'an acronym': {
    detail: 'ERP',
    strengths: ['SQL', 'ETL'],
    evidence: 'GDPR',
    addition: 'OSHA',
    reason: 'PTO',
    howItWent: 'NDA',
    theirSubject: 'HR',
  },
} as const;
type Shape = keyof typeof SHAPES;

interface Case {
  name: string;
  /** Which phrasing of those that say the same (` ~~ `). */
  seed?: number;
  situation: Situation;
  tone: (typeof TONES)[number];
  length: (typeof LENGTHS)[number];
  shape: Shape;
  ticked: boolean;
}

/** Situations with phrasings that say the same are rendered with each of six seeds (every phrasing of 2 or 3). */
const seeds = (situation: Situation) =>
  JSON.stringify(situation).includes(' ~~ ') ? [0, 1, 2, 3, 4, 5] : [undefined];

const cases: Case[] = situations.flatMap((situation) =>
  TONES.flatMap((tone) =>
    LENGTHS.flatMap((length) =>
      (Object.keys(SHAPES) as Shape[]).flatMap((shape) =>
        [false, true].flatMap((ticked) =>
          seeds(situation).map((seed) => ({
            name: `${situation.id} ${tone} ${length}, ${shape}${ticked ? ', boxes ticked' : ''}${seed === undefined ? '' : `, phrasing ${seed}`}`,
            situation,
            tone,
            length,
            shape,
            ticked,
            ...(seed !== undefined && { seed }),
          })),
        ),
      ),
    ),
  ),
);

const draft = (over: Partial<Draft>): Draft => ({
  ...newDraft(new Date('2026-11-25T20:00:00.000Z')),
  greeting: 'Katherine',
  tone: 'warm',
  length: 'short',
  ...over,
});

/** The recipient a situation is written to: the first interviewer, or the reference. */
const recipientFor = (situation: Situation) =>
  recipientsOf(interview).find((r) =>
    situation.to === 'reference' ? r.kind === 'reference' : r.kind === 'interviewer',
  )!;

/** The note as the builder shows it, for a recipient the situation is written to. */
function render(c: Case) {
  const { detail, strengths, ...typed } = SHAPES[c.shape];
  const boxes = c.ticked ? { hasLetter: 'yes', otherOffer: 'yes', hasJobDescription: 'yes' } : {};
  const facts = Object.fromEntries(Object.entries({ ...typed, ...boxes }).filter(([, v]) => v));
  const note = noteFor({
    situation: c.situation,
    draft: draft({
      greeting: c.tone === 'formal' ? 'Ms. Okafor' : 'Katherine',
      detail,
      strengths: [...strengths],
      tone: c.tone,
      length: c.length,
      askFeedback: c.ticked,
      facts: c.ticked ? { ...facts, decideBy: '2026-12-03', decideTime: '12:00' } : facts,
    }),
    interview,
    recipient: recipientFor(c.situation),
    company: '',
    role: '',
    profile,
    now,
    ...(c.seed !== undefined && { seed: c.seed }),
  });
  const signature = c.situation.signature !== false;
  const message = signature ? note.body.slice(0, note.body.lastIndexOf('\n\nBest regards,')) : note.body;
  return { note, message };
}

/** The sentences of a message after its greeting line, with "Ms." and the like not taken for an end. */
function sentences(message: string): string[] {
  const text = message.replace(/^(Dear|Hi|Hello) [^,\n]+,\s*/, '').replace(/\b(Ms|Mr|Mrs|Dr)\./g, '$1');
  return text.split(/(?<=[.!?])\s+/).filter(Boolean);
}

describe('every situation in content/situations.yaml', () => {
  it('has a template for each tone and length, and its own word range', () => {
    expect(situations.length).toBeGreaterThanOrEqual(14);
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
    'decline-offer',
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
    for (const i of items) for (const also of i.also ?? []) expect(ids.has(also.note), i.id).toBe(true);
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
  const { note, message } = render(c);

  it('has no marker, no brace and nothing the user did not type', () => {
    expect(note.missing).toEqual([]);
    expect(`${note.subject}\n${note.body}`).not.toMatch(/[{}[\]]/);
    expect(message).not.toMatch(/\bundefined\b|\bnull\b/);
  });

  it('has no double spaces, no space before punctuation, no doubled full stop', () => {
    for (const text of [note.subject, note.body]) {
      expect(text).not.toMatch(/ {2}/);
      expect(text).not.toMatch(/ [.,;:!?]/);
      expect(text).not.toMatch(/[.,]{2}|\.,|,\./);
    }
  });

  it('says no content word three times', () => {
    expect(repeatedWords(message)).toEqual([]);
  });

  it('says the role as a job title in a sentence and the day as a person would', () => {
    expect(message).not.toMatch(/Operations coordinator|Wednesday, November 25/);
    expect(note.subject).not.toMatch(/November|Wednesday/);
  });

  it('does not say the words of a sign-off in the line just before it ("all the best", then "Best,")', () => {
    const last = sentences(message).at(-1)!;
    for (const word of new Set(Object.values(SIGNOFFS).join(' ').toLowerCase().split(' ')))
      expect(last.toLowerCase()).not.toMatch(new RegExp(`\\b${word}\\b`));
  });

  it('says "about" once in one breath ("thinking about what you said about…" reads as a template)', () => {
    expect(message).not.toMatch(/\babout (what|how) you said about\b/i);
  });

  it('reads as plain, warm US English', () => {
    expect(message).not.toMatch(
      /\b(regarding|informing me|herewith|kindly|at your earliest convenience|please find|keener|favour|whilst|properly|came back to you)\b/i,
    );
  });

  it('keeps to the guide: at most six short sentences, at most three within a character limit', () => {
    const [fewest, most] =
      c.situation.maxChars !== undefined ? [1, 3] : c.length === 'short' ? [2, 5] : [3, 7];
    expect(sentences(message).length).toBeGreaterThanOrEqual(fewest);
    expect(sentences(message).length).toBeLessThanOrEqual(most);
  });

  it('has a word count within the situation’s range', () => {
    const [fewest, most] = c.situation.words![c.length];
    expect(note.wordRange).toEqual([fewest, most]);
    expect(note.words).toBe(wordCount(message));
    expect(note.words).toBeGreaterThanOrEqual(fewest);
    expect(note.words).toBeLessThanOrEqual(most);
  });

  it('has a subject line where the situation has one, and a signature unless it says none', () => {
    if (c.situation.subject === undefined) expect(note.subject).toBe('');
    else expect(note.subject).toMatch(/\w{2}/);
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
  const inputOf = (situation: Situation, body = '') => ({
    situation,
    draft: draft({ body }),
    interview,
    recipient: recipientFor(situation),
    company: '',
    role: '',
    profile,
    now,
  });
  const noteOf = (situation: Situation, body = '') => noteFor(inputOf(situation, body));

  it('counts every word of an edited note without a signature, the last paragraph included', () => {
    expect(noteOf(linkedin, edited)).toMatchObject({ edited: true, words: 6, chars: 41, maxChars: 200 });
  });

  it('still leaves out the sign-off of an edited note with a signature', () => {
    const note = noteOf(thankYou, edited);
    expect(note).toMatchObject({ edited: true, words: 3, chars: 41 });
    expect(note.maxChars).toBeUndefined();
  });

  it('counts the characters of the whole note, the signature included', () => {
    const note = noteFor({ ...inputOf(thankYou), draft: draft({ tone: 'formal' }) });
    expect(note.chars).toBe(note.body.length);
    expect(note.body).toMatch(/Columbus, OH 43215$/);
  });

  it('signs a warm note with the phones and email, and a formal one with the street address too', () => {
    const warm = noteFor({ ...inputOf(thankYou), draft: draft({ tone: 'warm' }) }).body;
    const formal = noteFor({ ...inputOf(thankYou), draft: draft({ tone: 'formal' }) }).body;
    for (const body of [warm, formal]) expect(body).toContain(profile.email);
    expect(warm).not.toContain('Columbus');
    expect(formal).toContain('Columbus, OH 43215');
  });

  it('takes the word range of the situation and length, or the guide’s general one', () => {
    expect(noteOf(thankYou).wordRange).toEqual(thankYou.words!.short);
    const { words: _words, ...plain } = thankYou;
    expect(noteOf(plain).wordRange).toEqual(DEFAULT_WORDS.short);
  });
});
