import type { Kysely, Selectable } from 'kysely';
import type { Audience } from '../../../shared/domain';
import type { AudiencesTable, DB } from '../schema';

function toAudience(r: Selectable<AudiencesTable>): Audience {
  return { id: r.id, name: r.name, nameEn: r.name_en, color: r.color, sortOrder: r.sort_order, archived: r.archived === 1 };
}

export async function listAudiences(db: Kysely<DB>, includeArchived: boolean): Promise<Audience[]> {
  let q = db.selectFrom('audiences').selectAll().orderBy('sort_order').orderBy('id');
  if (!includeArchived) q = q.where('archived', '=', 0);
  return (await q.execute()).map(toAudience);
}

export async function findAudience(db: Kysely<DB>, id: number): Promise<Audience | undefined> {
  const r = await db.selectFrom('audiences').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toAudience(r);
}

export async function saveAudience(
  db: Kysely<DB>,
  a: { id?: number; name: string; nameEn: string; color: string; sortOrder: number },
): Promise<number> {
  const cols = { name: a.name, name_en: a.nameEn, color: a.color, sort_order: a.sortOrder };
  if (a.id !== undefined) {
    await db.updateTable('audiences').set(cols).where('id', '=', a.id).execute();
    return a.id;
  }
  const r = await db.insertInto('audiences').values({ ...cols, archived: 0 }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function setAudienceArchived(db: Kysely<DB>, id: number, archived: boolean): Promise<void> {
  await db.updateTable('audiences').set({ archived: archived ? 1 : 0 }).where('id', '=', id).execute();
}
