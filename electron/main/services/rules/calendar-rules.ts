/**
 * The calendar's booking rules: closures, holidays a site keeps closed, and the
 * time-sharing plan's audience windows with their quotas. A booking may sit in another
 * audience's window only with an override reason, which the booking keeps on record.
 */
import type { Space } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { addDays, datePart, minutesOfDay, mondayOf, timePart } from '../../../shared/time';
import type { PlanWindowOfDay, SpaceDay } from './space-days';

export interface WindowCandidate {
  start: string;
  end: string;
  audienceId: number | null;
  organisationId: number | null;
  headCount: number;
}

function span(c: { start: string; end: string }): [number, number] {
  const s = minutesOfDay(timePart(c.start));
  const e = datePart(c.end) === datePart(c.start) ? minutesOfDay(timePart(c.end)) : 24 * 60;
  return [s, e];
}

/** The first window of another audience (or of a standing organisation) the candidate overlaps. */
export function foreignWindow(day: Pick<SpaceDay, 'windows'>, c: WindowCandidate): PlanWindowOfDay | null {
  const [s, e] = span(c);
  for (const w of day.windows) {
    if (!(s < minutesOfDay(w.end) && minutesOfDay(w.start) < e)) continue;
    const ownAudience = c.audienceId !== null && w.audienceId === c.audienceId;
    const ownOrganisation = w.organisationId === null || w.organisationId === c.organisationId;
    if (!ownAudience || !ownOrganisation) return w;
  }
  return null;
}

/** The candidate's own windows that it overlaps (where quotas apply). */
function ownWindows(day: Pick<SpaceDay, 'windows'>, c: WindowCandidate): PlanWindowOfDay[] {
  const [s, e] = span(c);
  return day.windows.filter((w) => s < minutesOfDay(w.end) && minutesOfDay(w.start) < e && w.audienceId === c.audienceId);
}

/** Throws why the calendar refuses the candidate: closed, holiday, or outside its window. */
export function checkDay(space: Space, day: SpaceDay, c: WindowCandidate & { overrideReason: string | null }): void {
  if (day.closed?.kind === 'closure') {
    throw new AppError('closed', 'plans.closure', `${space.name} is closed on ${day.date}: ${day.closed.reason}`, {
      params: { space: space.name, date: day.date, reason: day.closed.reason },
    });
  }
  if (day.closed?.kind === 'holiday') {
    throw new AppError('holiday', 'plans.holiday_closed', `${space.name} is closed on the holiday ${day.date} (${day.closed.reason})`, {
      params: { space: space.name, date: day.date, holiday: day.closed.reason },
    });
  }
  if (c.overrideReason) return;
  const w = foreignWindow(day, c);
  if (w) {
    throw new AppError('outside_window', 'plans.outside_window', `${w.start}–${w.end} is another audience's window`, {
      params: { space: space.name, start: w.start, end: w.end, audienceId: w.audienceId },
    });
  }
  const tooMany = ownWindows(day, c).find((x) => x.maxHeadCount && c.headCount > x.maxHeadCount);
  if (tooMany) {
    throw new AppError('validation', 'plans.window_head_count', `At most ${tooMany.maxHeadCount} people in this window`, {
      params: { max: tooMany.maxHeadCount ?? 0, start: tooMany.start, end: tooMany.end },
    });
  }
}

/** The standing window whose weekly quota applies to the candidate, if any (never with an override). */
function quotaWindow(day: Pick<SpaceDay, 'windows'>, c: WindowCandidate & { overrideReason: string | null }): PlanWindowOfDay | null {
  if (c.overrideReason || c.organisationId === null) return null;
  const quota = ownWindows(day, c).find((w) => w.maxPerWeek);
  return quota?.maxPerWeek ? quota : null;
}

/** The week a quota counts: Monday 00:00 to the next Monday 00:00 (datetimes). */
export function quotaWeek(date: string): { from: string; to: string } {
  const monday = mondayOf(date);
  return { from: `${monday}T00:00`, to: `${addDays(monday, 7)}T00:00` };
}

/**
 * The calendar part of checkBooking, over a day already read. `countWeek` returns how
 * many active bookings the candidate's group already holds in the space in [from, to).
 */
export function checkCalendarDay(
  space: Space,
  day: SpaceDay,
  c: WindowCandidate & { overrideReason: string | null },
  countWeek: (from: string, to: string) => number,
): void {
  checkDay(space, day, c);
  const quota = quotaWindow(day, c);
  if (!quota?.maxPerWeek) return;
  const week = quotaWeek(day.date);
  if (countWeek(week.from, week.to) >= quota.maxPerWeek) {
    throw new AppError('conflict', 'plans.quota_exceeded', `At most ${quota.maxPerWeek} bookings a week for this group`, {
      params: { max: quota.maxPerWeek, space: space.name },
    });
  }
}
