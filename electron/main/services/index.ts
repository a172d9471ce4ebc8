/**
 * The composition root of the services: every contract method's handler, and who
 * listens to which event. Feature folders never call each other to react to a change;
 * the wiring of reactions lives here.
 */
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';
import type { Store } from './store';
import { appHandlers } from './app/handlers';
import { backupsHandlers } from './backups/handlers';
import { bookingsHandlers } from './bookings/handlers';
import { calendarHandlers } from './calendar/handlers';
import { deskHandlers } from './desk/handlers';
import { offerFreedSlot } from './desk/waitlist';
import { directoryHandlers } from './directory/handlers';
import { exportsHandlers } from './exports/handlers';
import { importsHandlers } from './imports/handlers';
import { plansHandlers } from './plans/handlers';
import { printHandlers } from './print/handlers';
import { storageHandlers } from './storage/handlers';
import { reportsHandlers } from './reports/handlers';
import { seriesHandlers } from './series/handlers';
import { sitesHandlers } from './sites/handlers';
import { guardCoordinatorOnly } from './staff/roles';
import { staffHandlers } from './staff/handlers';

/** Every contract method's handler; `satisfies` makes a missing one a build error. */
export function createHandlers(ctx: ServiceContext, store: Store): HandlerMap {
  // A freed slot goes to whoever waits for it, in a transaction after the one that freed it.
  ctx.events.on('booking.freed', ({ booking }) => store.write((tx) => offerFreedSlot(ctx, tx, booking)).then(() => undefined));
  // Coordinator-only methods (shared/staff.ts) are refused to anyone else, here, in one place.
  return guardCoordinatorOnly(ctx, {
    ...appHandlers(ctx),
    ...staffHandlers(ctx),
    ...sitesHandlers(ctx),
    ...directoryHandlers(ctx),
    ...bookingsHandlers(ctx),
    ...plansHandlers(ctx),
    ...calendarHandlers(ctx),
    ...seriesHandlers(ctx),
    ...reportsHandlers(ctx),
    ...deskHandlers(ctx),
    ...printHandlers(ctx),
    ...storageHandlers(ctx, store),
    ...importsHandlers(ctx, store),
    ...exportsHandlers(ctx, store),
    ...backupsHandlers(ctx),
  } satisfies HandlerMap);
}
