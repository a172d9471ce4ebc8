import { z } from 'zod';
import { BOOKING_STATUSES, booking, bookingInput, bookingView, dateString, dateTimeString, familyHold, id, version } from '../domain';

/** One booking found by the search: when, where, what and who, as the list of results shows it. */
export const bookingSearchItem = z.object({
  id,
  start: z.string(),
  end: z.string(),
  title: z.string(),
  status: z.enum(BOOKING_STATUSES),
  headCount: z.number().int(),
  spaceId: id,
  spaceName: z.string(),
  spaceNameEn: z.string(),
  siteName: z.string(),
  siteNameEn: z.string(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  organisationName: z.string().nullable(),
  organisationNameEn: z.string().nullable(),
  cancelReason: z.string().nullable(),
});
export type BookingSearchItem = z.infer<typeof bookingSearchItem>;

/**
 * Refusals that depend on when: a later time in the same space may pass. After one of
 * these the desk is offered the next free time (bookings.nextFree); after any other (too
 * many people for the room, a deleted contact, a stale edit) a later time would not help.
 */
export const TIME_BOUND_REFUSALS: ReadonlySet<string> = new Set([
  'booking.overlap',
  'booking.capacity_exceeded',
  'booking.family_overlap',
  'booking.outside_opening_hours',
  'booking.closed_weekday',
  'plans.closure',
  'plans.holiday_closed',
  'plans.outside_window',
  'plans.quota_exceeded',
]);

/** How far ahead bookings.nextFree looks, in days from the refused day. */
export const NEXT_FREE_DAYS = 14;

export const bookingsContract = {
  /** Bookings overlapping [from, to) (dates, `to` exclusive) of some spaces or a whole site. */
  'bookings.range': {
    kind: 'read',
    input: z
      .object({
        from: dateString,
        to: dateString,
        spaceIds: z.array(id).max(500).optional(),
        siteId: id.optional(),
        includeCancelled: z.boolean().default(false),
      })
      .refine((r) => r.from < r.to, { message: 'start_before_end', path: ['to'] }),
    output: z.array(bookingView),
  },
  /**
   * What holds these spaces' ground from elsewhere in their families over [from, to):
   * the whole court's bookings for a half (全场占用), a half's for the whole (半场占用).
   * The calendar draws them beside the space's own bookings.
   */
  'bookings.familyHolds': {
    kind: 'read',
    input: z
      .object({ from: dateString, to: dateString, spaceIds: z.array(id).max(500).optional(), siteId: id.optional() })
      .refine((r) => r.from < r.to, { message: 'start_before_end', path: ['to'] })
      .refine((r) => r.siteId !== undefined || r.spaceIds !== undefined, { message: 'required', path: ['spaceIds'] }),
    output: z.array(familyHold),
  },
  'bookings.get': { kind: 'read', input: z.object({ id }), output: bookingView },
  'bookings.create': { kind: 'write', input: bookingInput, output: booking },
  /**
   * Edit a booking from the form: the whole booking is re-checked. `version` is the one
   * the form was filled from; if another desk changed the booking since, it is refused.
   */
  'bookings.update': { kind: 'write', input: z.object({ id, version, changes: bookingInput }), output: booking },
  /**
   * Move or resize (a drag): only where and when change, checked as a new booking would
   * be. An override reason stored for the old time does not carry over: a new time
   * outside the audience's window needs its own reason.
   */
  'bookings.move': {
    kind: 'write',
    input: z
      .object({
        id,
        version,
        spaceId: id.optional(),
        start: dateTimeString,
        end: dateTimeString,
        overrideReason: z.string().trim().min(1, 'required').max(200, 'too_long').nullable().default(null),
      })
      .refine((m) => m.start < m.end, { message: 'start_before_end', path: ['end'] }),
    output: booking,
  },
  'bookings.cancel': {
    kind: 'write',
    /** `version`, when given, is checked like an edit's: a cancel made from a stale view is refused. */
    input: z.object({ id, version: version.optional(), reason: z.string().trim().max(200).default('') }),
    output: booking,
  },
  /**
   * Undo a cancellation: the same booking, with every field as it was and the status it
   * had before, if the rules still allow it (nobody took the slot meanwhile). `version`
   * is the cancelled booking's, as the cancel returned it.
   */
  'bookings.restore': { kind: 'write', input: z.object({ id, version }), output: booking },
  /**
   * Find bookings by words a caller gives: a contact's name or the last digits of their
   * phone, a title, an organisation, a space or site, a date (2026-11-28, 11-28, 11月28日).
   * Every word must match something of the booking. Bookings still to come first
   * (soonest first), then past ones (latest first); `more` says there were more than `limit`.
   */
  /**
   * The first time after a refused one at which the same booking (same space, length,
   * people, audience, group, exception) passes every rule, within NEXT_FREE_DAYS days;
   * null if there is none. Asked by the rule engine's own slot finder. `excludeBookingId`:
   * the booking being edited, whose own place does not stand in its way.
   */
  'bookings.nextFree': {
    kind: 'read',
    input: z
      .object({
        spaceId: id,
        start: dateTimeString,
        end: dateTimeString,
        audienceId: id.nullable().default(null),
        organisationId: id.nullable().default(null),
        headCount: z.number().int().min(1, 'min').max(2000, 'max').default(1),
        overrideReason: z.string().trim().max(200).nullable().default(null),
        excludeBookingId: id.optional(),
      })
      .refine((b) => b.start < b.end, { message: 'start_before_end', path: ['end'] }),
    output: z.object({ start: z.string(), end: z.string() }).nullable(),
  },
  'bookings.search': {
    kind: 'read',
    input: z.object({
      query: z.string().trim().min(1, 'required').max(80, 'too_long'),
      limit: z.number().int().min(1).max(100).default(50),
    }),
    output: z.object({ items: z.array(bookingSearchItem), more: z.boolean() }),
  },
} as const;
