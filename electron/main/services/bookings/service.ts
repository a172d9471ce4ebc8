/**
 * Booking writes. Each public function runs inside a caller-provided write
 * transaction (see writeTransaction), so series and the desk can compose them.
 */
import type { Kysely } from 'kysely';
import type { Booking, BookingStatus, Space } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { addMinutes } from '../../../shared/time';
import { activeOverlapping, findBooking, insertBooking, updateBooking, type BookingRow } from '../../db/repos/bookings';
import { findAudience } from '../../db/repos/audiences';
import { findContact } from '../../db/repos/contacts';
import { findOrganisation } from '../../db/repos/organisations';
import { findSpace, listSpaces, relatedSpaceIds } from '../../db/repos/spaces';
import type { DB } from '../../db/schema';
import { audit, type ServiceContext } from '../context';
import { offerFreedSlot } from '../desk/waitlist';
import { required } from '../not-found';
import { checkCalendar } from '../plans/calendar-rules';
import { checkAgainstSpace, clashError, findClash } from './rules';

export interface BookingFields {
  spaceId: number;
  start: string;
  end: string;
  title: string;
  contactId: number | null;
  organisationId: number | null;
  audienceId: number | null;
  headCount: number;
  note: string;
  overrideReason: string | null;
}

/** The people and groups a booking names must still exist ("a contact deleted meanwhile"). */
async function checkReferences(tx: Kysely<DB>, f: BookingFields): Promise<void> {
  if (f.contactId !== null) required(await findContact(tx, f.contactId), 'contact', f.contactId);
  if (f.organisationId !== null) required(await findOrganisation(tx, f.organisationId), 'organisation', f.organisationId);
  if (f.audienceId !== null) required(await findAudience(tx, f.audienceId), 'audience', f.audienceId);
}

/** Every rule a booking must pass; throws the first failure as an AppError. */
export async function checkBooking(tx: Kysely<DB>, f: BookingFields, excludeId?: number): Promise<Space> {
  const space = required(await findSpace(tx, f.spaceId), 'space', f.spaceId);
  if (space.archived) throw new AppError('validation', 'space.archived', `${space.name} is archived`, { params: { space: space.name } });
  checkAgainstSpace(space, f);
  await checkReferences(tx, f);
  await checkCalendar(tx, space, f, excludeId);
  const { ancestors, descendants } = await relatedSpaceIds(tx, space.id);
  const family = [...ancestors, ...descendants];
  // Widen the window by the buffer so a booking that ends just before still counts.
  const from = addMinutes(f.start, -space.bufferMinutes);
  const to = addMinutes(f.end, space.bufferMinutes);
  const nearby = await activeOverlapping(tx, [space.id, ...family], from, to, excludeId);
  const clash = findClash(
    space,
    f,
    nearby.filter((b) => b.spaceId === space.id),
    nearby.filter((b) => b.spaceId !== space.id),
  );
  if (clash) {
    const names = new Map((await listSpaces(tx, { siteId: space.siteId, includeArchived: true })).map((s) => [s.id, s.name]));
    throw clashError(space, clash, names);
  }
  return space;
}

export async function createBooking(
  ctx: ServiceContext,
  tx: Kysely<DB>,
  f: BookingFields,
  opts: { seriesId?: number | null; status?: BookingStatus } = {},
): Promise<Booking> {
  const space = await checkBooking(tx, f);
  const row: BookingRow = {
    ...f,
    status: opts.status ?? (space.needsApproval ? 'requested' : 'confirmed'),
    seriesId: opts.seriesId ?? null,
    createdBy: ctx.operatorId,
  };
  const created = await insertBooking(tx, row, ctx.now());
  await audit(ctx, tx, 'create', 'booking', created.id, undefined, created);
  return created;
}

export async function changeBooking(ctx: ServiceContext, tx: Kysely<DB>, id: number, f: BookingFields): Promise<Booking> {
  const before = required(await findBooking(tx, id), 'booking', id);
  if (before.status === 'cancelled' || before.status === 'no_show') {
    throw new AppError('validation', 'booking.not_editable', 'A cancelled or no-show booking cannot be changed', {
      params: { status: before.status },
    });
  }
  const space = await checkBooking(tx, f, id);
  // Moving a booking into a space that needs approval sends it back to the queue.
  const status = space.needsApproval && f.spaceId !== before.spaceId ? 'requested' : before.status;
  const after = await updateBooking(tx, id, { ...f, status }, ctx.now());
  await audit(ctx, tx, 'update', 'booking', id, before, after);
  return after;
}

export async function cancelBooking(ctx: ServiceContext, tx: Kysely<DB>, id: number, reason: string): Promise<Booking> {
  const before = required(await findBooking(tx, id), 'booking', id);
  if (before.status === 'cancelled') return before;
  const after = await updateBooking(tx, id, { status: 'cancelled', cancelReason: reason || null }, ctx.now());
  await audit(ctx, tx, 'cancel', 'booking', id, before, after);
  // The freed slot goes to whoever waits for it: the desk sees the offer.
  await offerFreedSlot(ctx, tx, after);
  return after;
}
