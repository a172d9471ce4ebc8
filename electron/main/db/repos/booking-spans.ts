/** Narrow reads of bookings for reports: only the columns an aggregate needs, no joins. */
import type { Kysely } from 'kysely';
import { ACTIVE_STATUSES } from '../../../shared/domain';
import type { DB } from '../schema';

export interface BookingSpan {
  space_id: number;
  start: string;
  end: string;
}

/**
 * Active bookings of the given spaces that start on a date in [from, to) (`to` is an
 * exclusive date), ordered by space then start, so the bookings of one space and one
 * day come together and in time order. Answered on the (space_id, start) index.
 */
export async function activeSpansStartingIn(db: Kysely<DB>, spaceIds: number[], from: string, to: string): Promise<BookingSpan[]> {
  if (spaceIds.length === 0 || from >= to) return [];
  return db
    .selectFrom('bookings')
    .select(['space_id', 'start', 'end'])
    .where('space_id', 'in', spaceIds)
    .where('start', '>=', `${from}T00:00`)
    .where('start', '<', `${to}T00:00`)
    .where('status', 'in', ACTIVE_STATUSES)
    .orderBy('space_id')
    .orderBy('start')
    .execute();
}
