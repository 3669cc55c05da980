/**
 * The placeholders a note template may use (what each stands for: `note-placeholder-help.ts`). A template
 * that uses any other placeholder fails the build (see src/schemas/situation.ts).
 */
export const PLACEHOLDER_NAMES = [
  'greeting',
  'name',
  'company',
  'role',
  'day',
  'detail',
  'strengths',
  'qualities',
  'people',
  'signoff',
  'myName',
  'contact',
  'feedback',
] as const;

/** A placeholder's name, e.g. `company`. */
export type Placeholder = (typeof PLACEHOLDER_NAMES)[number];

/** Whether `name` is a known placeholder (`constructor` and the like are not). */
export const isPlaceholder = (name: string): name is Placeholder =>
  (PLACEHOLDER_NAMES as readonly string[]).includes(name);

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
