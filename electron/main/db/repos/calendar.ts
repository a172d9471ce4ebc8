/** Calendar days (holidays, 调休 workdays), the years they cover, holiday policies and closures. */
import type { Kysely } from 'kysely';
import type { CalendarDay, Closure } from '../../../shared/contract/plans';
import { DEFAULT_HOLIDAY_POLICY, type HolidayPolicy } from '../../../shared/domain';
import type { DB } from '../schema';

export async function calendarDaysBetween(db: Kysely<DB>, from: string, to: string): Promise<CalendarDay[]> {
  const rows = await db
    .selectFrom('calendar_days')
    .selectAll()
    .where('date', '>=', from)
    .where('date', '<', to)
    .orderBy('date')
    .execute();
  return rows.map((r) => ({
    date: r.date,
    kind: r.kind as CalendarDay['kind'],
    name: r.name,
    followsWeekday: r.follows_weekday,
  }));
}

export async function putCalendarDay(db: Kysely<DB>, date: string, day: CalendarDay | null): Promise<void> {
  await db.deleteFrom('calendar_days').where('date', '=', date).execute();
  if (day) {
    await db
      .insertInto('calendar_days')
      .values({ date: day.date, kind: day.kind, name: day.name, follows_weekday: day.kind === 'workday' ? day.followsWeekday : null })
      .execute();
  }
}

export async function clearCalendarYear(db: Kysely<DB>, year: number): Promise<void> {
  await db.deleteFrom('calendar_days').where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`).execute();
}

export async function markYearKnown(db: Kysely<DB>, year: number, source: 'dataset' | 'manual', at: string): Promise<void> {
  await db
    .insertInto('calendar_years')
    .values({ year, source, updated_at: at })
    .onConflict((oc) => oc.column('year').doUpdateSet({ source, updated_at: at }))
    .execute();
}

/** The years with holiday data; with `between` ([first, last] years), only those. */
export async function knownYears(db: Kysely<DB>, between?: [number, number]): Promise<Map<number, 'dataset' | 'manual'>> {
  let q = db.selectFrom('calendar_years').selectAll();
  if (between) q = q.where('year', '>=', between[0]).where('year', '<=', between[1]);
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.year, r.source as 'dataset' | 'manual']));
}

/** A site without a stored policy has the default one (see DEFAULT_HOLIDAY_POLICY). */
export async function holidayPolicies(db: Kysely<DB>, siteIds: number[]): Promise<Map<number, HolidayPolicy>> {
  const rows = siteIds.length
    ? await db.selectFrom('holiday_policies').selectAll().where('site_id', 'in', siteIds).execute()
    : [];
  const out = new Map<number, HolidayPolicy>(siteIds.map((s) => [s, { siteId: s, ...DEFAULT_HOLIDAY_POLICY }]));
  for (const r of rows) out.set(r.site_id, { siteId: r.site_id, mode: r.mode as HolidayPolicy['mode'], weekday: r.weekday });
  return out;
}

export async function saveHolidayPolicy(db: Kysely<DB>, p: HolidayPolicy): Promise<void> {
  await db
    .insertInto('holiday_policies')
    .values({ site_id: p.siteId, mode: p.mode, weekday: p.weekday })
    .onConflict((oc) => oc.column('site_id').doUpdateSet({ mode: p.mode, weekday: p.weekday }))
    .execute();
}

function toClosure(r: { id: number; site_id: number | null; space_id: number | null; first_day: string; last_day: string; reason: string }): Closure {
  return { id: r.id, siteId: r.site_id, spaceId: r.space_id, firstDay: r.first_day, lastDay: r.last_day, reason: r.reason };
}

/** Closures of these sites or spaces that touch [from, to) (dates, `to` exclusive). */
export async function closuresTouching(
  db: Kysely<DB>,
  opts: { siteIds?: number[]; spaceIds?: number[]; from?: string; to?: string },
): Promise<Closure[]> {
  let q = db.selectFrom('closures').selectAll();
  if (opts.siteIds || opts.spaceIds) {
    const siteIds = opts.siteIds ?? [];
    const spaceIds = opts.spaceIds ?? [];
    q = q.where((eb) =>
      eb.or([
        eb('site_id', 'in', siteIds.length ? siteIds : [-1]),
        eb('space_id', 'in', spaceIds.length ? spaceIds : [-1]),
      ]),
    );
  }
  if (opts.from) q = q.where('last_day', '>=', opts.from);
  if (opts.to) q = q.where('first_day', '<', opts.to);
  return (await q.orderBy('first_day').execute()).map(toClosure);
}

export async function findClosure(db: Kysely<DB>, id: number): Promise<Closure | undefined> {
  const r = await db.selectFrom('closures').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toClosure(r);
}

export async function saveClosure(db: Kysely<DB>, c: Omit<Closure, 'id'> & { id?: number }): Promise<number> {
  const cols = { site_id: c.siteId, space_id: c.spaceId, first_day: c.firstDay, last_day: c.lastDay, reason: c.reason };
  if (c.id !== undefined) {
    await db.updateTable('closures').set(cols).where('id', '=', c.id).execute();
    return c.id;
  }
  return (await db.insertInto('closures').values(cols).returning('id').executeTakeFirstOrThrow()).id;
}

export async function deleteClosure(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('closures').where('id', '=', id).execute();
}

/** The site of each space (the calendar's holiday policy and site closures apply per site). */
export async function sitesOfSpaces(db: Kysely<DB>, spaceIds: number[]): Promise<Map<number, number>> {
  if (spaceIds.length === 0) return new Map();
  const rows = await db.selectFrom('spaces').select(['id', 'site_id']).where('id', 'in', spaceIds).execute();
  return new Map(rows.map((r) => [r.id, r.site_id]));
}
