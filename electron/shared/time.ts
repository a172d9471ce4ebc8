/**
 * Wall-clock time helpers. Times are stored as local ISO strings without offset
 * (`2026-11-23T09:30`) in the site's zone (Asia/Shanghai has no DST), so string
 * order is time order and arithmetic stays in minutes. No Date objects cross IPC.
 */
export const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const DATETIME_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;
export const HHMM_RE = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
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
  const [y, mo, d] = date.split('-').map(Number);
  const wd = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

export function addDays(date: string, days: number): string {
  const [y, mo, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d + days));
  return t.toISOString().slice(0, 10);
}

/** Add minutes to a wall-clock datetime, crossing midnight correctly. */
export function addMinutes(iso: string, minutes: number): string {
  const [date, time] = iso.split('T');
  const total = minutesOfDay(time) + minutes;
  const dayShift = Math.floor(total / 1440);
  const rest = total - dayShift * 1440;
  return `${addDays(date, dayShift)}T${hhmm(rest)}`;
}

/** Minutes from a to b (b later is positive). */
export function diffMinutes(a: string, b: string): number {
  const toMin = (iso: string) => {
    const [y, mo, d] = iso.slice(0, 10).split('-').map(Number);
    return Date.UTC(y, mo - 1, d) / 60000 + minutesOfDay(iso.slice(11, 16));
  };
  return toMin(b) - toMin(a);
}

/** Monday of the week containing `date`. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}
