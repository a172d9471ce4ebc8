import { z } from 'zod';
import { booking, bookingInput, bookingView, dateString, id } from '../domain';

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
  /** Edit, move (drag) or resize: the whole booking is re-checked. */
  'bookings.update': { kind: 'write', input: z.object({ id, changes: bookingInput }), output: booking },
  'bookings.cancel': {
    kind: 'write',
    input: z.object({ id, reason: z.string().trim().max(200).default('') }),
    output: booking,
  },
} as const;
