import { CompiledQuery, sql, type Kysely, type Selectable } from 'kysely';
import { ACTIVE_STATUSES, MAX_BOOKING_SPAN_MINUTES, type Booking, type BookingView } from '../../../shared/domain';
import { addDays, addMinutes } from '../../../shared/time';
import type { BookingsTable, DB } from '../schema';
import { insertRows } from './many-rows';
import { onServer } from '../dialect';

export type BookingRow = Omit<Booking, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

export function toBooking(r: Selectable<BookingsTable>): Booking {
  return {
    id: r.id,
    spaceId: r.space_id,
    start: r.start,
    end: r.end,
    title: r.title,
    contactId: r.contact_id,
    organisationId: r.organisation_id,
    audienceId: r.audience_id,
    headCount: r.head_count,
    status: r.status as Booking['status'],
    note: r.note,
    seriesId: r.series_id,
    overrideReason: r.override_reason,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

function toColumns(b: BookingRow) {
  return {
    space_id: b.spaceId,
    start: b.start,
    end: b.end,
    title: b.title,
    contact_id: b.contactId,
    organisation_id: b.organisationId,
    audience_id: b.audienceId,
    head_count: b.headCount,
    status: b.status,
    note: b.note,
    series_id: b.seriesId,
    override_reason: b.overrideReason,
    created_by: b.createdBy,
  };
}

/**
 * Every column of a new booking. Object.assign, not `{ ...toColumns(b), id }`: V8 copies
 * a spread followed by more properties through a slow path, about 6 µs a row, which was
 * a good part of writing a two-year series.
 */
export function newBookingColumns(b: BookingRow, id: number, now: string): Selectable<BookingsTable> {
  return Object.assign(toColumns(b), { id, cancel_reason: null, created_at: now, updated_at: now, version: 1 });
}

export async function insertBooking(db: Kysely<DB>, b: BookingRow, now: string): Promise<Booking> {
  // Every column is given, so the row is known without RETURNING (which doubles the cost
  // of the insert at the desk's busiest moment).
  const row = { ...toColumns(b), cancel_reason: null, created_at: now, updated_at: now, version: 1 };
  if (onServer(db)) {
    // PostgreSQL reports no insert id; RETURNING is its way and costs little there.
    const r = await db.insertInto('bookings').values(row).returning('id').executeTakeFirstOrThrow();
    return toBooking({ ...row, id: r.id });
  }
  const r = await db.insertInto('bookings').values(row).executeTakeFirstOrThrow();
  return toBooking({ ...row, id: Number(r.insertId) });
}

const LAST_BOOKING_ID = CompiledQuery.raw('SELECT max(id) AS last FROM bookings');

/** Every column of a booking row, in the order a multi-row insert binds them. */
const BOOKING_COLUMNS = [
  'id',
  'space_id',
  'start',
  'end',
  'title',
  'contact_id',
  'organisation_id',
  'audience_id',
  'head_count',
  'status',
  'note',
  'series_id',
  'override_reason',
  'cancel_reason',
  'created_by',
  'created_at',
  'updated_at',
  'version',
] as const satisfies readonly (keyof Selectable<BookingsTable>)[];

/**
 * Ids for `n` new bookings. On a file the write transaction holds the whole database, so
 * they follow the largest id; on the server other desks insert meanwhile, so they come
 * from the identity's sequence, which never hands one out twice.
 */
async function newBookingIds(db: Kysely<DB>, n: number): Promise<number[]> {
  if (onServer(db)) {
    const { rows } = await sql<{ id: number }>`SELECT nextval(pg_get_serial_sequence('bookings', 'id')) AS id FROM generate_series(1, ${n})`.execute(db);
    return rows.map((r) => Number(r.id));
  }
  const { last } = (await db.executeQuery<{ last: number | null }>(LAST_BOOKING_ID)).rows[0];
  return Array.from({ length: n }, (_, i) => (last ?? 0) + i + 1);
}

/**
 * Several bookings in a statement per couple of hundred, returned in the order given (a
 * series writes its occurrences this way). The ids are given explicitly, following the
 * largest one: the caller's write transaction holds the database, and the rows are then
 * known without RETURNING, which makes a multi-row insert slower than single ones.
 */
export async function insertBookings(db: Kysely<DB>, rows: readonly BookingRow[], now: string): Promise<Booking[]> {
  if (rows.length === 0) return [];
  const ids = await newBookingIds(db, rows.length);
  const full = rows.map((b, i) => newBookingColumns(b, ids[i], now));
  await insertRows(db, 'bookings', BOOKING_COLUMNS, full.map((r) => BOOKING_COLUMNS.map((c) => r[c])));
  return full.map(toBooking);
}

export async function updateBooking(
  db: Kysely<DB>,
  id: number,
  b: Partial<BookingRow> & { cancelReason?: string | null },
  now: string,
): Promise<Booking> {
  const cols: Partial<Selectable<BookingsTable>> = {};
  const full = toColumns(b as BookingRow);
  for (const [k, v] of Object.entries(full)) if (v !== undefined) (cols as Record<string, unknown>)[k] = v;
  if (b.cancelReason !== undefined) cols.cancel_reason = b.cancelReason;
  // Every write of a booking makes a new version, so an edit made from the old one is refused.
  const r = await db
    .updateTable('bookings')
    .set((eb) => ({ ...cols, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toBooking(r);
}

export async function findBooking(db: Kysely<DB>, id: number): Promise<Booking | undefined> {
  const r = await db.selectFrom('bookings').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toBooking(r);
}

/** Asked before every booking check that names a contact: one fixed text, prepared once. */
const EXISTING_CONTACTS = 'SELECT id FROM contacts WHERE id IN (SELECT value FROM json_each(?))';
const EXISTING_CONTACTS_PG = 'SELECT id FROM contacts WHERE id = ANY($1::int[])';

/** Which of these contacts still exist (a contact may be deleted while the desk books). */
export async function existingContacts(db: Kysely<DB>, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const query = onServer(db) ? CompiledQuery.raw(EXISTING_CONTACTS_PG, [ids]) : CompiledQuery.raw(EXISTING_CONTACTS, [JSON.stringify(ids)]);
  const { rows } = await db.executeQuery<{ id: number }>(query);
  return new Set(rows.map((r) => r.id));
}

/** An active booking as the booking rules read it (services/rules/booking-fields.ts HeldBooking). */
export type HeldBookingRow = Pick<Booking, 'id' | 'spaceId' | 'start' | 'end' | 'headCount' | 'organisationId' | 'audienceId' | 'title'>;

/**
 * Active bookings of the given spaces that overlap [from, to), by start (then id), with
 * only what the booking rules read. One stretch of time for several spaces (the slot
 * finder's site over a fortnight): the spaces go in as one JSON parameter and an IN
 * list, one search of the (space_id, start) index per space; that, and leaving out the
 * columns no rule reads, halved the finder's read of some 700 bookings.
 */
/** A list of space ids bound as one parameter: a JSON array read by json_each, or a PostgreSQL array. */
function spaceList(db: Kysely<DB>, spaceIds: number[]) {
  return onServer(db) ? sql`SELECT unnest(${spaceIds}::int[])` : sql`SELECT value FROM json_each(${JSON.stringify(spaceIds)})`;
}

export async function activeOverlapping(
  db: Kysely<DB>,
  spaceIds: number[],
  from: string,
  to: string,
  excludeId?: number,
): Promise<HeldBookingRow[]> {
  if (spaceIds.length === 0 || from >= to) return [];
  const { rows } = await sql<HeldBookingRow>`
    SELECT id, space_id AS "spaceId", start, "end", head_count AS "headCount",
      organisation_id AS "organisationId", audience_id AS "audienceId", title
    FROM bookings
    WHERE space_id IN (${spaceList(db, spaceIds)})
      AND start >= ${addMinutes(from, -MAX_BOOKING_SPAN_MINUTES)} AND start < ${to} AND "end" > ${from}
      AND status IN (${sql.join(ACTIVE_STATUSES)})
    ORDER BY start, id`.execute(db);
  return excludeId === undefined ? rows : rows.filter((r) => r.id !== excludeId);
}

/**
 * Active bookings of these spaces overlapping any of the intervals (a series'
 * occurrences), so a two-year series reads the few bookings near its dates, not two
 * years of history. The spaces and intervals travel as two JSON parameters, so the
 * statement's text never changes: it is prepared once, and however many dates a
 * series has, nothing is built per interval. CROSS JOIN keeps the lists outermost
 * (SQLite does not reorder it), so each (space, interval) pair is one search of the
 * (space_id, start) index, bounded below by the interval's start minus the longest
 * possible booking. On PostgreSQL the same search per pair is a LATERAL subquery kept
 * apart by OFFSET 0: joined plainly, the planner read every booking of the space and
 * filtered (340 ms for a two-year series on the benchmark's data; 5 ms this way).
 */
export async function activeOverlappingAny(
  db: Kysely<DB>,
  spaceIds: number[],
  intervals: readonly { from: string; to: string }[],
): Promise<Booking[]> {
  if (spaceIds.length === 0 || intervals.length === 0) return [];
  const { rows } = onServer(db)
    ? await sql<Selectable<BookingsTable>>`
    SELECT b.* FROM unnest(${spaceIds}::int[]) AS s(id)
      CROSS JOIN unnest(${intervals.map((r) => addMinutes(r.from, -MAX_BOOKING_SPAN_MINUTES))}::text[], ${intervals.map((r) => r.to)}::text[], ${intervals.map((r) => r.from)}::text[]) AS i(lo, hi, after)
      CROSS JOIN LATERAL (
        SELECT * FROM bookings AS b
        WHERE b.space_id = s.id AND b.start >= i.lo AND b.start < i.hi AND b."end" > i.after AND b.status IN (${sql.join(ACTIVE_STATUSES)})
        OFFSET 0) AS b`.execute(db)
    : await overlappingAnyOnFile(db, spaceIds, intervals);
  // A booking overlapping two intervals comes back once per interval.
  const found = new Map<number, Booking>();
  for (const r of rows) found.set(r.id, toBooking(r));
  return [...found.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id - b.id));
}

async function overlappingAnyOnFile(db: Kysely<DB>, spaceIds: number[], intervals: readonly { from: string; to: string }[]) {
  const wanted = JSON.stringify(intervals.map((r) => [addMinutes(r.from, -MAX_BOOKING_SPAN_MINUTES), r.to, r.from]));
  return sql<Selectable<BookingsTable>>`
    SELECT b.* FROM json_each(${JSON.stringify(spaceIds)}) AS s
      CROSS JOIN json_each(${wanted}) AS i
      CROSS JOIN bookings AS b
    WHERE b.space_id = s.value
      AND b.start >= i.value ->> 0 AND b.start < i.value ->> 1 AND b."end" > i.value ->> 2
      AND b.status IN (${sql.join(ACTIVE_STATUSES)})`.execute(db);
}

/** Bookings for the calendar, joined with the names it shows. `to` is an exclusive date. */
export async function bookingViews(
  db: Kysely<DB>,
  opts: { from: string; to: string; spaceIds?: number[]; siteId?: number; includeCancelled: boolean; id?: number },
): Promise<BookingView[]> {
  const fromTs = `${opts.from}T00:00`;
  const toTs = `${opts.to}T00:00`;
  let q = selectBookingViews(db);
  if (opts.id !== undefined) {
    q = q.where('b.id', '=', opts.id);
  } else {
    q = q
      .where('b.start', '>=', `${addDays(opts.from, -1)}T00:00`)
      .where('b.start', '<', toTs)
      .where('b.end', '>', fromTs);
  }
  if (opts.spaceIds) q = q.where('b.space_id', 'in', opts.spaceIds.length ? opts.spaceIds : [-1]);
  if (opts.siteId !== undefined) q = q.where('s.site_id', '=', opts.siteId);
  if (!opts.includeCancelled) q = q.where('b.status', '!=', 'cancelled');
  const rows = await q.orderBy('b.start').orderBy('b.id').execute();
  return rows.map(toBookingView);
}

/** Bookings joined with the names the views show; callers add their own conditions and joins. */
export function selectBookingViews(db: Kysely<DB>) {
  return db
    .selectFrom('bookings as b')
    .innerJoin('spaces as s', 's.id', 'b.space_id')
    .leftJoin('contacts as c', 'c.id', 'b.contact_id')
    .leftJoin('organisations as o', 'o.id', 'b.organisation_id')
    .leftJoin('audiences as a', 'a.id', 'b.audience_id')
    .selectAll('b')
    .select([
      's.name as space_name',
      's.site_id as site_id',
      'c.name as contact_name',
      'c.phone as contact_phone',
      'o.name as organisation_name',
      'a.name as audience_name',
      'a.color as audience_color',
    ]);
}

/** The joined names the views select (see selectBookingViews), on top of the booking's own columns. */
export type BookingViewRow = Selectable<BookingsTable> & {
  space_name: string;
  site_id: number;
  contact_name: string | null;
  contact_phone: string | null;
  organisation_name: string | null;
  audience_name: string | null;
  audience_color: string | null;
};

export function toBookingView(r: BookingViewRow): BookingView {
  // Object.assign, not a spread into a new literal: on a busy site day the spread
  // copy cost more than the query itself (measured by npm run bench).
  return Object.assign(toBooking(r), {
    spaceName: r.space_name,
    siteId: r.site_id,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    organisationName: r.organisation_name,
    audienceName: r.audience_name,
    audienceColor: r.audience_color,
  });
}
