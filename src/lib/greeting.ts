/**
 * Kept for the note builder's composition until it calls `greetingFor` itself: names live in
 * `src/core/names.ts`.
 */
import { type NamedPerson, greetingFor } from '../core/names';

export { greetingOptions } from '../core/names';

/** The greeting a new formal note starts with ("Ms. Nguyen", else the full name). */
export const defaultGreeting = (person: NamedPerson): string => greetingFor(person, 'formal');
