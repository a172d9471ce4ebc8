import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { addDays } from '../../../shared/time';
import { spaceDays } from '../rules/space-days';
import { listClosures, removeClosure, saveClosureAndHits } from './closures';
import { holidayPolicy, importYear, listCalendarDays, saveCalendarDay, setHolidayPolicy, yearStatuses } from './holidays';

/** The calendar views never ask for more than a month grid (six weeks) at once. */
const MAX_DAYS = 42;

type CalendarMethods =
  | 'spaceDays.list'
  | 'calendarDays.list'
  | 'calendarDays.save'
  | 'calendarDays.importYear'
  | 'calendarDays.yearStatus'
  | 'holidayPolicies.get'
  | 'holidayPolicies.save'
  | 'closures.list'
  | 'closures.save'
  | 'closures.delete';

export function calendarHandlers(ctx: ServiceContext): Handlers<CalendarMethods> {
  return {
    'spaceDays.list': async ({ spaceIds, from, to }, db) => {
      if (to > addDays(from, MAX_DAYS)) {
        throw new AppError('validation', 'calendar.range_too_long', `At most ${MAX_DAYS} days at once`, { params: { max: MAX_DAYS } });
      }
      const days = await spaceDays(db, spaceIds, from, to);
      // Only the fields of the contract: spaceDays may carry more for internal callers.
      return days.map((d) => ({
        spaceId: d.spaceId,
        date: d.date,
        closed: d.closed,
        planWeekday: d.planWeekday,
        windows: d.windows.map((w) => ({ start: w.start, end: w.end, audienceId: w.audienceId, organisationId: w.organisationId })),
        unknownYear: d.unknownYear,
      }));
    },
    'calendarDays.list': async ({ year }, db) => listCalendarDays(db, year),
    'calendarDays.save': async ({ date, day }, tx) => saveCalendarDay(ctx, tx, date, day),
    'calendarDays.importYear': async ({ year, days }, tx) => importYear(ctx, tx, year, days),
    'calendarDays.yearStatus': async ({ years }, db) => yearStatuses(db, years),
    'holidayPolicies.get': async ({ siteId }, db) => holidayPolicy(db, siteId),
    'holidayPolicies.save': async (p, tx) => setHolidayPolicy(ctx, tx, p),
    'closures.list': async ({ siteId, from }, db) => listClosures(db, siteId, from),
    'closures.save': async ({ closure, cancelHits, note }, tx) => saveClosureAndHits(ctx, tx, closure, cancelHits, note),
    'closures.delete': async ({ id }, tx) => removeClosure(ctx, tx, id),
  };
}
