/**
 * Wall-clock time helpers. Times are stored as local ISO strings without offset
 * (`2026-11-23T09:30`) in the site's zone (Asia/Shanghai has no DST), so string
 * order is time order and arithmetic stays in minutes. No Date objects cross IPC.
 */
export const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const DATETIME_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;
export const HHMM_RE = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/**
 * The years a date may have. Bookings, plans and holidays before 2000 or after 2100 are
 * typing mistakes (0000, 9999, 20266), never plans: refusing them keeps every calendar
 * able to show what is stored.
 */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/**
 * The number written with `count` decimal digits from `at`, or NaN if one is not a digit.
 * The booking rules read thousands of dates and times per series check: char codes,
 * no substrings or arrays.
 */
function digitsAt(s: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Whether a `YYYY-MM-DD` string (already of that shape) names a day that exists:
 * 2026-02-30, 2026-04-31 and 2026-02-29 do not. Round-tripping through the day
 * number is exact for every proleptic Gregorian date.
 */
export function isRealDate(date: string): boolean {
  return dateOfDayNumber(dayNumber(date)) === date.slice(0, 10);
}

/** Whether the year of a date (or datetime) lies within MIN_YEAR..MAX_YEAR. */
export function inYearRange(date: string): boolean {
  const year = digitsAt(date, 0, 4);
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export function minutesOfDay(hhmm: string): number {
  const colon = hhmm.indexOf(':');
  if (colon < 1) return NaN;
  return digitsAt(hhmm, 0, colon) * 60 + digitsAt(hhmm, colon + 1, 2);
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, and back: integer arithmetic
 * (days-from-civil) instead of a Date per call, which dominated a series preview.
 */
export function dayNumber(date: string): number {
  let y = digitsAt(date, 0, 4);
  const m = digitsAt(date, 5, 2);
  const d = digitsAt(date, 8, 2);
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function dateOfDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function hhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function datePart(iso: string): string {
  return iso.slice(0, 10);
}

export function timePart(iso: string): string {
  return iso.slice(11, 16);
}

/** ISO weekday of a date string: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function addDays(date: string, days: number): string {
  if (days === 0) return date;
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Add minutes to a wall-clock datetime, crossing midnight correctly. */
export function addMinutes(iso: string, minutes: number): string {
  // Most calls add a turnover buffer of 0, and most shifts stay on the same day.
  if (minutes === 0) return iso;
  const total = minutesOfDay(iso.slice(11, 16)) + minutes;
  const dayShift = Math.floor(total / 1440);
  const rest = total - dayShift * 1440;
  const date = iso.slice(0, 10);
  return `${dayShift === 0 ? date : addDays(date, dayShift)}T${hhmm(rest)}`;
}

/** Minutes from a to b (b later is positive). */
export function diffMinutes(a: string, b: string): number {
  const toMin = (iso: string) => dayNumber(iso) * 1440 + minutesOfDay(iso.slice(11, 16));
  return toMin(b) - toMin(a);
}

/** Monday of the week containing `date`. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}
