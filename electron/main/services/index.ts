import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';
import { appHandlers } from './app/handlers';
import { bookingsHandlers } from './bookings/handlers';
import { calendarHandlers } from './calendar/handlers';
import { deskHandlers } from './desk/handlers';
import { directoryHandlers } from './directory/handlers';
import { plansHandlers } from './plans/handlers';
import { printHandlers } from './print/handlers';
import { sitesHandlers } from './sites/handlers';

/** Every contract method's handler; `satisfies` makes a missing one a build error. */
export function createHandlers(ctx: ServiceContext): HandlerMap {
  return {
    ...appHandlers(ctx),
    ...sitesHandlers(ctx),
    ...directoryHandlers(ctx),
    ...bookingsHandlers(ctx),
    ...plansHandlers(ctx),
    ...deskHandlers(ctx),
    ...printHandlers(ctx),
    ...calendarHandlers(ctx),
  } satisfies HandlerMap;
}
