import type { Kysely, Selectable } from 'kysely';
import type { Operator } from '../../../shared/domain';
import type { DB, OperatorsTable } from '../schema';

/** The PIN's hash stays here: an Operator only says whether there is one. */
function toOperator(r: Selectable<OperatorsTable>): Operator {
  return { id: r.id, name: r.name, role: r.role as Operator['role'], archived: r.archived === 1, hasPin: r.pin_hash !== null };
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

export async function setOperatorArchived(db: Kysely<DB>, id: number, archived: boolean): Promise<void> {
  await db.updateTable('operators').set({ archived: archived ? 1 : 0 }).where('id', '=', id).execute();
}

/** The stored hash (`null`: no PIN); only the PIN check reads it. */
export async function readPinHash(db: Kysely<DB>, id: number): Promise<string | null> {
  const r = await db.selectFrom('operators').select('pin_hash').where('id', '=', id).executeTakeFirst();
  return r?.pin_hash ?? null;
}

export async function setPinHash(db: Kysely<DB>, id: number, hash: string | null): Promise<void> {
  await db.updateTable('operators').set({ pin_hash: hash }).where('id', '=', id).execute();
}

/** How many active coordinators there are, leaving out `except` (the one being changed). */
export async function countActiveCoordinators(db: Kysely<DB>, except?: number): Promise<number> {
  let q = db.selectFrom('operators').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', 'coordinator').where('archived', '=', 0);
  if (except !== undefined) q = q.where('id', '<>', except);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** The active member of staff with this name (other than `except`), compared without case. */
export async function findActiveByName(db: Kysely<DB>, name: string, except?: number): Promise<Operator | undefined> {
  let q = db
    .selectFrom('operators')
    .selectAll()
    .where('archived', '=', 0)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (except !== undefined) q = q.where('id', '<>', except);
  const r = await q.executeTakeFirst();
  return r && toOperator(r);
}
