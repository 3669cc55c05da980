/**
 * The placeholders a note template may use, and what each stands for. A template that uses any other
 * placeholder fails the build (see src/schemas/situation.ts).
 */
export const PLACEHOLDERS = {
  greeting: 'how you address the recipient, e.g. "Ms. Okafor" or "Katherine"',
  name: "the recipient's full name as recorded",
  company: 'the company you interviewed with',
  role: 'the role you interviewed for',
  day: 'the day of the interview, e.g. "Tuesday"',
  detail: 'the one specific thing you discussed',
  strengths: 'up to three strengths, joined as "A, B and C"',
  qualities: 'the qualities you would like a reference to stress',
  people: 'the people a reference may hear from, e.g. "Katherine Okafor (Operations manager)"',
  signoff: 'the sign-off, e.g. "Best regards"',
  myName: 'your name',
  contact: 'your contact block: phones, email and postal address, one per line',
  feedback: 'a sentence asking for feedback, when you choose to ask',
} as const;

/** A placeholder's name, e.g. `company`. */
export type Placeholder = keyof typeof PLACEHOLDERS;
