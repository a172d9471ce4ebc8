import type { Kysely, Selectable } from 'kysely';
import type { Operator } from '../../../shared/domain';
import type { DB, OperatorsTable } from '../schema';

function toOperator(r: Selectable<OperatorsTable>): Operator {
  return { id: r.id, name: r.name, role: r.role as Operator['role'], archived: r.archived === 1 };
}

export async function listOperators(db: Kysely<DB>, includeArchived: boolean): Promise<Operator[]> {
  let q = db.selectFrom('operators').selectAll().orderBy('id');
  if (!includeArchived) q = q.where('archived', '=', 0);
  return (await q.execute()).map(toOperator);
}

export async function findOperator(db: Kysely<DB>, id: number): Promise<Operator | undefined> {
  const r = await db.selectFrom('operators').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toOperator(r);
}

export async function saveOperator(db: Kysely<DB>, o: { id?: number; name: string; role: string }): Promise<number> {
  if (o.id !== undefined) {
    await db.updateTable('operators').set({ name: o.name, role: o.role }).where('id', '=', o.id).execute();
    return o.id;
  }
  const r = await db
    .insertInto('operators')
    .values({ name: o.name, role: o.role, archived: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}
