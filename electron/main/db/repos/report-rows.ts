/**
 * Reads for the reports upward (统计与台账). Plain portable SQL: comparisons on the
 * 'YYYY-MM-DDTHH:mm' text columns and substrings of them, no date functions; all date
 * arithmetic is done by the service in TypeScript.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { ACTIVE_STATUSES } from '../../../shared/domain';
import { onServer } from '../dialect';
import type { DB } from '../schema';

/** Statuses as the report rows carry them: small numbers, not a string per row. */
export const STATUS_CODE = { requested: 0, confirmed: 1, checked_in: 2, no_show: 3, cancelled: 4 } as const;

/**
 * Bookings' times as columns of numbers, row i across the arrays: the space, the
 * start's date as yyyymmdd, and start and end in minutes from that date's midnight
 * (an end past 1440 is on the next day).
 */
export interface BookingSpans {
  length: number;
  space: Int32Array;
  day: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

/** ...with what the figures count. Audience and group 0 mean none (ids start at 1). */
export interface ReportRows extends BookingSpans {
  /** STATUS_CODE */
  status: Uint8Array;
  /** 1 when the activity was held: checked in, or confirmed and over by the report's "now". */
  held: Uint8Array;
  heads: Int32Array;
  audience: Int32Array;
  organisation: Int32Array;
}

/*
 * A year of a subdistrict is 300,000 bookings. Read as one object per row, the rows
 * cost four times the CPU of the same rows as arrays, most of it in the garbage
 * collector; so the rows come back as one JSON array of arrays (aggregated in the
 * database, parsed once) and are copied into typed columns. The expressions are fixed
 * text of this module (no input in them): substrings of the 'YYYY-MM-DDTHH:mm'
 * columns cast to integers, portable to both databases; only the JSON aggregate differs.
 */
const DAY = sql`CAST(substr(start, 1, 4) || substr(start, 6, 2) || substr(start, 9, 2) AS INTEGER)`;
const START_MINUTE = sql`CAST(substr(start, 12, 2) AS INTEGER) * 60 + CAST(substr(start, 15, 2) AS INTEGER)`;
const END_MINUTE = sql`CAST(substr("end", 12, 2) AS INTEGER) * 60 + CAST(substr("end", 15, 2) AS INTEGER)
  + CASE WHEN substr("end", 1, 10) > substr(start, 1, 10) THEN 1440 ELSE 0 END`;
const STATUS = sql`CASE status WHEN 'requested' THEN 0 WHEN 'confirmed' THEN 1 WHEN 'checked_in' THEN 2 WHEN 'no_show' THEN 3 ELSE 4 END`;

/**
 * The rows as arrays of `values`, ordered by space, then start. SQLite walks the
 * (space_id, start) index in that order already, and sorting inside its aggregate cost
 * more than the rest of the read; so it is not asked to, and the order is checked here
 * (and the rows sorted if it ever differs).
 */
async function tuples(db: Kysely<DB>, values: RawBuilder<unknown>, where: RawBuilder<unknown>): Promise<number[][]> {
  const { rows } = onServer(db)
    ? await sql<{ rows: unknown }>`SELECT json_agg(json_build_array(${values}) ORDER BY space_id, start) AS rows FROM bookings WHERE ${where}`.execute(db)
    : await sql<{ rows: unknown }>`SELECT json_group_array(json_array(${values})) AS rows FROM bookings WHERE ${where}`.execute(db);
  const found = rows[0]?.rows;
  if (found === null || found === undefined) return [];
  return inSpaceOrder((typeof found === 'string' ? JSON.parse(found) : found) as number[][]);
}

/** Rows whose first three values are space, day and start minute, in that order (sorted only when they are not). */
export function inSpaceOrder(list: number[][]): number[][] {
  const before = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  for (let i = 1; i < list.length; i++) {
    if (before(list[i - 1], list[i]) > 0) return list.sort(before);
  }
  return list;
}

/** The first four values of each row (space, day, start, end) as columns. */
function spansOf(list: number[][]): BookingSpans {
  const n = list.length;
  const r: BookingSpans = { length: n, space: new Int32Array(n), day: new Int32Array(n), start: new Int32Array(n), end: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    const t = list[i];
    r.space[i] = t[0];
    r.day[i] = t[1];
    r.start[i] = t[2];
    r.end[i] = t[3];
  }
  return r;
}

const inPeriod = (spaceIds: number[], from: string, to: string) =>
  sql`space_id IN (${sql.join(spaceIds)}) AND start >= ${`${from}T00:00`} AND start < ${`${to}T00:00`}`;

/**
 * Every booking of the given spaces that starts on a date in [from, to), whatever its
 * status, ordered by space then start. Migration 0008's index answers it alone.
 */
export async function reportRows(db: Kysely<DB>, spaceIds: number[], from: string, to: string, heldBy: string): Promise<ReportRows> {
  const held = sql`CASE WHEN status = 'checked_in' OR (status = 'confirmed' AND "end" <= ${heldBy}) THEN 1 ELSE 0 END`;
  const list =
    spaceIds.length === 0 || from >= to
      ? []
      : await tuples(
          db,
          sql`space_id, ${DAY}, ${START_MINUTE}, ${END_MINUTE}, ${STATUS}, ${held}, head_count, coalesce(audience_id, 0), coalesce(organisation_id, 0)`,
          inPeriod(spaceIds, from, to),
        );
  const n = list.length;
  const r: ReportRows = {
    ...spansOf(list),
    status: new Uint8Array(n),
    held: new Uint8Array(n),
    heads: new Int32Array(n),
    audience: new Int32Array(n),
    organisation: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const t = list[i];
    r.status[i] = t[4];
    r.held[i] = t[5];
    r.heads[i] = t[6];
    r.audience[i] = t[7];
    r.organisation[i] = t[8];
  }
  return r;
}

/**
 * Active bookings of the given spaces that start on a date in [from, to) (`to` is an
 * exclusive date), ordered by space then start, so the bookings of one space and one
 * day come together and in time order.
 */
export async function activeSpansStartingIn(db: Kysely<DB>, spaceIds: number[], from: string, to: string): Promise<BookingSpans> {
  const list =
    spaceIds.length === 0 || from >= to
      ? []
      : await tuples(db, sql`space_id, ${DAY}, ${START_MINUTE}, ${END_MINUTE}`, sql`${inPeriod(spaceIds, from, to)} AND status IN (${sql.join(ACTIVE_STATUSES)})`);
  return spansOf(list);
}

/** Cancelled bookings of the period grouped by the reason given (null: none given). */
export async function cancellationReasons(
  db: Kysely<DB>,
  spaceIds: number[],
  from: string,
  to: string,
): Promise<{ reason: string | null; count: number }[]> {
  if (spaceIds.length === 0 || from >= to) return [];
  const rows = await db
    .selectFrom('bookings')
    .select((eb) => ['cancel_reason', eb.fn.countAll<number | string>().as('n')])
    .where('space_id', 'in', spaceIds)
    .where('start', '>=', `${from}T00:00`)
    .where('start', '<', `${to}T00:00`)
    .where('status', '=', 'cancelled')
    .groupBy('cancel_reason')
    .execute();
  // PostgreSQL returns count(*) as a string.
  return rows.map((r) => ({ reason: r.cancel_reason, count: Number(r.n) }));
}

/**
 * When each archived space (or the site it belongs to) was archived: the latest
 * 'archive' entry in the audit log, as its `YYYY-MM-DDTHH:mm` text. Spaces archived
 * without an entry (imported that way) are missing from the map.
 */
export async function archiveMoments(db: Kysely<DB>, entity: 'space' | 'site', ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('audit_log')
    .select((eb) => ['entity_id', eb.fn.max('at').as('at')])
    .where('entity', '=', entity)
    .where('action', '=', 'archive')
    .where('entity_id', 'in', ids)
    .groupBy('entity_id')
    .execute();
  const out = new Map<number, string>();
  for (const r of rows) if (r.entity_id !== null && r.at !== null) out.set(r.entity_id, String(r.at));
  return out;
}

export interface LedgerDbRow {
  id: number;
  start: string;
  end: string;
  status: string;
  title: string;
  head_count: number;
  site_name: string;
  site_name_en: string;
  space_name: string;
  space_name_en: string;
  organisation_name: string | null;
  organisation_name_en: string | null;
  contact_name: string | null;
  audience_name: string | null;
  audience_name_en: string | null;
}

/**
 * Held activities (checked in, or confirmed and ended by `heldBy`) of the given spaces
 * starting in [from, to), in date order; at most `limit` rows. The contact's name only:
 * a ledger never carries a phone number.
 */
export async function ledgerRows(
  db: Kysely<DB>,
  q: { spaceIds: number[]; from: string; to: string; heldBy: string; limit: number },
): Promise<LedgerDbRow[]> {
  if (q.spaceIds.length === 0 || q.from >= q.to) return [];
  return heldIn(db, q)
    .innerJoin('spaces', 'spaces.id', 'bookings.space_id')
    .innerJoin('sites', 'sites.id', 'spaces.site_id')
    .leftJoin('organisations', 'organisations.id', 'bookings.organisation_id')
    .leftJoin('contacts', 'contacts.id', 'bookings.contact_id')
    .leftJoin('audiences', 'audiences.id', 'bookings.audience_id')
    .select([
      'bookings.id',
      'bookings.start',
      'bookings.end',
      'bookings.status',
      'bookings.title',
      'bookings.head_count',
      'sites.name as site_name',
      'sites.name_en as site_name_en',
      'spaces.name as space_name',
      'spaces.name_en as space_name_en',
      'organisations.name as organisation_name',
      'organisations.name_en as organisation_name_en',
      'contacts.name as contact_name',
      'audiences.name as audience_name',
      'audiences.name_en as audience_name_en',
    ])
    .orderBy('bookings.start')
    .orderBy('sites.id')
    .orderBy('spaces.id')
    .orderBy('bookings.id')
    .limit(q.limit)
    .execute();
}

/** How many held activities, their head counts and how many were checked in, over the whole ledger. */
export async function ledgerTotals(
  db: Kysely<DB>,
  q: { spaceIds: number[]; from: string; to: string; heldBy: string },
): Promise<{ total: number; heads: number; checkedIn: number }> {
  if (q.spaceIds.length === 0 || q.from >= q.to) return { total: 0, heads: 0, checkedIn: 0 };
  const r = await heldIn(db, q)
    .select((eb) => [
      eb.fn.countAll<number | string>().as('total'),
      eb.fn.sum<number | string | null>('bookings.head_count').as('heads'),
      eb.fn.sum<number | string | null>(eb.case().when('bookings.status', '=', 'checked_in').then(1).else(0).end()).as('checked_in'),
    ])
    .executeTakeFirstOrThrow();
  return { total: Number(r.total), heads: Number(r.heads ?? 0), checkedIn: Number(r.checked_in ?? 0) };
}

function heldIn(db: Kysely<DB>, q: { spaceIds: number[]; from: string; to: string; heldBy: string }) {
  return db
    .selectFrom('bookings')
    .where('bookings.space_id', 'in', q.spaceIds)
    .where('bookings.start', '>=', `${q.from}T00:00`)
    .where('bookings.start', '<', `${q.to}T00:00`)
    .where((eb) =>
      eb.or([eb('bookings.status', '=', 'checked_in'), eb.and([eb('bookings.status', '=', 'confirmed'), eb('bookings.end', '<=', q.heldBy)])]),
    );
}
