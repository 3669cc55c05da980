/**
 * The placeholders a note template may use (what each stands for: `note-placeholder-help.ts`). A template
 * that uses any other placeholder fails the build (see src/features/notes/situation-schema.ts).
 */
export const PLACEHOLDER_NAMES = [
  // Of the interview and the people: filled from what was recorded.
  'greeting',
  'name',
  'company',
  'role',
  'aRole',
  'day',
  'met',
  'decisionDay',
  'people',
  'qualities',
  // Of the user: the sign-off, name and contact block.
  'signoff',
  'myName',
  'contact',
  // What the user says in the builder: the detail and strengths, then the facts of `FACTS`.
  'detail',
  'strengths',
  // The strengths as what the user has: "organizational skills", or "experience in Go and incident reviews".
  'skills',
  'feedback',
  'evidence',
  'addition',
  'reason',
  // The reason when it is a clause of the user's own ("I have accepted a role closer to home"), to follow "as".
  'reasonClause',
  'otherOffer',
  'theirSubject',
  'offerTitle',
  'offerSalary',
  'offerStart',
  'hasLetter',
  'decideBy',
  'hasJobDescription',
  'howItWent',
] as const;

/** A placeholder's name, e.g. `company`. */
export type Placeholder = (typeof PLACEHOLDER_NAMES)[number];

/** Whether `name` is a known placeholder (`constructor` and the like are not). */
export const isPlaceholder = (name: string): name is Placeholder =>
  (PLACEHOLDER_NAMES as readonly string[]).includes(name);

/**
 * Realistic, long-ish values for every placeholder, three strengths included: the build renders each
 * variant of a situation with a `maxChars` limit with them (src/features/notes/situation-schema.ts), so a template that
 * only fits with short names fails there, not in the user's hands.
 */
export const LONG_VALUES: Readonly<Record<Placeholder, string>> = {
  greeting: 'Ms. Castellanos',
  name: 'Katherine Castellanos',
  company: 'Brightwater Health Partners',
  role: 'senior operations coordinator',
  aRole: 'a senior operations coordinator',
  day: 'on Wednesday',
  met: 'speaking with me by video',
  decisionDay: 'on Friday',
  detail: 'the new warehouse scheduling system',
  strengths: 'scheduling crews across three sites, staying calm at peak times, and training new staff',
  skills:
    'experience in scheduling crews across three sites, staying calm at peak times, and training new staff',
  qualities: 'my reliability on night shifts and the way I trained new staff',
  people: 'Katherine Castellanos (Operations manager) and Jon Park (Shift lead)',
  signoff: 'With best regards',
  myName: 'Samantha Castillo',
  contact: 'Cell: (614) 555-0123\nsamantha.castillo@mail.example',
  feedback: 'Is there one thing I could have done better in the interview?',
  evidence: 'I moved 40 weekly schedules from paper to a shared planner at Harbor Foods',
  addition: 'the shift-swap rota I set up, which cut last-minute gaps by half',
  reason: 'the role is further from my goals than I had hoped',
  reasonClause: 'I have decided to stay closer to my family for the next year',
  otherOffer: 'yes',
  theirSubject: 'Your application for the senior operations coordinator role',
  offerTitle: 'Senior Operations Coordinator',
  offerSalary: '$58,500 a year',
  offerStart: 'Monday, January 4, 2027',
  hasLetter: 'yes',
  decideBy: 'Thursday at noon',
  hasJobDescription: 'yes',
  howItWent: 'I was offered the role and start in January',
};
