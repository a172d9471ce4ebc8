import { z } from 'zod';
import { booking, bookingInput, bookingView, dateString, dateTimeString, id, version } from '../domain';

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
} as const;
