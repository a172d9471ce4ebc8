import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';
import { writeTransaction } from '../../db/connection';
import { listAuditLog } from '../../db/repos/audit-log';
import { approvalQueue } from '../../db/repos/desk-bookings';
import { listWaitlist, openOffers } from '../../db/repos/waitlist';
import { approveBooking, declineBooking } from './approvals';
import { checkIn, contactHistory, markNoShows, undoCheckIn } from './checkin';
import { requireCoordinator } from './operator';
import { readDeskSettings, saveDeskSettings } from './settings';
import { searchSlots } from './slots';
import { siteToday } from './today';
import { addToWaitlist, closeWaitlistEntry } from './waitlist';

type DeskMethods =
  | 'desk.findSlots'
  | 'desk.today'
  | 'desk.markNoShows'
  | 'approvals.list'
  | 'bookings.approve'
  | 'bookings.decline'
  | 'bookings.checkIn'
  | 'bookings.undoCheckIn'
  | 'contacts.history'
  | 'waitlist.add'
  | 'waitlist.list'
  | 'waitlist.remove'
  | 'waitlist.offers'
  | 'audit.list'
  | 'settings.get'
  | 'settings.save';

export function deskHandlers(ctx: ServiceContext): Handlers<DeskMethods> {
  return {
    'desk.findSlots': async (i) => searchSlots(ctx.db, i, ctx.now()),
    'desk.today': async (i) => siteToday(ctx, i.siteId, i.date),
    'desk.markNoShows': async (i) => markNoShows(ctx, i.siteId),
    'approvals.list': async (i) => approvalQueue(ctx.db, { siteId: i.siteId, now: ctx.now() }),
    'bookings.approve': async ({ id }) => writeTransaction(ctx.db, (tx) => approveBooking(ctx, tx, id)),
    'bookings.decline': async ({ id, reason }) => writeTransaction(ctx.db, (tx) => declineBooking(ctx, tx, id, reason)),
    'bookings.checkIn': async ({ id }) => writeTransaction(ctx.db, (tx) => checkIn(ctx, tx, id)),
    'bookings.undoCheckIn': async ({ id }) => writeTransaction(ctx.db, (tx) => undoCheckIn(ctx, tx, id)),
    'contacts.history': async (i) => contactHistory(ctx, i.contactId, i.limit),
    'waitlist.add': async (i) => addToWaitlist(ctx, i),
    'waitlist.list': async (i) => listWaitlist(ctx.db, { siteId: i.siteId, waitingOn: i.includeClosed ? undefined : ctx.now().slice(0, 10) }),
    'waitlist.remove': async (i) => closeWaitlistEntry(ctx, i.id, i.outcome),
    'waitlist.offers': async (i) => openOffers(ctx.db, { siteId: i.siteId, now: ctx.now() }),
    'audit.list': async (i) => {
      await requireCoordinator(ctx, ctx.db);
      return listAuditLog(ctx.db, {
        ...i,
        from: i.from && `${i.from}T00:00`,
        to: i.to && `${i.to}T00:00`,
      });
    },
    'settings.get': async () => readDeskSettings(ctx.db),
    'settings.save': async (i) => saveDeskSettings(ctx, i),
  };
}
