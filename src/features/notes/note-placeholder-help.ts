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
  aRole: 'the role with "a" or "an", e.g. "an operations coordinator"',
  day: 'when the interview was, as said from today, e.g. "yesterday" or "on Friday"',
  met: 'how you met, e.g. "meeting with me" or "speaking with me by video"',
  decisionDay: 'when they hoped to decide, if that has passed, e.g. "on Friday"',
  people: 'the interviewers, whom a reference may hear from, e.g. "Katherine Okafor (Operations manager)"',
  qualities: 'the qualities you would like a reference to stress',
  signoff: 'the sign-off, e.g. "Best regards"',
  myName: 'your name',
  contact: 'your contact block: phones and email (and in a formal note the postal address), one per line',
  detail: 'what they said matters to them or the team',
  strengths: 'up to three strengths, joined as "A, B, and C"',
  skills: 'the strengths as skills or experience: "organizational skills", or "experience in A and B"',
  feedback: 'a question asking for feedback, when you choose to ask',
  evidence: 'something you have done that shows you can help',
  addition: 'something you would add to one of your answers',
  reason: 'a brief reason, if you want to give one',
  reasonClause: 'the reason, when it says what you did or want ("I have accepted…"), after "as"',
  otherOffer: 'whether you have accepted another offer',
  theirSubject: 'the subject of their email, to reply in the same thread',
  offerTitle: 'the job title as the offer states it',
  offerSalary: 'the salary as offered',
  offerStart: 'the start date as agreed',
  hasLetter: 'whether the offer letter has arrived',
  decideBy: 'the day you will answer by',
  hasJobDescription: 'whether you are attaching the job description',
  howItWent: 'how it turned out',
};
