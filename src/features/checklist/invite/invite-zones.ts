/**
 * Time zones of an invitation: which zones `Intl` knows, the wall-clock time an instant shows in a zone, and the
 * instant a zone's wall-clock time is. Reading invites only (loaded with them), through the date module's
 * cached formatters.
 */
import { formatter } from '../../../core/dates';

/** Whether `Intl` knows the IANA time zone `timeZone` ("America/New_York", "UTC"). */
export function isKnownZone(timeZone: string): boolean {
  try {
    formatter({ timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time `instant` shows in `timeZone` (the device's own when undefined): `YYYY-MM-DDTHH:mm`. */
export function wallTime(instant: Date, timeZone?: string): string {
  const parts = formatter({
    ...(timeZone && { timeZone }),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** Milliseconds since the epoch of a wall-clock `YYYY-MM-DDTHH:mm` read as if it were UTC. */
const asUtc = (wall: string) => Date.parse(`${wall}:00Z`);

/**
 * The instant a wall-clock time (`YYYY-MM-DDTHH:mm`) is in `timeZone`; in the hour repeated when clocks go
 * back, the first of the two; a time skipped when they go forward moves on by the gap, as calendars do.
 */
export function instantInZone(wall: string, timeZone: string): Date {
  const guess = asUtc(wall);
  const offset = (t: number) => asUtc(wallTime(new Date(t), timeZone)) - t;
  const first = guess - offset(guess);
  const second = guess - offset(first);
  const fits = [first, second].filter((t) => wallTime(new Date(t), timeZone) === wall);
  return new Date(fits.length ? Math.min(...fits) : Math.max(first, second));
}
