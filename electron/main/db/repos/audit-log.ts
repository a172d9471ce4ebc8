/** Reading the audit log (written by recordAudit in audit.ts), newest first, filtered and paged. */
import type { Kysely } from 'kysely';
import type { DB } from '../schema';

export interface AuditFilter {
  operatorId?: number;
  entity?: string;
  entityId?: number;
  action?: string;
  /** Wall-clock bounds, `to` exclusive. */
  from?: string;
  to?: string;
  offset: number;
  limit: number;
}

export interface AuditRow {
  id: number;
  at: string;
  operatorId: number | null;
  operatorName: string | null;
  action: string;
  entity: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
}

export async function listAuditLog(db: Kysely<DB>, f: AuditFilter): Promise<{ total: number; rows: AuditRow[] }> {
  let q = db.selectFrom('audit_log as l');
  if (f.operatorId !== undefined) q = q.where('l.operator_id', '=', f.operatorId);
  if (f.entity) q = q.where('l.entity', '=', f.entity);
  if (f.entityId !== undefined) q = q.where('l.entity_id', '=', f.entityId);
  if (f.action) q = q.where('l.action', '=', f.action);
  if (f.from) q = q.where('l.at', '>=', f.from);
  if (f.to) q = q.where('l.at', '<', f.to);
  const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .leftJoin('operators as o', 'o.id', 'l.operator_id')
    .selectAll('l')
    .select('o.name as operator_name')
    .orderBy('l.id', 'desc')
    .offset(f.offset)
    .limit(f.limit)
    .execute();
  return {
    total: Number(n),
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      operatorId: r.operator_id,
      operatorName: r.operator_name,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before === null ? null : (JSON.parse(r.before) as unknown),
      after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    })),
  };
}

/** Who last changed a row and when, from the newest audit entry about it (null if none names one). */
export async function lastChange(db: Kysely<DB>, entity: string, entityId: number): Promise<{ at: string; operatorName: string | null } | null> {
  const r = await db
    .selectFrom('audit_log as l')
    .leftJoin('operators as o', 'o.id', 'l.operator_id')
    .select(['l.at', 'o.name as operator_name'])
    .where('l.entity', '=', entity)
    .where('l.entity_id', '=', entityId)
    .orderBy('l.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ? { at: r.at, operatorName: r.operator_name } : null;
}

/** The newest audit entry of one action on a row (a booking's last cancel, say), with its before/after. */
export async function latestAudit(
  db: Kysely<DB>,
  entity: string,
  entityId: number,
  action: string,
): Promise<{ at: string; before: unknown; after: unknown } | null> {
  const r = await db
    .selectFrom('audit_log')
    .select(['at', 'before', 'after'])
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .where('action', '=', action)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!r) return null;
  return { at: r.at, before: r.before === null ? null : (JSON.parse(r.before) as unknown), after: r.after === null ? null : (JSON.parse(r.after) as unknown) };
}
