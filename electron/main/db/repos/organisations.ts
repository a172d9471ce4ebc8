import type { Kysely, Selectable } from 'kysely';
import type { Organisation } from '../../../shared/domain';
import type { DB, OrganisationsTable } from '../schema';

function toOrganisation(r: Selectable<OrganisationsTable>): Organisation {
  return {
    id: r.id,
    name: r.name,
    nameEn: r.name_en,
    kind: r.kind as Organisation['kind'],
    note: r.note,
    archived: r.archived === 1,
  };
}

export async function listOrganisations(db: Kysely<DB>, includeArchived: boolean): Promise<Organisation[]> {
  let q = db.selectFrom('organisations').selectAll().orderBy('name');
  if (!includeArchived) q = q.where('archived', '=', 0);
  return (await q.execute()).map(toOrganisation);
}

export async function findOrganisation(db: Kysely<DB>, id: number): Promise<Organisation | undefined> {
  const r = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toOrganisation(r);
}

export async function saveOrganisation(
  db: Kysely<DB>,
  o: { id?: number; name: string; nameEn: string; kind: string; note: string },
): Promise<number> {
  const cols = { name: o.name, name_en: o.nameEn, kind: o.kind, note: o.note };
  if (o.id !== undefined) {
    await db.updateTable('organisations').set(cols).where('id', '=', o.id).execute();
    return o.id;
  }
  const r = await db.insertInto('organisations').values({ ...cols, archived: 0 }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function setOrganisationArchived(db: Kysely<DB>, id: number, archived: boolean): Promise<void> {
  await db.updateTable('organisations').set({ archived: archived ? 1 : 0 }).where('id', '=', id).execute();
}
