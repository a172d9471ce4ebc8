/**
 * The desk's slot search: which slots of a site's spaces fit a caller's need, best
 * first. The slots come from the rule engine's finder (../rules/free-slots.ts), so
 * every one of them is accepted when the desk books it.
 */
import type { Kysely } from 'kysely';
import type { FindSlotsInput, FreeSlot } from '../../../shared/contract/desk';
import type { Space } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { addDays } from '../../../shared/time';
import { findSite } from '../../db/repos/sites';
import { listSpaces } from '../../db/repos/spaces';
import type { DB } from '../../db/schema';
import { required } from '../not-found';
import { findFreeSlots, rankSlots } from '../rules/free-slots';

/** The site's bookable spaces that pass the filter. */
export async function siteSpaces(db: Kysely<DB>, siteId: number, filter: (s: Space) => boolean = () => true): Promise<Space[]> {
  return (await listSpaces(db, { siteId, includeArchived: false })).filter(filter);
}

/**
 * Days searched first; each later stretch is twice as long. Most questions are answered
 * by the first days, since the soonest slots rank first, and a fortnight's bookings are
 * read only when the nearer days do not give enough.
 */
const FIRST_CHUNK_DAYS = 2;

/** The spaces a search looks at; a group larger than every one of them is told so. */
export async function spacesToSearch(db: Kysely<DB>, input: FindSlotsInput): Promise<Space[]> {
  required(await findSite(db, input.siteId), 'site', input.siteId);
  const wanted = input.spaceIds && new Set(input.spaceIds);
  const spaces = await siteSpaces(db, input.siteId, (s) => !wanted || wanted.has(s.id));
  const largest = Math.max(0, ...spaces.map((s) => s.capacity));
  if (input.headCount > largest) {
    throw new AppError('validation', 'slots.over_capacity', `No space here holds ${input.headCount} people (at most ${largest})`, {
      params: { headCount: input.headCount, capacity: largest },
    });
  }
  return spaces;
}

export async function searchSlots(db: Kysely<DB>, input: FindSlotsInput, now: string): Promise<FreeSlot[]> {
  const spaces = await spacesToSearch(db, input);
  const slots: FreeSlot[] = [];
  for (let from = input.from, days = FIRST_CHUNK_DAYS; from < input.to && slots.length < input.limit; days *= 2) {
    const to = addDays(from, days) < input.to ? addDays(from, days) : input.to;
    const enough = input.limit - slots.length;
    slots.push(...(await findFreeSlots(db, { need: input, spaces, from, to, notBefore: now, enough })));
    from = to;
  }
  return rankSlots(slots, input.headCount).slice(0, input.limit);
}
