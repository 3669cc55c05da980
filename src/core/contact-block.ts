/** The user's ways to be reached, as the lines a signature or a contact card shows. Pure. */
import type { Profile } from './model/model';

/** Splits on any line break (`\n`, `\r\n` or `\r`). */
export function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The user's contact lines, only the filled ones: cell phone, home phone, email, then the postal address unless
 * `postal` is false (a warm note to someone who knows you carries the ways to reach you quickly, not a street
 * address).
 */
export function contactBlock(profile: Profile, { postal = true } = {}): string {
  const cell = profile.cellPhone.trim();
  const home = profile.homePhone.trim();
  const email = profile.email.trim();
  return [
    cell && `Cell: ${cell}`,
    home && `Home: ${home}`,
    email,
    ...(postal ? lines(profile.postalAddress).map((line) => line.trim()) : []),
  ]
    .filter(Boolean)
    .join('\n');
}
