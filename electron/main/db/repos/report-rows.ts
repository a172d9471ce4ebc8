/**
 * Reads for the reports upward (统计与台账). Plain portable SQL: comparisons on the
 * 'YYYY-MM-DDTHH:mm' text columns, no date functions; all date arithmetic is done by
 * the service in TypeScript.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../schema';

/** One booking as the headline figures need it: no text but the status. */
export interface ReportBookingCore {
  space_id: number;
  start: string;
  end: string;
  status: string;
  head_count: number;
}

/** ...and as the breakdowns need it. */
export interface ReportBooking extends ReportBookingCore {
  audience_id: number | null;
  organisation_id: number | null;
}

/**
 * The period's bookings with only the headline's columns (for the periods a report is
 * compared with: a year of them is 300,000 rows, and every column is read per row).
 */
export async function reportBookingsCore(db: Kysely<DB>, spaceIds: number[], from: string, to: string): Promise<ReportBookingCore[]> {
  if (spaceIds.length === 0 || from >= to) return [];
  return db
    .selectFrom('bookings')
    .select(['space_id', 'start', 'end', 'status', 'head_count'])
    .where('space_id', 'in', spaceIds)
    .where('start', '>=', `${from}T00:00`)
    .where('start', '<', `${to}T00:00`)
    .orderBy('space_id')
    .orderBy('start')
    .execute();
}

/**
 * Every booking of the given spaces that starts on a date in [from, to), whatever its
 * status, ordered by space then start (the (space_id, start) index answers it).
 */
export async function reportBookings(db: Kysely<DB>, spaceIds: number[], from: string, to: string): Promise<ReportBooking[]> {
  if (spaceIds.length === 0 || from >= to) return [];
  return db
    .selectFrom('bookings')
    .select(['space_id', 'start', 'end', 'status', 'head_count', 'audience_id', 'organisation_id'])
    .where('space_id', 'in', spaceIds)
    .where('start', '>=', `${from}T00:00`)
    .where('start', '<', `${to}T00:00`)
    .orderBy('space_id')
    .orderBy('start')
    .execute();
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
