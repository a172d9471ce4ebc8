import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import { insertRows } from './many-rows';

export interface AuditEntry {
  at: string;
  operatorId: number | null;
  action: string;
  entity: string;
  entityId: number | null;
  before?: unknown;
  after?: unknown;
}

function toColumns(e: AuditEntry) {
  return {
    at: e.at,
    operator_id: e.operatorId,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId,
    before: e.before === undefined ? null : JSON.stringify(e.before),
    after: e.after === undefined ? null : JSON.stringify(e.after),
  };
}

export async function recordAudit(db: Kysely<DB>, e: AuditEntry): Promise<void> {
  await recordAudits(db, [e]);
}

const AUDIT_COLUMNS = ['at', 'operator_id', 'action', 'entity', 'entity_id', 'before', 'after'] as const;

/** Many entries, a few hundred per statement (a series audits each of its bookings). */
export async function recordAudits(db: Kysely<DB>, entries: readonly AuditEntry[]): Promise<void> {
  await insertRows(
    db,
    'audit_log',
    AUDIT_COLUMNS,
    entries.map((e) => {
      const c = toColumns(e);
      return AUDIT_COLUMNS.map((k) => c[k]);
    }),
  );
}
