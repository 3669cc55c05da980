import type { Placeholder } from './note-placeholders';

/**
 * What each placeholder stands for, in words: for the build's error about an unknown placeholder and the
 * builder's "Still to fill in" check. Kept apart from the names so the note builder loads it only with its
 * checks.
 */
export const PLACEHOLDER_HELP: Readonly<Record<Placeholder, string>> = {
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
};
