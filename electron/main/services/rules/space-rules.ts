/**
 * The booking rules of DESIGN.md as plain functions over plain data, so they can be
 * tested without a database and reused by series, the desk and the slot finder.
 */
import type { Space } from '../../../shared/domain';
import type { HeldBooking } from './booking-fields';
import { AppError, type ConflictRef } from '../../../shared/errors';
import { addMinutes, datePart, diffMinutes, isoWeekday, minutesOfDay, timePart } from '../../../shared/time';

export interface Candidate {
  start: string;
  end: string;
  headCount: number;
}

/** Length, slot grid, opening hours and capacity: what the space itself allows. */
export function checkAgainstSpace(space: Space, c: Candidate): void {
  const minutes = diffMinutes(c.start, c.end);
  if (minutes < space.minBookingMinutes) {
    throw new AppError('validation', 'booking.too_short', `At least ${space.minBookingMinutes} minutes`, {
      params: { min: space.minBookingMinutes },
    });
  }
  if (minutes > space.maxBookingMinutes) {
    throw new AppError('validation', 'booking.too_long', `At most ${space.maxBookingMinutes} minutes`, {
      params: { max: space.maxBookingMinutes },
    });
  }
  if (minutesOfDay(timePart(c.start)) % space.slotMinutes !== 0 || minutes % space.slotMinutes !== 0) {
    throw new AppError('validation', 'booking.slot_alignment', `Bookings follow a ${space.slotMinutes}-minute grid`, {
      params: { slot: space.slotMinutes },
    });
  }
  checkOpeningHours(space, c.start, c.end);
  if (c.headCount > space.capacity) {
    throw new AppError('validation', 'booking.over_capacity', `${space.name} holds at most ${space.capacity} people`, {
      params: { capacity: space.capacity, space: space.name, headCount: c.headCount },
      // On the head count itself, so a form shows the refusal where the number was typed.
      fields: [{ path: 'headCount', code: 'over_capacity', params: { capacity: space.capacity } }],
    });
  }
}

export function checkOpeningHours(space: Space, start: string, end: string): void {
  const day = datePart(start);
  const hours = space.openingHours.find((h) => h.weekday === isoWeekday(day));
  if (!hours) {
    throw new AppError('closed', 'booking.closed_weekday', `${space.name} is closed on that day`, {
      params: { space: space.name, weekday: isoWeekday(day) },
    });
  }
  const endsNextMidnight = datePart(end) !== day && timePart(end) === '00:00' && hours.close === '24:00';
  const sameDay = datePart(end) === day;
  const endTime = endsNextMidnight ? '24:00' : timePart(end);
  if (!(sameDay || endsNextMidnight) || timePart(start) < hours.open || endTime > hours.close) {
    throw new AppError('closed', 'booking.outside_opening_hours', `${space.name} is open ${hours.open}–${hours.close}`, {
      params: { space: space.name, open: hours.open, close: hours.close },
    });
  }
}

/** Does `b` (with the turnover buffer after it) overlap the candidate (with its own buffer)? */
export function overlapsWithBuffer(b: { start: string; end: string }, c: { start: string; end: string }, buffer: number): boolean {
  return c.start < addMinutes(b.end, buffer) && b.start < addMinutes(c.end, buffer);
}

/** Highest sum of head counts at any instant of [from, to) among the given bookings. */
export function peakHeadCount(bookings: Pick<HeldBooking, 'start' | 'end' | 'headCount'>[], from: string, to: string): number {
  const events: [string, number][] = [];
  for (const b of bookings) {
    const s = b.start > from ? b.start : from;
    const e = b.end < to ? b.end : to;
    if (s < e) events.push([s, b.headCount], [e, -b.headCount]);
  }
  // Ends sort before starts at the same instant: back-to-back groups do not add up.
  events.sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1));
  let cur = 0;
  let peak = 0;
  for (const [, d] of events) {
    cur += d;
    peak = Math.max(peak, cur);
  }
  return peak;
}

export interface Clash {
  code: 'booking.overlap' | 'booking.capacity_exceeded' | 'booking.family_overlap';
  bookings: HeldBooking[];
  used?: number;
}

/**
 * The conflict rule. `same` are active bookings of this space near the candidate,
 * `family` those of its parent and child spaces (a half court and its full court).
 */
export function findClash(space: Space, c: Candidate, same: HeldBooking[], family: HeldBooking[]): Clash | null {
  const familyHits = family.filter((b) => overlapsWithBuffer(b, c, space.bufferMinutes));
  if (familyHits.length) return { code: 'booking.family_overlap', bookings: familyHits };
  if (space.mode === 'exclusive') {
    const hits = same.filter((b) => overlapsWithBuffer(b, c, space.bufferMinutes));
    return hits.length ? { code: 'booking.overlap', bookings: hits } : null;
  }
  const overlapping = same.filter((b) => b.start < c.end && c.start < b.end);
  const used = peakHeadCount(overlapping, c.start, c.end);
  if (used + c.headCount > space.capacity) return { code: 'booking.capacity_exceeded', bookings: overlapping, used };
  return null;
}

export function clashError(space: Space, clash: Clash, spaces: ReadonlyMap<number, { name: string }>): AppError {
  const refs: ConflictRef[] = clash.bookings.map((b) => ({
    bookingId: b.id,
    title: b.title,
    spaceName: spaces.get(b.spaceId)?.name ?? '',
    start: b.start,
    end: b.end,
  }));
  const first = refs[0];
  const message =
    clash.code === 'booking.capacity_exceeded'
      ? `${space.name} would exceed its capacity of ${space.capacity}`
      : `Clashes with "${first?.title}" ${first?.start}–${first?.end.slice(11)}`;
  return new AppError('conflict', clash.code, message, {
    conflicts: refs,
    params: {
      space: space.name,
      capacity: space.capacity,
      used: clash.used ?? 0,
      title: first?.title ?? '',
      otherSpace: first?.spaceName ?? '',
      start: first?.start.replace('T', ' ') ?? '',
      end: first?.end.slice(11) ?? '',
    },
  });
}
