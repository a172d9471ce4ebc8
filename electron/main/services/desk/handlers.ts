import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';
import { listAuditLog } from '../../db/repos/audit-log';
import { approvalQueue } from '../../db/repos/desk-bookings';
import { listWaitlist, openOffers } from '../../db/repos/waitlist';
import { approveBooking, declineBooking } from './approvals';
import { checkIn, contactHistory, markNoShows, undoCheckIn } from './checkin';
import { readDeskSettings, saveDeskSettings } from './settings';
import { slotBoard } from './slot-board';
import { searchSlots } from './slots';
import { siteToday } from './today';
import { addToWaitlist, closeWaitlistEntry } from './waitlist';

type DeskMethods =
  | 'desk.findSlots'
  | 'desk.slotBoard'
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
    'desk.findSlots': async (i, db) => searchSlots(db, i, ctx.now()),
    'desk.slotBoard': async (i, db) => slotBoard(db, i, ctx.now()),
    'desk.today': async (i, db) => siteToday(ctx, db, i.siteId, i.date),
    'desk.markNoShows': async (i, tx) => markNoShows(ctx, tx, i.siteId),
    'approvals.list': async (i, db) => approvalQueue(db, { siteId: i.siteId, now: ctx.now() }),
    'bookings.approve': async ({ id }, tx) => approveBooking(ctx, tx, id),
    'bookings.decline': async ({ id, reason }, tx) => declineBooking(ctx, tx, id, reason),
    'bookings.checkIn': async ({ id }, tx) => checkIn(ctx, tx, id),
    'bookings.undoCheckIn': async ({ id }, tx) => undoCheckIn(ctx, tx, id),
    'contacts.history': async (i, db) => contactHistory(db, i.contactId, i.limit),
    'waitlist.add': async (i, tx) => addToWaitlist(ctx, tx, i),
    'waitlist.list': async (i, db) => listWaitlist(db, { siteId: i.siteId, waitingOn: i.includeClosed ? undefined : ctx.now().slice(0, 10) }),
    'waitlist.remove': async (i, tx) => closeWaitlistEntry(ctx, tx, i.id, i.outcome),
    'waitlist.offers': async (i, db) => openOffers(db, { siteId: i.siteId, now: ctx.now() }),
    'audit.list': async (i, db) => {
      return listAuditLog(db, {
        ...i,
        from: i.from && `${i.from}T00:00`,
        to: i.to && `${i.to}T00:00`,
      });
    },
    'settings.get': async (_i, db) => readDeskSettings(db),
    'settings.save': async (i, tx) => saveDeskSettings(ctx, tx, i),
  };
}
