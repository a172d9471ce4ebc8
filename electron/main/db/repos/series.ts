/** Recurring series, their exceptions (skipped or moved dates) and their bookings. */
import type { Kysely } from 'kysely';
import type { RecurrenceRule } from '../../../shared/contract/plans';
import { ACTIVE_STATUSES, type Booking } from '../../../shared/domain';
import type { DB } from '../schema';
import { toBooking } from './bookings';

export interface SeriesRow {
  id: number;
  /** One more on every write of the series (its fields, its rule, its exceptions). */
  version: number;
  spaceId: number;
  rule: RecurrenceRule;
  startTime: string;
  endTime: string;
  title: string;
  audienceId: number | null;
  organisationId: number | null;
  contactId: number | null;
  headCount: number;
  note: string;
}

export interface SeriesException {
  date: string;
  kind: 'skipped' | 'moved';
  bookingId: number | null;
  note: string;
}

function columns(s: Omit<SeriesRow, 'id' | 'version'>) {
  return {
    space_id: s.spaceId,
    rule: JSON.stringify(s.rule),
    start_time: s.startTime,
    end_time: s.endTime,
    title: s.title,
    audience_id: s.audienceId,
    organisation_id: s.organisationId,
    contact_id: s.contactId,
    head_count: s.headCount,
    note: s.note,
  };
}

export async function insertSeries(db: Kysely<DB>, s: Omit<SeriesRow, 'id' | 'version'>, now: string): Promise<number> {
  return (await db.insertInto('series').values({ ...columns(s), created_at: now }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateSeries(db: Kysely<DB>, s: Omit<SeriesRow, 'version'>): Promise<void> {
  await db
    .updateTable('series')
    .set((eb) => ({ ...columns(s), version: eb('version', '+', 1) }))
    .where('id', '=', s.id)
    .execute();
}

/** A new version of the series when only its exceptions or bookings changed. */
export async function touchSeries(db: Kysely<DB>, id: number): Promise<void> {
  await db
    .updateTable('series')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function findSeries(db: Kysely<DB>, id: number): Promise<SeriesRow | undefined> {
  const r = await db.selectFrom('series').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    version: r.version,
    spaceId: r.space_id,
    rule: JSON.parse(r.rule) as RecurrenceRule,
    startTime: r.start_time,
    endTime: r.end_time,
    title: r.title,
    audienceId: r.audience_id,
    organisationId: r.organisation_id,
    contactId: r.contact_id,
    headCount: r.head_count,
    note: r.note,
  };
}

export async function seriesExceptions(db: Kysely<DB>, seriesId: number): Promise<SeriesException[]> {
  const rows = await db.selectFrom('series_exceptions').selectAll().where('series_id', '=', seriesId).orderBy('date').execute();
  return rows.map((r) => ({ date: r.date, kind: r.kind as SeriesException['kind'], bookingId: r.booking_id, note: r.note }));
}

export async function putSeriesException(db: Kysely<DB>, seriesId: number, e: SeriesException): Promise<void> {
  await db.deleteFrom('series_exceptions').where('series_id', '=', seriesId).where('date', '=', e.date).execute();
  await db
    .insertInto('series_exceptions')
    .values({ series_id: seriesId, date: e.date, kind: e.kind, booking_id: e.bookingId, note: e.note })
    .execute();
}

/** The exceptions of a series just written: all in one statement (a two-year series may skip a hundred dates). */
export async function insertSeriesExceptions(db: Kysely<DB>, seriesId: number, list: readonly SeriesException[]): Promise<void> {
  if (list.length === 0) return;
  await db
    .insertInto('series_exceptions')
    .values(list.map((e) => ({ series_id: seriesId, date: e.date, kind: e.kind, booking_id: e.bookingId, note: e.note })))
    .execute();
}

export async function deleteSeriesException(db: Kysely<DB>, seriesId: number, date: string): Promise<void> {
  await db.deleteFrom('series_exceptions').where('series_id', '=', seriesId).where('date', '=', date).execute();
}

/** Bookings of a series, cancelled ones included (a cancelled occurrence stays visible). */
export async function seriesBookings(db: Kysely<DB>, seriesId: number): Promise<Booking[]> {
  const rows = await db.selectFrom('bookings').selectAll().where('series_id', '=', seriesId).orderBy('start').execute();
  return rows.map(toBooking);
}

/**
 * Hand the occurrences and exceptions from `date` on to another series (a split). An
 * occurrence goes by its occurrence date: the rule's date of a moved one (its "moved"
 * exception), not the day its booking was moved to, so a date moved across the split
 * point stays with the part of the series it belongs to.
 */
export async function moveSeriesTail(db: Kysely<DB>, fromSeries: number, toSeries: number, date: string): Promise<void> {
  await db
    .updateTable('bookings')
    .set((eb) => ({ series_id: toSeries, version: eb('version', '+', 1) }))
    .where('series_id', '=', fromSeries)
    .where((eb) =>
      eb(
        eb.fn.coalesce(
          eb
            .selectFrom('series_exceptions as e')
            .select('e.date')
            .whereRef('e.booking_id', '=', 'bookings.id')
            .where('e.series_id', '=', fromSeries)
            .where('e.kind', '=', 'moved')
            .limit(1),
          eb.fn('substr', ['bookings.start', eb.val(1), eb.val(10)]),
        ),
        '>=',
        date,
      ),
    )
    .execute();
  await db
    .updateTable('series_exceptions')
    .set({ series_id: toSeries })
    .where('series_id', '=', fromSeries)
    .where('date', '>=', date)
    .execute();
}

export interface SeriesSummaryRow {
  id: number;
  spaceId: number;
  title: string;
  rule: RecurrenceRule;
  startTime: string;
  endTime: string;
  firstStart: string | null;
  lastStart: string | null;
  booked: number;
  skipped: number;
}

/**
 * Every series of a space or a site (or all), with its first and last active booking
 * and how many occurrences are booked or skipped: enough to find one without opening each.
 */
export async function listSeriesSummaries(db: Kysely<DB>, filter: { spaceId?: number; siteId?: number }): Promise<SeriesSummaryRow[]> {
  const active = [...ACTIVE_STATUSES];
  let q = db
    .selectFrom('series')
    .innerJoin('spaces', 'spaces.id', 'series.space_id')
    .select((eb) => [
      'series.id',
      'series.space_id',
      'series.title',
      'series.rule',
      'series.start_time',
      'series.end_time',
      eb
        .selectFrom('bookings')
        .whereRef('bookings.series_id', '=', 'series.id')
        .where('bookings.status', 'in', active)
        .select((b) => b.fn.min('bookings.start').as('v'))
        .as('first_start'),
      eb
        .selectFrom('bookings')
        .whereRef('bookings.series_id', '=', 'series.id')
        .where('bookings.status', 'in', active)
        .select((b) => b.fn.max('bookings.start').as('v'))
        .as('last_start'),
      eb
        .selectFrom('bookings')
        .whereRef('bookings.series_id', '=', 'series.id')
        .where('bookings.status', 'in', active)
        .select((b) => b.fn.countAll<number>().as('v'))
        .as('booked'),
      eb
        .selectFrom('series_exceptions')
        .whereRef('series_exceptions.series_id', '=', 'series.id')
        .where('series_exceptions.kind', '=', 'skipped')
        .select((b) => b.fn.countAll<number>().as('v'))
        .as('skipped'),
    ]);
  if (filter.spaceId !== undefined) q = q.where('series.space_id', '=', filter.spaceId);
  if (filter.siteId !== undefined) q = q.where('spaces.site_id', '=', filter.siteId);
  const rows = await q.orderBy('series.space_id').orderBy('series.id').execute();
  return rows.map((r) => ({
    id: r.id,
    spaceId: r.space_id,
    title: r.title,
    rule: JSON.parse(r.rule) as RecurrenceRule,
    startTime: r.start_time,
    endTime: r.end_time,
    firstStart: r.first_start ?? null,
    lastStart: r.last_start ?? null,
    booked: Number(r.booked ?? 0),
    skipped: Number(r.skipped ?? 0),
  }));
}
