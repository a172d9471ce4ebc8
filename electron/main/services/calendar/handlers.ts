import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { addDays } from '../../../shared/time';
import { spaceDays } from '../plans/constraints';

/** The calendar views never ask for more than a month grid (six weeks) at once. */
const MAX_DAYS = 42;

export function calendarHandlers(ctx: ServiceContext): Handlers<'spaceDays.list'> {
  return {
    'spaceDays.list': async ({ spaceIds, from, to }) => {
      if (to > addDays(from, MAX_DAYS)) {
        throw new AppError('validation', 'calendar.range_too_long', `At most ${MAX_DAYS} days at once`, { params: { max: MAX_DAYS } });
      }
      const days = await spaceDays(ctx.db, spaceIds, from, to);
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
  };
}
