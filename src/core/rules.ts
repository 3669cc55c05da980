/**
 * The follow-up rules that both the guide's text and the tools' code state, written once. The guide's pages
 * and the checklist say these numbers in words; tests/unit/guide-rules.test.ts holds them to this file.
 */

/** Rule 1: the thank-you goes out within this many calendar days of the interview (weekends count). */
export const THANK_YOU_DAYS = 2;

/** With a decision date: check in this many business days after it (a Friday date makes it Tuesday). */
export const FOLLOW_UP_BUSINESS_DAYS_AFTER_DATE = 2;

/** Without a decision date: check in this many business days (a working week) after the interview. */
export const FOLLOW_UP_BUSINESS_DAYS_WITHOUT_DATE = 5;

/** Check-ins about one job before you stop asking: the first, and one more a week later. */
export const MAX_CHECK_INS = 2;

/** How often to keep in touch with a contact once the process is over, in months. */
export const KEEP_IN_TOUCH_MONTHS = 3;

/** Rule 2: what the employer needs to reach you. A cell alone is a phone; a postal address is optional. */
export const CONTACT_NEEDED = ['a phone number', 'an email'] as const;

/** The ways of reaching the user that the profile holds (the stored profile's fields). */
export interface ContactChannels {
  homePhone: string;
  cellPhone: string;
  email: string;
}

/** Whether an employer can reach the user (rule 2): one phone, home or cell, and an email. */
export function canBeReached(profile: ContactChannels): boolean {
  return !!(profile.cellPhone.trim() || profile.homePhone.trim()) && !!profile.email.trim();
}

/** Numbers as the guide writes them in words. */
export const NUMBER_WORDS: Readonly<Record<number, string>> = {
  1: 'one',
  2: 'two',
  3: 'three',
  4: 'four',
  5: 'five',
  6: 'six',
  7: 'seven',
};

/** A number as the guide writes it ("two"), or its digits past seven. */
export function inWords(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}
