/**
 * Statutory holidays and 调休 make-up workdays. The shipped years come from the
 * dataset; a year is "known" only once imported, and a new year's days can be
 * imported or typed in. Every change lists the future bookings on the changed dates.
 */
import type { Kysely } from 'kysely';
import type { Output } from '../../../shared/contract';
import type { CalendarDay } from '../../../shared/contract/plans';
import { ACTIVE_STATUSES, type HolidayPolicy } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { addDays, datePart } from '../../../shared/time';
import { bookingViews } from '../../db/repos/bookings';
import {
  calendarDaysBetween,
  clearCalendarYear,
  holidayPolicies,
  knownYears,
  markYearKnown,
  putCalendarDay,
  saveHolidayPolicy,
} from '../../db/repos/calendar';
import { findSite } from '../../db/repos/sites';
import type { DB } from '../../db/schema';
import { audit, type ServiceContext } from '../context';
import { required } from '../not-found';
import { shippedCalendarYear } from '../../db/holiday-dataset';

type AffectedBooking = Output<'calendarDays.save'>['bookings'][number];

const yearRange = (year: number): [string, string] => [`${year}-01-01`, `${year + 1}-01-01`];

export function listCalendarDays(db: Kysely<DB>, year: number): Promise<CalendarDay[]> {
  return calendarDaysBetween(db, ...yearRange(year));
}

export async function yearStatuses(db: Kysely<DB>, years: number[]) {
  const known = await knownYears(db);
  return Promise.all(
    years.map(async (year) => {
      const days = await listCalendarDays(db, year);
      return {
        year,
        known: known.has(year),
        source: known.get(year) ?? null,
        holidays: days.filter((d) => d.kind === 'holiday').length,
        workdays: days.filter((d) => d.kind === 'workday').length,
      };
    }),
  );
}

/** Active bookings from today on whose date is in `dates`, with what changed there. */
async function bookingsOn(ctx: ServiceContext, tx: Kysely<DB>, dates: Map<string, string>): Promise<AffectedBooking[]> {
  const today = datePart(ctx.now());
  const future = [...dates.keys()].filter((d) => d >= today).sort();
  if (future.length === 0) return [];
  const views = await bookingViews(tx, { from: future[0], to: addDays(future[future.length - 1], 1), includeCancelled: false });
  return views
    .filter((b) => dates.has(datePart(b.start)) && (ACTIVE_STATUSES as readonly string[]).includes(b.status))
    .map((b) => ({
      id: b.id,
      spaceId: b.spaceId,
      start: b.start,
      end: b.end,
      title: b.title,
      audienceId: b.audienceId,
      seriesId: b.seriesId,
      problem: dates.get(datePart(b.start))!,
    }));
}

const same = (a: CalendarDay | undefined, b: CalendarDay | undefined) =>
  a?.kind === b?.kind && a?.followsWeekday === b?.followsWeekday && a?.name === b?.name;

export async function saveCalendarDay(ctx: ServiceContext, tx: Kysely<DB>, date: string, day: CalendarDay | null) {
  if (day && day.date !== date) throw new AppError('validation', 'calendar.date_mismatch', 'The day must be on the given date');
  const [before] = await calendarDaysBetween(tx, date, addDays(date, 1));
  await putCalendarDay(tx, date, day);
  await audit(ctx, tx, day ? 'save' : 'delete', 'calendar_day', null, before, day ?? undefined);
  return { bookings: await bookingsOn(ctx, tx, new Map([[date, day?.kind ?? 'removed']])) };
}

/** Replace a year's days with the dataset's (or the given ones) and mark the year known. */
export async function importYear(ctx: ServiceContext, tx: Kysely<DB>, year: number, given?: CalendarDay[]) {
  const days = given ?? shippedCalendarYear(year)?.days;
  if (!days) {
    throw new AppError('not_found', 'calendar.no_dataset', `No holiday data for ${year} is shipped; enter the days from the notice`, {
      params: { year },
    });
  }
  const outside = days.find((d) => !d.date.startsWith(`${year}-`));
  if (outside) throw new AppError('validation', 'calendar.wrong_year', `${outside.date} is not in ${year}`, { params: { year } });
  const before = new Map((await listCalendarDays(tx, year)).map((d) => [d.date, d]));
  const after = new Map(days.map((d) => [d.date, d]));
  await clearCalendarYear(tx, year);
  for (const d of days) await putCalendarDay(tx, d.date, d);
  await markYearKnown(tx, year, given ? 'manual' : 'dataset', ctx.now());
  await audit(ctx, tx, 'import', 'calendar_year', year, [...before.values()], days);
  const changed = new Map<string, string>();
  for (const date of new Set([...before.keys(), ...after.keys()])) {
    if (!same(before.get(date), after.get(date))) changed.set(date, after.get(date)?.kind ?? 'removed');
  }
  const [status] = await yearStatuses(tx, [year]);
  return { bookings: await bookingsOn(ctx, tx, changed), status };
}

export async function holidayPolicy(db: Kysely<DB>, siteId: number): Promise<HolidayPolicy> {
  required(await findSite(db, siteId), 'site', siteId);
  return (await holidayPolicies(db, [siteId])).get(siteId)!;
}

export async function setHolidayPolicy(ctx: ServiceContext, tx: Kysely<DB>, p: HolidayPolicy): Promise<HolidayPolicy> {
  required(await findSite(tx, p.siteId), 'site', p.siteId);
  const before = (await holidayPolicies(tx, [p.siteId])).get(p.siteId);
  await saveHolidayPolicy(tx, p);
  await audit(ctx, tx, 'update', 'holiday_policy', p.siteId, before, p);
  return p;
}
