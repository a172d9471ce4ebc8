/**
 * Which backups to keep: recent ones densely, old ones sparsely (grandfather-father-son).
 * Pure: the list and the time in, the names to keep out; the folder code deletes the rest.
 *
 * - everything from the last 24 hours;
 * - the newest of each of the last 7 days (today included);
 * - the newest of each of the last 4 weeks (weeks start on Monday, this week included);
 * - the newest of each of the last 12 months (this month included): the month-ends;
 * - always the newest 3, so a machine left off for a year still has its last backups;
 * - never a backup the user made by hand, nor a pinned one (the copy an undo needs).
 *
 * Applying the rule to what it kept keeps all of it again, so running it after every
 * backup never thins out more than one run would.
 */

export interface RotatedBackup {
  id: string;
  /** Shanghai wall-clock time, `YYYY-MM-DDTHH:mm:ss` (string order is time order). */
  at: string;
  /** Made by hand: the user removes these, never the rotation. */
  manual: boolean;
}

export const ROTATION = { hours: 24, days: 7, weeks: 4, months: 12, newest: 3 } as const;

/** Whole days since 1970-01-01 of a `YYYY-MM-DD...` string. */
function dayOf(at: string): number {
  return Math.floor(Date.UTC(Number(at.slice(0, 4)), Number(at.slice(5, 7)) - 1, Number(at.slice(8, 10))) / 86_400_000);
}

/** Seconds since 1970 of the wall-clock string (the zone does not matter for differences). */
function secondsOf(at: string): number {
  const [h, m, s] = [at.slice(11, 13), at.slice(14, 16), at.slice(17, 19)].map((x) => Number(x) || 0);
  return dayOf(at) * 86_400 + h * 3600 + m * 60 + s;
}

/** The Monday of the day's week, as a day number (1970-01-01 was a Thursday). */
function weekOf(day: number): number {
  return day - ((day + 3) % 7);
}

function monthOf(at: string): number {
  return Number(at.slice(0, 4)) * 12 + Number(at.slice(5, 7)) - 1;
}

/** The ids to keep, given every backup and the time now. */
export function backupsToKeep(backups: readonly RotatedBackup[], now: string, pinned: ReadonlySet<string> = new Set()): Set<string> {
  const newestFirst = [...backups].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1));
  const keep = new Set<string>();
  const today = dayOf(now);
  const nowSeconds = secondsOf(now);
  const buckets = [
    { of: (b: RotatedBackup) => dayOf(b.at), first: today - ROTATION.days + 1 },
    { of: (b: RotatedBackup) => weekOf(dayOf(b.at)), first: weekOf(today) - 7 * (ROTATION.weeks - 1) },
    { of: (b: RotatedBackup) => monthOf(b.at), first: monthOf(now) - ROTATION.months + 1 },
  ].map((b) => ({ ...b, seen: new Set<number>() }));

  newestFirst.forEach((b, index) => {
    if (b.manual || pinned.has(b.id) || index < ROTATION.newest || nowSeconds - secondsOf(b.at) < ROTATION.hours * 3600) keep.add(b.id);
    // The first (newest) backup met in each bucket is that day's, week's or month's copy.
    for (const bucket of buckets) {
      const key = bucket.of(b);
      if (key < bucket.first || bucket.seen.has(key)) continue;
      bucket.seen.add(key);
      keep.add(b.id);
    }
  });
  return keep;
}
