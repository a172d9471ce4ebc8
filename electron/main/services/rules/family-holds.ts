/**
 * What holds a space's ground besides its own bookings: the bookings of the other spaces
 * of its family. The booking rules already refuse a half while the whole court is booked
 * (and the whole while a half is); every view that shows a space on its own reads these
 * holds from here, so the west half's poster, the today board and the calendar say
 * 全场占用 where the rules would say "clash", instead of looking free.
 */
import type { Kysely } from 'kysely';
import { ACTIVE_STATUSES, type FamilyHold } from '../../../shared/domain';
import { familyOf } from '../../../shared/family';
import { bookingViews } from '../../db/repos/bookings';
import { referenceData } from '../../db/repos/reference';
import type { DB } from '../../db/schema';

const holdsGround = new Set<string>(ACTIVE_STATUSES);

/**
 * The active bookings of the family of each of `spaceIds` overlapping [from, to) (dates,
 * `to` exclusive), once per space whose ground they hold, by start. A booking of the whole
 * court appears once for each half asked about; a space's own bookings never appear.
 */
export async function familyHolds(db: Kysely<DB>, spaceIds: readonly number[], from: string, to: string): Promise<FamilyHold[]> {
  if (spaceIds.length === 0 || from >= to) return [];
  const ref = await referenceData(db);
  // For each booked family member: the shown spaces it holds, and how.
  const heldBy = new Map<number, { spaceId: number; relation: FamilyHold['relation'] }[]>();
  for (const spaceId of new Set(spaceIds)) {
    const { ancestors, descendants } = familyOf(ref.tree, spaceId);
    for (const [ids, relation] of [
      [ancestors, 'whole'],
      [descendants, 'part'],
    ] as const) {
      for (const id of ids) heldBy.set(id, [...(heldBy.get(id) ?? []), { spaceId, relation }]);
    }
  }
  if (heldBy.size === 0) return [];
  const bookings = await bookingViews(db, { from, to, spaceIds: [...heldBy.keys()], includeCancelled: false });
  const holds: FamilyHold[] = [];
  for (const b of bookings) {
    if (!holdsGround.has(b.status)) continue;
    for (const { spaceId, relation } of heldBy.get(b.spaceId) ?? []) {
      holds.push({
        spaceId,
        relation,
        bookingId: b.id,
        bookedSpaceId: b.spaceId,
        bookedSpaceName: b.spaceName,
        bookedSpaceNameEn: ref.spaces.get(b.spaceId)?.nameEn ?? '',
        start: b.start,
        end: b.end,
        title: b.title,
        organisationId: b.organisationId,
        organisationName: b.organisationName,
        audienceId: b.audienceId,
        status: b.status,
      });
    }
  }
  return holds;
}
