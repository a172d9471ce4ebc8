import type { Kysely, Selectable } from 'kysely';
import type { Site } from '../../../shared/domain';
import type { DB, SitesTable } from '../schema';

export type SiteRow = Omit<Site, 'id' | 'archived'>;

function toSite(r: Selectable<SitesTable>): Site {
  return { id: r.id, name: r.name, nameEn: r.name_en, address: r.address, addressEn: r.address_en, phone: r.phone, archived: r.archived === 1 };
}

export async function listSites(db: Kysely<DB>, includeArchived: boolean): Promise<Site[]> {
  let q = db.selectFrom('sites').selectAll().orderBy('id');
  if (!includeArchived) q = q.where('archived', '=', 0);
  return (await q.execute()).map(toSite);
}

export async function findSite(db: Kysely<DB>, id: number): Promise<Site | undefined> {
  const r = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toSite(r);
}

export async function insertSite(db: Kysely<DB>, s: SiteRow): Promise<number> {
  const r = await db
    .insertInto('sites')
    .values({ name: s.name, name_en: s.nameEn, address: s.address, address_en: s.addressEn, phone: s.phone, timezone: 'Asia/Shanghai', archived: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function updateSite(db: Kysely<DB>, id: number, s: SiteRow): Promise<void> {
  await db
    .updateTable('sites')
    .set({ name: s.name, name_en: s.nameEn, address: s.address, address_en: s.addressEn, phone: s.phone })
    .where('id', '=', id)
    .execute();
}

export async function setSiteArchived(db: Kysely<DB>, id: number, archived: boolean): Promise<void> {
  await db.updateTable('sites').set({ archived: archived ? 1 : 0 }).where('id', '=', id).execute();
}
