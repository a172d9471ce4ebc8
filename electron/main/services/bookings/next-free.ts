/**
 * The next free time for a booking that was refused: the same space, length and group,
 * later. The rule engine's slot finder decides, so the time offered is one the desk can
 * book; nothing here knows a rule.
 */
import type { Kysely } from 'kysely';
import type { Output, ParsedInput } from '../../../shared/contract';
import { NEXT_FREE_DAYS } from '../../../shared/contract/bookings';
import { addDays, addMinutes, datePart, diffMinutes } from '../../../shared/time';
import { findSpace } from '../../db/repos/spaces';
import type { DB } from '../../db/schema';
import { required } from '../not-found';
import { findFreeSlots } from '../rules/free-slots';

export async function nextFreeTime(db: Kysely<DB>, input: ParsedInput<'bookings.nextFree'>, now: string): Promise<Output<'bookings.nextFree'>> {
  const space = required(await findSpace(db, input.spaceId), 'space', input.spaceId);
  // Strictly after the refused start (the grid puts the next candidate a step later), and never in the past.
  const after = addMinutes(input.start, 1);
  const notBefore = after > now ? after : now;
  const from = datePart(input.start) > datePart(now) ? datePart(input.start) : datePart(now);
  const [slot] = await findFreeSlots(db, {
    need: {
      durationMinutes: diffMinutes(input.start, input.end),
      headCount: input.headCount,
      amenities: [],
      audienceId: input.audienceId,
      organisationId: input.organisationId,
      overrideReason: input.overrideReason,
      anywhereAllowed: true,
    },
    spaces: [space],
    from,
    to: addDays(datePart(input.start), NEXT_FREE_DAYS + 1),
    notBefore,
    enough: 1,
    excludeBookingId: input.excludeBookingId,
  });
  return slot ? { start: slot.start, end: slot.end } : null;
}
