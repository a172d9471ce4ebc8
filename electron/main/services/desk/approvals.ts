/** Spaces that need approval create requested bookings; a coordinator approves or declines them. */
import type { Kysely } from 'kysely';
import type { Booking } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { findBooking, updateBooking } from '../../db/repos/bookings';
import type { DB } from '../../db/schema';
import { audit, type ServiceContext } from '../context';
import { required } from '../not-found';
import { emit } from '../events';

async function requested(tx: Kysely<DB>, id: number): Promise<Booking> {
  const b = required(await findBooking(tx, id), 'booking', id);
  if (b.status !== 'requested') {
    throw new AppError('validation', 'approval.not_requested', 'This booking is not waiting for approval', {
      params: { status: b.status },
    });
  }
  return b;
}

export async function approveBooking(ctx: ServiceContext, tx: Kysely<DB>, id: number): Promise<Booking> {
  const before = await requested(tx, id);
  // A request already holds its slot (it is active), so approving cannot create a clash.
  const after = await updateBooking(tx, id, { status: 'confirmed' }, ctx.now());
  await audit(ctx, tx, 'approve', 'booking', id, before, after);
  return after;
}

export async function declineBooking(ctx: ServiceContext, tx: Kysely<DB>, id: number, reason: string): Promise<Booking> {
  const before = await requested(tx, id);
  const after = await updateBooking(tx, id, { status: 'cancelled', cancelReason: reason }, ctx.now());
  await audit(ctx, tx, 'decline', 'booking', id, before, after);
  emit(tx, { type: 'booking.freed', booking: after });
  return after;
}
