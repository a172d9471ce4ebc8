/**
 * The waitlist: when nothing fits, the request waits. When a booking is cancelled or
 * declined, the entries that the freed slot now fits get an offer the desk sees.
 */
import type { Kysely } from 'kysely';
import type { WaitlistEntry, WaitlistInput, WaitlistOffer } from '../../../shared/contract/desk';
import type { Booking } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { addDays, datePart } from '../../../shared/time';
import { findAudience } from '../../db/repos/audiences';
import { findContact } from '../../db/repos/contacts';
import { findSite } from '../../db/repos/sites';
import { findSpace } from '../../db/repos/spaces';
import {
  findWaitlistEntry,
  insertOffer,
  insertWaitlistEntry,
  listWaitlist,
  setWaitlistStatus,
} from '../../db/repos/waitlist';
import type { DB } from '../../db/schema';
import { audit, type ServiceContext } from '../context';
import { required } from '../not-found';
import { familyIds } from '../../../shared/family';
import { referenceData } from '../../db/repos/reference';
import { findFreeSlots, rankSlots } from '../rules/free-slots';
import { siteSpaces } from './slots';

export async function addToWaitlist(ctx: ServiceContext, tx: Kysely<DB>, e: WaitlistInput): Promise<WaitlistEntry> {
  required(await findSite(tx, e.siteId), 'site', e.siteId);
  required(await findContact(tx, e.contactId), 'contact', e.contactId);
  if (e.audienceId !== null) required(await findAudience(tx, e.audienceId), 'audience', e.audienceId);
  if (e.spaceId !== null) {
    const space = required(await findSpace(tx, e.spaceId), 'space', e.spaceId);
    if (space.siteId !== e.siteId) {
      throw new AppError('validation', 'waitlist.space_other_site', 'The space belongs to another site', {
        fields: [{ path: 'spaceId', code: 'space_other_site' }],
      });
    }
  }
  const id = await insertWaitlistEntry(tx, e, { createdBy: ctx.operatorId, now: ctx.now() });
  const after = required(await findWaitlistEntry(tx, id), 'waitlist', id);
  await audit(ctx, tx, 'create', 'waitlist', id, undefined, after);
  return after;
}

export async function closeWaitlistEntry(ctx: ServiceContext, tx: Kysely<DB>, id: number, outcome: 'booked' | 'withdrawn'): Promise<WaitlistEntry> {
  const before = required(await findWaitlistEntry(tx, id), 'waitlist', id);
  if (before.status !== 'waiting') return before;
  await setWaitlistStatus(tx, id, outcome);
  const after = required(await findWaitlistEntry(tx, id), 'waitlist', id);
  await audit(ctx, tx, outcome === 'booked' ? 'book' : 'withdraw', 'waitlist', id, before, after);
  return after;
}

/** Does the entry want that space on that day at all (before any slot arithmetic)? */
function mayWant(e: WaitlistEntry, spaceIds: Set<number>, date: string): boolean {
  return e.from <= date && date < e.to && (e.spaceId === null || spaceIds.has(e.spaceId));
}

/**
 * Heard after a cancellation or a declined request is committed, in a transaction of its
 * own. For each waiting entry of the site, the best slot of the freed space (or its
 * court family) that overlaps the freed time and fits the entry becomes an offer; the
 * slots come from the rule engine's finder, so an offer is one the desk can book.
 */
export async function offerFreedSlot(ctx: ServiceContext, tx: Kysely<DB>, freed: Booking): Promise<WaitlistOffer['id'][]> {
  const now = ctx.now();
  if (freed.end <= now) return [];
  const space = await findSpace(tx, freed.spaceId);
  if (!space) return [];
  const date = datePart(freed.start);
  const ground = familyIds((await referenceData(tx)).tree, space.id).add(space.id);
  const waiting = (await listWaitlist(tx, { siteId: space.siteId, waitingOn: date })).filter((e) => mayWant(e, ground, date));
  if (waiting.length === 0) return [];
  const spaces = await siteSpaces(tx, space.siteId, (s) => ground.has(s.id));
  const offers: number[] = [];
  for (const e of waiting) {
    const candidates = spaces.filter((s) => e.spaceId === null || s.id === e.spaceId);
    const need = { ...e, audienceId: e.audienceId };
    const fits = (await findFreeSlots(tx, { need, spaces: candidates, from: date, to: addDays(date, 1), notBefore: now })).filter(
      (s) => s.start < freed.end && freed.start < s.end,
    );
    // Inside the freed time first: the stretch that was free anyway is no news to anyone.
    const inside = (s: { start: string; end: string }) => Number(!(freed.start <= s.start && s.end <= freed.end));
    const best = rankSlots(fits, e.headCount).sort((a, b) => inside(a) - inside(b))[0];
    if (!best) continue;
    const offer = { waitlistId: e.id, bookingId: freed.id, spaceId: best.spaceId, start: best.start, end: best.end, now };
    const id = await insertOffer(tx, offer);
    if (id) {
      await audit(ctx, tx, 'offer', 'waitlist', e.id, undefined, { ...offer, id });
      offers.push(id);
    }
  }
  return offers;
}
