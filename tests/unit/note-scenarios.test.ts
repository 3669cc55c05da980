/**
 * Twelve realistic notes, from the facts a job seeker records, read as their recipients would read them.
 * Each expected text was read before it was fixed here: would a hiring manager be glad to get it?
 * With NOTES_OUT=dir the notes are also written there, one file each, for a blind read beside a coach's.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repeatedWords } from '../../src/features/notes/grammar';
import { newInterview, newPerson, newReference } from '../../src/core/model/builders';
import { noteFor, recipientsOf } from '../../src/features/notes/compose';
import { newDraft } from '../../src/features/notes/draft-ops';
import { toneChange } from '../../src/features/notes/style';
import type { Draft, Interview, Profile } from '../../src/core/model/model';
import { type Situation, situationSchema } from '../../src/features/notes/situation-schema';

const situations = situationSchema
  .array()
  .parse(parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'situations.yaml'), 'utf8')));
const situation = (id: string): Situation => situations.find((s) => s.id === id)!;

/** Written on Tuesday, December 1, 2026, in the evening. */
const now = new Date(2026, 11, 1, 19, 30);
const profile: Profile = {
  name: 'Sam Rivera',
  homePhone: '',
  cellPhone: '(614) 555-0199',
  email: 'sam.rivera@mail.example',
  postalAddress: '48 Linden Ave\nColumbus, OH 43215',
};

interface Scenario {
  id: string;
  situation: string;
  interview: Partial<Interview> & Pick<Interview, 'company' | 'role' | 'at'>;
  to: { name: string; honorific?: string; title?: string; reference?: boolean; qualities?: string };
  others?: { name: string; title: string }[];
  draft: Partial<Draft>;
}

const SCENARIOS: Scenario[] = [
  {
    id: '01',
    situation: 'thank-you',
    interview: {
      company: 'Northwind Traders',
      role: 'Data analyst',
      at: '2026-11-30T10:00',
      format: 'video',
    },
    to: { name: 'María José García-López', title: 'Analytics lead' },
    draft: {
      greeting: 'María José García-López',
      detail: 'The dashboard migration to the new warehouse.',
      strengths: ['SQL', 'clear reporting'],
      facts: {
        evidence:
          'moved 40 finance reports from Excel to Power BI at Contoso, which cut the monthly close by two days',
      },
    },
  },
  {
    id: '02',
    situation: 'thank-you',
    interview: { company: 'Brightwater Labs', role: 'UX designer', at: '2026-12-01T09:30' },
    to: { name: 'Dana Nguyen', title: 'Design manager' },
    draft: {
      greeting: 'Dana',
      tone: 'warm',
      length: 'short',
      detail: 'research findings not making it into the roadmap',
      strengths: ['usability testing'],
      facts: {
        evidence: 'ran a monthly research readout that product managers turned into roadmap items',
      },
    },
  },
  {
    id: '03',
    situation: 'thank-you',
    interview: {
      company: "St. Anne's Hospital",
      role: 'Clinical research coordinator',
      at: '2026-11-27T14:00',
    },
    to: { name: 'Samuel Bello', honorific: 'Dr.', title: 'Principal investigator' },
    draft: {
      greeting: 'Dr. Bello',
      detail: 'keeping patients in long trials',
      strengths: ['organization'],
      facts: {
        evidence: 'kept 94% of participants through an 18-month diabetes study',
        addition:
          'when you asked about protocol deviations, I should have mentioned the deviation log I built, which my last sponsor adopted for all sites',
      },
    },
  },
  {
    id: '04',
    situation: 'after-round',
    interview: { company: 'Fernhill', role: 'Senior software engineer', at: '2026-11-30T15:00' },
    to: { name: 'Priya Raman', title: 'Engineering manager' },
    draft: {
      greeting: 'Priya',
      tone: 'warm',
      detail: 'the on-call load on the payments team',
      strengths: ['Go', 'blameless incident reviews'],
      facts: { evidence: 'cut pages by 60% at my last job by fixing alert thresholds and writing runbooks' },
    },
  },
  {
    id: '05',
    situation: 'follow-up',
    interview: {
      company: 'Harbor Foods',
      role: 'Shift supervisor',
      at: '2026-11-17T10:00',
      decisionDate: '2026-11-27',
    },
    to: { name: 'Jon Okafor', honorific: 'Mr.', title: 'Warehouse operations manager' },
    draft: {
      greeting: 'Mr. Okafor',
      length: 'short',
      strengths: ['forklift trainer certification', 'scheduling crews of 20'],
    },
  },
  {
    id: '06',
    situation: 'after-no',
    interview: {
      company: 'Harbor Foods',
      role: 'Operations coordinator',
      at: '2026-11-20T11:00',
      outcome: 'not-selected',
    },
    to: { name: 'Katherine Park', honorific: 'Ms.', title: 'Operations director' },
    draft: {
      greeting: 'Ms. Park',
      detail: 'talking through the new crew scheduling system',
      askFeedback: true,
      facts: { theirSubject: 'Your application for Operations Coordinator' },
    },
  },
  {
    id: '07',
    situation: 'offer-time',
    interview: {
      company: 'Glow Cosmetics',
      role: 'Marketing manager',
      at: '2026-11-24T13:00',
      outcome: 'offer',
    },
    to: { name: 'Lee Park', title: 'Recruiter' },
    draft: {
      greeting: 'Lee',
      tone: 'warm',
      length: 'short',
      facts: { decideBy: '2026-12-04', decideTime: '12:00' },
    },
  },
  {
    id: '08',
    situation: 'accept-offer',
    interview: {
      company: 'Ruiz & Partners',
      role: 'Staff accountant',
      at: '2026-11-23T10:00',
      outcome: 'offer',
    },
    to: { name: 'Tom Ruiz', honorific: 'Mr.', title: 'Managing partner' },
    draft: {
      greeting: 'Mr. Ruiz',
      facts: {
        offerTitle: 'Staff Accountant',
        offerSalary: '$62,000 a year',
        offerStart: 'Monday, January 4, 2027',
      },
    },
  },
  {
    id: '09',
    situation: 'decline-offer',
    interview: { company: 'Loop', role: 'Product designer', at: '2026-11-19T10:00', outcome: 'offer' },
    to: { name: 'Aisha Khan', title: 'Head of design' },
    draft: { greeting: 'Aisha', tone: 'warm', facts: { reason: 'I have accepted a role closer to home' } },
  },
  {
    id: '10',
    situation: 'withdraw',
    interview: {
      company: 'Ace Hardware',
      role: 'Sales associate',
      at: '2026-11-25T16:00',
      outcome: 'withdrawn',
    },
    to: { name: 'Robert Chen', honorific: 'Mr.', title: 'Store manager' },
    draft: {
      greeting: 'Mr. Chen',
      length: 'short',
      facts: { reason: 'I am looking for a role with more customer project work' },
    },
  },
  {
    id: '11',
    situation: 'alert-reference',
    interview: { company: 'Northwind Traders', role: 'Data analyst', at: '2026-11-30T10:00' },
    to: {
      name: 'Maria Lopez',
      reference: true,
      qualities: 'how I automated the finance reports and how I explain numbers to non-analysts',
    },
    others: [{ name: 'María José García-López', title: 'Analytics lead' }],
    draft: { greeting: 'Maria', tone: 'warm' },
  },
  {
    id: '12',
    situation: 'thank-reference',
    interview: {
      company: 'Northwind Traders',
      role: 'Data analyst',
      at: '2026-11-30T10:00',
      outcome: 'offer',
    },
    to: { name: 'Ben Carter', reference: true, qualities: 'my reporting work' },
    draft: {
      greeting: 'Ben',
      tone: 'warm',
      length: 'short',
      facts: { howItWent: 'I got the offer and start in January' },
    },
  },
];

function render(s: Scenario) {
  const base = newInterview('i1', s.interview, new Date(2026, 10, 1));
  const interview: Interview = {
    ...base,
    people: [
      ...(s.to.reference
        ? []
        : [
            newPerson('p1', 'interviewer', {
              name: s.to.name,
              honorific: s.to.honorific ?? '',
              title: s.to.title ?? '',
            }),
          ]),
      ...(s.others ?? []).map((o, n) => newPerson(`o${n}`, 'interviewer', o)),
    ],
    references: s.to.reference
      ? [newReference('r1', { name: s.to.name, qualities: s.to.qualities ?? '' })]
      : [],
  };
  const recipient = recipientsOf(interview).find((r) => r.id === (s.to.reference ? 'r1' : 'p1'));
  // The user sets the tone in the builder, which brings its sign-off along (features/notes/style.ts).
  const start = newDraft(now);
  const draft: Draft = {
    ...start,
    ...toneChange(start, s.draft.tone ?? start.tone),
    ...s.draft,
    facts: { ...s.draft.facts },
  };
  const sit = situation(s.situation);
  const note = noteFor({ situation: sit, draft, interview, recipient, company: '', role: '', profile, now });
  return { note, sit };
}

const out = process.env['NOTES_OUT'];
if (out) mkdirSync(out, { recursive: true });

describe('twelve notes from realistic facts', () => {
  it.each(SCENARIOS)('note $id ($situation) reads as written for its recipient', (s) => {
    const { note, sit } = render(s);
    if (out)
      writeFileSync(
        join(out, `${s.id}.txt`),
        `${note.subject ? `Subject: ${note.subject}\n\n` : ''}${note.body}\n`,
      );
    expect(note.missing).toEqual([]);
    expect(note.body).not.toMatch(/\[|\]|\{|\}/);
    expect(repeatedWords(note.body.split('\n\nBest regards,')[0]!)).toEqual([]);
    const range = sit.words?.[s.draft.length ?? 'standard'];
    if (range) {
      expect(note.words).toBeGreaterThanOrEqual(range[0]);
      expect(note.words).toBeLessThanOrEqual(range[1]);
    }
    expect(`${note.subject ? `Subject: ${note.subject}\n\n` : ''}${note.body}`).toMatchSnapshot();
  });
});
