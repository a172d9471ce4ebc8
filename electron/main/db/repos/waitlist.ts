/** The waitlist and the offers made to it when a cancellation frees a slot. */
import type { Kysely, Selectable } from 'kysely';
import type { WaitlistEntry, WaitlistInput, WaitlistOffer } from '../../../shared/contract/desk';
import { ACTIVE_STATUSES } from '../../../shared/domain';
import type { DB } from '../schema';
import type { WaitlistTable } from '../schema-desk';

type EntryRow = Selectable<WaitlistTable> & { contact_name: string; contact_phone: string };

function toEntry(r: EntryRow): WaitlistEntry {
  return {
    id: r.id,
    siteId: r.site_id,
    spaceId: r.space_id,
    contactId: r.contact_id,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    from: r.from,
    to: r.to,
    earliest: r.earliest,
    latest: r.latest,
    durationMinutes: r.duration_minutes,
    headCount: r.head_count,
    amenities: JSON.parse(r.amenities) as string[],
    audienceId: r.audience_id,
    note: r.note,
    status: r.status as WaitlistEntry['status'],
    createdAt: r.created_at,
  };
}

function entries(db: Kysely<DB>) {
  return db
    .selectFrom('waitlist as w')
    .innerJoin('contacts as c', 'c.id', 'w.contact_id')
    .selectAll('w')
    .select(['c.name as contact_name', 'c.phone as contact_phone']);
}

export async function insertWaitlistEntry(
  db: Kysely<DB>,
  e: WaitlistInput,
  meta: { createdBy: number | null; now: string },
): Promise<number> {
  const r = await db
    .insertInto('waitlist')
    .values({
      site_id: e.siteId,
      space_id: e.spaceId,
      contact_id: e.contactId,
      from: e.from,
      to: e.to,
      earliest: e.earliest,
      latest: e.latest,
      duration_minutes: e.durationMinutes,
      head_count: e.headCount,
      amenities: JSON.stringify(e.amenities),
      audience_id: e.audienceId,
      note: e.note,
      status: 'waiting',
      created_by: meta.createdBy,
      created_at: meta.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function findWaitlistEntry(db: Kysely<DB>, id: number): Promise<WaitlistEntry | undefined> {
  const r = await entries(db).where('w.id', '=', id).executeTakeFirst();
  return r && toEntry(r);
}

/** Entries of a site (or all), soonest wanted day first; `waitingOn` keeps only those still open on that day. */
export async function listWaitlist(
  db: Kysely<DB>,
  opts: { siteId?: number; waitingOn?: string },
): Promise<WaitlistEntry[]> {
  let q = entries(db);
  if (opts.siteId !== undefined) q = q.where('w.site_id', '=', opts.siteId);
  if (opts.waitingOn !== undefined) q = q.where('w.status', '=', 'waiting').where('w.to', '>', opts.waitingOn);
  return (await q.orderBy('w.from').orderBy('w.id').execute()).map(toEntry);
}

export async function setWaitlistStatus(db: Kysely<DB>, id: number, status: WaitlistEntry['status']): Promise<void> {
  await db.updateTable('waitlist').set({ status }).where('id', '=', id).execute();
}

export async function insertOffer(
  db: Kysely<DB>,
  o: { waitlistId: number; bookingId: number; spaceId: number; start: string; end: string; now: string },
): Promise<number> {
  const r = await db
    .insertInto('waitlist_offers')
    .values({ waitlist_id: o.waitlistId, booking_id: o.bookingId, space_id: o.spaceId, start: o.start, end: o.end, created_at: o.now })
    .onConflict((oc) => oc.columns(['waitlist_id', 'booking_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id ?? 0;
}

/** Offers whose slot has not started, for entries still waiting. */
export async function openOffers(db: Kysely<DB>, opts: { siteId?: number; now: string }): Promise<WaitlistOffer[]> {
  let q = db
    .selectFrom('waitlist_offers as f')
    .innerJoin('waitlist as w', 'w.id', 'f.waitlist_id')
    .innerJoin('spaces as s', 's.id', 'f.space_id')
    // A slot whose cancellation was undone is taken again: no offer.
    .innerJoin('bookings as fb', 'fb.id', 'f.booking_id')
    .select(['f.id', 'f.waitlist_id', 'f.booking_id', 'f.space_id', 's.name as space_name', 'f.start', 'f.end', 'f.created_at'])
    .where('fb.status', 'not in', [...ACTIVE_STATUSES])
    .where('f.start', '>', opts.now)
    .where('w.status', '=', 'waiting');
  if (opts.siteId !== undefined) q = q.where('w.site_id', '=', opts.siteId);
  const rows = await q.orderBy('f.start').orderBy('f.id').execute();
  const byId = new Map<number, WaitlistEntry>();
  const out: WaitlistOffer[] = [];
  for (const r of rows) {
    let entry = byId.get(r.waitlist_id);
    if (!entry) {
      entry = (await findWaitlistEntry(db, r.waitlist_id))!;
      byId.set(r.waitlist_id, entry);
    }
    out.push({
      id: r.id,
      entry,
      freedBookingId: r.booking_id,
      spaceId: r.space_id,
      spaceName: r.space_name,
      start: r.start,
      end: r.end,
      createdAt: r.created_at,
    });
  }
  return out;
}
