import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';
import { bookingViews } from '../../db/repos/bookings';
import { listSpaces } from '../../db/repos/spaces';
import { required } from '../not-found';
import { familyHolds } from '../rules/family-holds';
import { nextFreeTime } from './next-free';
import { findBookings } from './search';
import { cancelBooking, changeBooking, createBooking, moveBooking, restoreBooking } from './service';

type BookingMethods =
  | 'bookings.range'
  | 'bookings.familyHolds'
  | 'bookings.get'
  | 'bookings.create'
  | 'bookings.update'
  | 'bookings.move'
  | 'bookings.cancel'
  | 'bookings.restore'
  | 'bookings.nextFree'
  | 'bookings.search';

export function bookingsHandlers(ctx: ServiceContext): Handlers<BookingMethods> {
  return {
    'bookings.range': async (i, db) => bookingViews(db, i),
    'bookings.familyHolds': async (i, db) => {
      const spaceIds = i.spaceIds ?? (await listSpaces(db, { siteId: i.siteId, includeArchived: false })).map((s) => s.id);
      return familyHolds(db, spaceIds, i.from, i.to);
    },
    'bookings.get': async ({ id }, db) =>
      required((await bookingViews(db, { from: '', to: '', id, includeCancelled: true }))[0], 'booking', id),
    'bookings.create': async (i, tx) => createBooking(ctx, tx, i),
    'bookings.update': async ({ id, version, changes }, tx) => changeBooking(ctx, tx, id, changes, version),
    'bookings.move': async (m, tx) => moveBooking(ctx, tx, m),
    'bookings.cancel': async ({ id, version, reason }, tx) => cancelBooking(ctx, tx, id, reason, version),
    'bookings.restore': async ({ id, version }, tx) => restoreBooking(ctx, tx, id, version),
    'bookings.nextFree': async (i, db) => nextFreeTime(db, i, ctx.now()),
    'bookings.search': async (i, db) => findBookings(ctx, db, i),
  };
}
