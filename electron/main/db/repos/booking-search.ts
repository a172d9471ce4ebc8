/**
 * The booking search of the header (a caller on the phone: "Chen, the Saturday baking").
 * Each word of the query must match something of the booking. A word is matched through
 * an index wherever one can answer it: a contact's name or the end of a phone number
 * through bookings(contact_id), an organisation through bookings(organisation_id), a
 * space or site name and a date through bookings(space_id, start). A title can only be
 * matched row by row, so titles are searched over a stretch of days around today that
 * the caller gives (bounded by the same (space_id, start) index), never over all history.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { BookingSearchItem } from '../../../shared/contract/bookings';
import type { BookingStatus } from '../../../shared/domain';
import { addDays } from '../../../shared/time';
import type { DB } from '../schema';

/** One word of the query, as the search service read it. */
export type SearchTerm =
  /** Names and titles containing the text; `phoneDigits` also matches the end of a phone number. */
  | { kind: 'text'; text: string; phoneDigits?: string }
  /** Bookings starting on that day. */
  | { kind: 'day'; day: string };

export interface SearchQuery {
  terms: readonly SearchTerm[];
  /** Wall-clock now: bookings ending after it come first, soonest first; the rest latest first. */
  now: string;
  /** The days (`to` exclusive) over which titles are searched. */
  titleFrom: string;
  titleTo: string;
  limit: number;
}

/** A typed % or _ matches itself: LIKE ... ESCAPE '\' with the wildcards escaped. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function like(column: string, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} LIKE ${pattern} ESCAPE '\\'`;
}

/** The condition one word puts on a booking `b`. */
function termCondition(db: Kysely<DB>, t: SearchTerm, q: SearchQuery): Expression<SqlBool> {
  const allSpaces = db.selectFrom('spaces as sp').select('sp.id');
  if (t.kind === 'day') {
    // Through the (space_id, start) index: every space, that one day.
    return sql<SqlBool>`(b.space_id IN (${allSpaces}) AND b.start >= ${`${t.day}T00:00`} AND b.start < ${`${addDays(t.day, 1)}T00:00`})`;
  }
  const p = `%${likeEscape(t.text)}%`;
  const contactMatch = t.phoneDigits ? sql<SqlBool>`(${like('c2.name', p)} OR ${like('c2.phone', `%${likeEscape(t.phoneDigits)}`)})` : like('c2.name', p);
  const contacts = db.selectFrom('contacts as c2').select('c2.id').where(contactMatch);
  const organisations = db
    .selectFrom('organisations as o2')
    .select('o2.id')
    .where(sql<SqlBool>`(${like('o2.name', p)} OR ${like('o2.name_en', p)})`);
  const spaces = db
    .selectFrom('spaces as s2')
    .innerJoin('sites as si2', 'si2.id', 's2.site_id')
    .select('s2.id')
    .where(sql<SqlBool>`(${like('s2.name', p)} OR ${like('s2.name_en', p)} OR ${like('si2.name', p)} OR ${like('si2.name_en', p)})`);
  return sql<SqlBool>`(b.contact_id IN (${contacts})
    OR b.organisation_id IN (${organisations})
    OR b.space_id IN (${spaces})
    OR (b.space_id IN (${allSpaces}) AND b.start >= ${`${q.titleFrom}T00:00`} AND b.start < ${`${q.titleTo}T00:00`} AND ${like('b.title', p)}))`;
}

/**
 * Bookings matching every term, with the names the results show: those still to come
 * first (soonest first), then past ones (latest first). One more than `limit` is read,
 * so the caller knows whether there were more.
 */
export async function searchBookings(db: Kysely<DB>, q: SearchQuery): Promise<{ items: BookingSearchItem[]; more: boolean }> {
  if (q.terms.length === 0) return { items: [], more: false };
  const upcoming = sql<number>`CASE WHEN b."end" > ${q.now} THEN 0 ELSE 1 END`;
  const found = db
    .selectFrom('bookings as b')
    .select(['b.id', 'b.start', 'b.end'])
    .select(upcoming.as('past'))
    .where((eb) => eb.and(q.terms.map((t) => termCondition(db, t, q))))
    .orderBy('past')
    .orderBy(sql`CASE WHEN b."end" > ${q.now} THEN b.start END`)
    .orderBy('b.start', 'desc')
    .orderBy('b.id')
    .limit(q.limit + 1)
    .as('f');
  const rows = await db
    .selectFrom(found)
    .innerJoin('bookings as b', 'b.id', 'f.id')
    .innerJoin('spaces as s', 's.id', 'b.space_id')
    .innerJoin('sites as si', 'si.id', 's.site_id')
    .leftJoin('contacts as c', 'c.id', 'b.contact_id')
    .leftJoin('organisations as o', 'o.id', 'b.organisation_id')
    .select([
      'b.id',
      'b.start',
      'b.end',
      'b.title',
      'b.status',
      'b.head_count',
      'b.space_id',
      'b.cancel_reason',
      's.name as space_name',
      's.name_en as space_name_en',
      'si.name as site_name',
      'si.name_en as site_name_en',
      'c.name as contact_name',
      'c.phone as contact_phone',
      'o.name as organisation_name',
      'o.name_en as organisation_name_en',
    ])
    .orderBy('f.past')
    .orderBy(sql`CASE WHEN f.past = 0 THEN f.start END`)
    .orderBy('f.start', 'desc')
    .orderBy('f.id')
    .execute();
  const items = rows.slice(0, q.limit).map((r) => ({
    id: r.id,
    start: r.start,
    end: r.end,
    title: r.title,
    status: r.status as BookingStatus,
    headCount: r.head_count,
    spaceId: r.space_id,
    spaceName: r.space_name,
    spaceNameEn: r.space_name_en,
    siteName: r.site_name,
    siteNameEn: r.site_name_en,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    organisationName: r.organisation_name,
    organisationNameEn: r.organisation_name_en,
    cancelReason: r.cancel_reason,
  }));
  return { items, more: rows.length > q.limit };
}
