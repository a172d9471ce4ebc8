import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';
import { writeTransaction } from '../../db/connection';
import { bookingViews } from '../../db/repos/bookings';
import { required } from '../not-found';
import { cancelBooking, changeBooking, createBooking } from './service';

type BookingMethods = 'bookings.range' | 'bookings.get' | 'bookings.create' | 'bookings.update' | 'bookings.cancel';

export function bookingsHandlers(ctx: ServiceContext): Handlers<BookingMethods> {
  return {
    'bookings.range': async (i) => bookingViews(ctx.db, i),
    'bookings.get': async ({ id }) =>
      required((await bookingViews(ctx.db, { from: '', to: '', id, includeCancelled: true }))[0], 'booking', id),
    'bookings.create': async (i) => writeTransaction(ctx.db, (tx) => createBooking(ctx, tx, i)),
    'bookings.update': async ({ id, changes }) => writeTransaction(ctx.db, (tx) => changeBooking(ctx, tx, id, changes)),
    'bookings.cancel': async ({ id, reason }) => writeTransaction(ctx.db, (tx) => cancelBooking(ctx, tx, id, reason)),
  };
}
