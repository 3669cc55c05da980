/**
 * The placeholders a note template may use, and what each stands for. A template that uses any other
 * placeholder fails the build (see src/schemas/situation.ts).
 */
export const PLACEHOLDERS = {
  greeting: 'how you address the recipient, e.g. "Ms. Okafor" or "Katherine"',
  name: "the recipient's full name as recorded",
  company: 'the company you interviewed with',
  role: 'the role you interviewed for',
  day: 'the day and date of the interview, e.g. "Wednesday, November 25"',
  detail: 'the one specific thing you discussed',
  strengths: 'up to three strengths, joined as "A, B and C"',
  qualities: 'the qualities you would like a reference to stress',
  people: 'the interviewers, whom a reference may hear from, e.g. "Katherine Okafor (Operations manager)"',
  signoff: 'the sign-off, e.g. "Best regards"',
  myName: 'your name',
  contact: 'your contact block: phones, email and postal address, one per line',
  feedback: 'a sentence asking for feedback, when you choose to ask',
} as const;

/** A placeholder's name, e.g. `company`. */
export type Placeholder = keyof typeof PLACEHOLDERS;

/**
 * Realistic, long-ish values for every placeholder, three strengths included: the build renders each
 * variant of a situation with a `maxChars` limit with them (src/schemas/situation.ts), so a template that
 * only fits with short names fails there, not in the user's hands.
 */
export const LONG_VALUES: Readonly<Record<Placeholder, string>> = {
  greeting: 'Ms. Castellanos',
  name: 'Katherine Castellanos',
  company: 'Brightwater Health Partners',
  role: 'Senior operations coordinator',
  day: 'Wednesday, September 30',
  detail: 'the new warehouse scheduling system',
  strengths: 'scheduling crews across three sites, staying calm at peak times and training new staff',
  qualities: 'my reliability on night shifts and the way I trained new staff',
  people: 'Katherine Castellanos (Operations manager) and Jon Park (Shift lead)',
  signoff: 'With best regards',
  myName: 'Samantha Castillo',
  contact: 'Cell: (614) 555-0123\nsamantha.castillo@mail.example',
  feedback: 'If you have a moment, I would be grateful for a line or two on anything I could do better.',
};
