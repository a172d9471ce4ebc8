import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';
import { listPlans } from '../../db/repos/plans';
import { listClosures, removeClosure, saveClosureAndHits } from './closures';
import { holidayPolicy, importYear, listCalendarDays, saveCalendarDay, setHolidayPolicy, yearStatuses } from './holidays';
import { previewMove, previewSeries } from './occurrences';
import { comparePlan, copyPlanToSpace, planFor, savePlanVersion } from './plans';
import { createSeries, listSeries, restoreOccurrence, seriesView } from './series';
import { applyEdit, previewEdit } from './series-edit';
import { usageReport } from './usage';

type PlansMethods =
  | 'plans.list'
  | 'plans.get'
  | 'plans.save'
  | 'plans.copyToSpace'
  | 'plans.compare'
  | 'calendarDays.list'
  | 'calendarDays.save'
  | 'calendarDays.importYear'
  | 'calendarDays.yearStatus'
  | 'holidayPolicies.get'
  | 'holidayPolicies.save'
  | 'closures.list'
  | 'closures.save'
  | 'closures.delete'
  | 'series.preview'
  | 'series.previewMove'
  | 'series.create'
  | 'series.get'
  | 'series.list'
  | 'series.previewEdit'
  | 'series.applyEdit'
  | 'series.restoreOccurrence'
  | 'reports.usage';

export function plansHandlers(ctx: ServiceContext): Handlers<PlansMethods> {
  return {
    'plans.list': async ({ spaceId }) => listPlans(ctx.db, [spaceId]),
    'plans.get': async ({ spaceId, date }) => planFor(ctx, spaceId, date),
    'plans.save': async (p) => savePlanVersion(ctx, p),
    'plans.copyToSpace': async ({ planId, spaceId, validFrom }) => copyPlanToSpace(ctx, planId, spaceId, validFrom),
    'plans.compare': async ({ spaceId, validFrom, windows }) => comparePlan(ctx, spaceId, validFrom, windows),
    'calendarDays.list': async ({ year }) => listCalendarDays(ctx.db, year),
    'calendarDays.save': async ({ date, day }) => saveCalendarDay(ctx, date, day),
    'calendarDays.importYear': async ({ year, days }) => importYear(ctx, year, days),
    'calendarDays.yearStatus': async ({ years }) => yearStatuses(ctx.db, years),
    'holidayPolicies.get': async ({ siteId }) => holidayPolicy(ctx, siteId),
    'holidayPolicies.save': async (p) => setHolidayPolicy(ctx, p),
    'closures.list': async ({ siteId, from }) => listClosures(ctx, siteId, from),
    'closures.save': async ({ closure, cancelHits, note }) => saveClosureAndHits(ctx, closure, cancelHits, note),
    'closures.delete': async ({ id }) => removeClosure(ctx, id),
    'series.preview': async (s) => previewSeries(ctx.db, s),
    'series.previewMove': async ({ series, date, start, end, bookingId }) => previewMove(ctx.db, series, date, { start, end }, bookingId),
    'series.create': async ({ series, decisions }) => createSeries(ctx, series, decisions),
    'series.get': async ({ id }) => seriesView(ctx.db, id),
    'series.list': async (filter) => listSeries(ctx.db, filter),
    'series.previewEdit': async (e) => previewEdit(ctx, e),
    'series.applyEdit': async (e) => applyEdit(ctx, e),
    'series.restoreOccurrence': async ({ seriesId, date }) => restoreOccurrence(ctx, seriesId, date),
    'reports.usage': async (i) => usageReport(ctx.db, i),
  };
}
