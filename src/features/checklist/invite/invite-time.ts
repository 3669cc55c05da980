/**
 * When an invite's event takes place, on the user's clock: a DTSTART with a TZID (the invite's own VTIMEZONE,
 * an IANA name, or a Windows name as Outlook writes them), in UTC, floating, or a whole day.
 */
import ICAL from 'ical.js';
import { findIana } from 'windows-iana';
import { instantInZone, isKnownZone, wallTime } from './invite-zones';
import { dayText, dayTimeText } from '../../../core/local-dates';

/** When an event starts, as the interview stores it and as the invite wrote it. */
export interface InviteTime {
  /** On the user's clock: `YYYY-MM-DDTHH:mm`, or `YYYY-MM-DD` for a whole-day event. */
  at: string;
  /** The zone the invite names ("Eastern Standard Time", "UTC"), or empty when it names none. */
  zone: string;
  /** The wall time in that zone, `YYYY-MM-DDTHH:mm`, when it differs from `at`; else empty. */
  original: string;
  /** What the user should know: an unknown zone read as their own. */
  note?: string;
}

/** The IANA zone for a TZID: itself, the last two parts of a path-like one, or a Windows zone name's. */
export function ianaZone(tzid: string): string | undefined {
  const id = tzid.trim().replace(/^"|"$/g, '');
  if (!id) return undefined;
  if (isKnownZone(id)) return id;
  const tail = id.split('/').filter(Boolean).slice(-2).join('/');
  if (tail && isKnownZone(tail)) return tail;
  // Outlook's own names ("W. Europe Standard Time"), with or without a "(UTC+01:00) …" display prefix.
  for (const name of [id, id.replace(/^\(UTC[^)]*\)\s*/, '')]) {
    const found = findIana(name)[0];
    if (found && isKnownZone(found)) return found;
  }
  return undefined;
}

type Time = InstanceType<typeof ICAL.Time>;

/**
 * A start time on the user's clock (`timeZone`: theirs; the device's when undefined). `tzid` is the TZID
 * the invite gave it; `calendar` holds the invite's VTIMEZONE definitions.
 */
export function timeOf(
  t: unknown,
  tzid: string,
  calendar: InstanceType<typeof ICAL.Component>,
  timeZone: string | undefined,
): InviteTime | undefined {
  if (!(t instanceof ICAL.Time)) return undefined;
  const day = dayText(t.year, t.month, t.day);
  if (t.isDate) return { at: day, zone: '', original: '' };
  const wall = dayTimeText(day, t.hour, t.minute);
  let instant: Date | undefined;
  let zone = tzid;
  if (!tzid && t.zone === ICAL.Timezone.utcTimezone) {
    instant = new Date(`${wall}:00Z`);
    zone = 'UTC';
  } else if (tzid) {
    const vtz = calendar
      .getAllSubcomponents('vtimezone')
      .find((c) => c.getFirstPropertyValue('tzid') === tzid);
    const iana = ianaZone(tzid);
    if (iana) instant = instantInZone(wall, iana);
    else if (vtz) {
      const offset = new ICAL.Timezone(vtz).utcOffset(floatingCopy(t));
      instant = new Date(Date.parse(`${wall}:00Z`) - offset * 1000);
    } else {
      return {
        at: wall,
        zone: tzid,
        original: '',
        note: `The invite's time zone (${tzid}) is not one this device knows: the time is shown as written.`,
      };
    }
  }
  if (!instant || Number.isNaN(instant.getTime())) return { at: wall, zone: '', original: '' };
  const at = wallTime(instant, timeZone);
  return { at, zone, original: at === wall ? '' : wall };
}

function floatingCopy(t: Time): Time {
  const { year, month, day, hour, minute, second } = t;
  return new ICAL.Time(
    { year, month, day, hour, minute, second, isDate: false },
    ICAL.Timezone.localTimezone,
  );
}
