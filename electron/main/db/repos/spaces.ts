import { sql, type Kysely, type Selectable } from 'kysely';
import { onServer } from '../dialect';
import type { Space } from '../../../shared/domain';
import type { DB, SpacesTable } from '../schema';

export type SpaceRow = Omit<Space, 'id' | 'archived' | 'version'>;

export function toSpace(r: Selectable<SpacesTable>): Space {
  return {
    id: r.id,
    siteId: r.site_id,
    parentId: r.parent_id,
    name: r.name,
    nameEn: r.name_en,
    kind: r.kind as Space['kind'],
    capacity: r.capacity,
    amenities: JSON.parse(r.amenities) as string[],
    openingHours: JSON.parse(r.opening_hours) as Space['openingHours'],
    slotMinutes: r.slot_minutes,
    minBookingMinutes: r.min_booking_minutes,
    maxBookingMinutes: r.max_booking_minutes,
    bufferMinutes: r.buffer_minutes,
    needsApproval: r.needs_approval === 1,
    mode: r.mode as Space['mode'],
    color: r.color,
    archived: r.archived === 1,
    version: r.version,
  };
}

function toColumns(s: SpaceRow) {
  return {
    site_id: s.siteId,
    parent_id: s.parentId,
    name: s.name,
    name_en: s.nameEn,
    kind: s.kind,
    capacity: s.capacity,
    amenities: JSON.stringify(s.amenities),
    opening_hours: JSON.stringify([...s.openingHours].sort((a, b) => a.weekday - b.weekday)),
    slot_minutes: s.slotMinutes,
    min_booking_minutes: s.minBookingMinutes,
    max_booking_minutes: s.maxBookingMinutes,
    buffer_minutes: s.bufferMinutes,
    needs_approval: s.needsApproval ? 1 : 0,
    mode: s.mode,
    color: s.color,
  };
}

export async function listSpaces(
  db: Kysely<DB>,
  opts: { siteId?: number; includeArchived: boolean },
): Promise<Space[]> {
  let q = db.selectFrom('spaces').selectAll().orderBy('site_id').orderBy('id');
  if (opts.siteId !== undefined) q = q.where('site_id', '=', opts.siteId);
  if (!opts.includeArchived) q = q.where('archived', '=', 0);
  return (await q.execute()).map(toSpace);
}

export async function findSpace(db: Kysely<DB>, id: number): Promise<Space | undefined> {
  const r = await db.selectFrom('spaces').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toSpace(r);
}

export async function insertSpace(db: Kysely<DB>, s: SpaceRow): Promise<number> {
  const r = await db
    .insertInto('spaces')
    .values({ ...toColumns(s), archived: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function updateSpace(db: Kysely<DB>, id: number, s: SpaceRow): Promise<void> {
  await db
    .updateTable('spaces')
    .set((eb) => ({ ...toColumns(s), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function setSpaceArchived(db: Kysely<DB>, id: number, archived: boolean): Promise<void> {
  await db
    .updateTable('spaces')
    .set((eb) => ({ archived: archived ? 1 : 0, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}


/**
 * Holds a family of spaces for the rest of the write transaction, before its bookings
 * are read for a check. On the shared server two desks check at once, and what the
 * exclusion constraint cannot see (shared capacity, halves of a court, quotas, windows)
 * would let both through; locking the family's rows makes the second wait for the first
 * to commit, and then read its booking. Rows are locked in id order, so two desks
 * locking overlapping families cannot deadlock. On a file BEGIN IMMEDIATE already holds
 * the whole database, and outside a write transaction there is nothing to hold.
 * Says whether it held anything.
 */
export async function holdSpaces(db: Kysely<DB>, ids: readonly number[]): Promise<boolean> {
  if (!db.isTransaction || ids.length === 0 || !onServer(db)) return false;
  await sql`SELECT id FROM spaces WHERE id = ANY(${[...ids]}::int[]) ORDER BY id FOR UPDATE`.execute(db);
  return true;
}
