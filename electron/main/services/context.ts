import type { Kysely } from 'kysely';
import { writeTransaction } from '../db/connection';
import { recordAudit } from '../db/repos/audit';
import { required } from './not-found';
import type { DB } from '../db/schema';

/** Asia/Shanghai has had no daylight saving since 1991: a fixed +8 h offset is exact. */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

export function shanghaiNow(date = new Date()): string {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** What every service needs: the database, the clock and who is at the desk. */
export interface ServiceContext {
  db: Kysely<DB>;
  /** Local wall-clock time, `YYYY-MM-DDTHH:mm`. */
  now(): string;
  operatorId: number | null;
  appVersion: string;
  schemaVersion: number;
}

export function createContext(
  db: Kysely<DB>,
  opts: { now?: () => string; appVersion?: string; schemaVersion: number },
): ServiceContext {
  return {
    db,
    now: opts.now ?? (() => shanghaiNow()),
    operatorId: null,
    appVersion: opts.appVersion ?? '0.0.0',
    schemaVersion: opts.schemaVersion,
  };
}

/** Write an audit row inside the caller's transaction, stamped with the operator. */
export function audit(
  ctx: ServiceContext,
  tx: Kysely<DB>,
  action: string,
  entity: string,
  entityId: number | null,
  before?: unknown,
  after?: unknown,
): Promise<void> {
  return recordAudit(tx, { at: ctx.now(), operatorId: ctx.operatorId, action, entity, entityId, before, after });
}

/**
 * The common shape of a directory write: in one transaction, read the row as it was,
 * write it, read it back, and audit the before/after. `write` returns the row id.
 */
export async function auditedWrite<T>(
  ctx: ServiceContext,
  entity: string,
  action: string,
  id: number | undefined,
  find: (tx: Kysely<DB>, id: number) => Promise<T | undefined>,
  write: (tx: Kysely<DB>) => Promise<number>,
): Promise<T> {
  return writeTransaction(ctx.db, async (tx) => {
    const before = id === undefined ? undefined : required(await find(tx, id), entity, id);
    const newId = await write(tx);
    const after = required(await find(tx, newId), entity, newId);
    await audit(ctx, tx, action, entity, newId, before, after);
    return after;
  });
}

/** auditedWrite for a save: `create` without an id, `update` with one. */
export function auditedSave<T>(
  ctx: ServiceContext,
  entity: string,
  id: number | undefined,
  find: (tx: Kysely<DB>, id: number) => Promise<T | undefined>,
  write: (tx: Kysely<DB>) => Promise<number>,
): Promise<T> {
  return auditedWrite(ctx, entity, id === undefined ? 'create' : 'update', id, find, write);
}

/** Archive or restore one row, audited as `archive` / `restore`. */
export function auditedArchive<T>(
  ctx: ServiceContext,
  entity: string,
  input: { id: number; archived: boolean },
  find: (tx: Kysely<DB>, id: number) => Promise<T | undefined>,
  setArchived: (tx: Kysely<DB>, id: number, archived: boolean) => Promise<void>,
): Promise<T> {
  return auditedWrite(ctx, entity, input.archived ? 'archive' : 'restore', input.id, find, async (tx) => {
    await setArchived(tx, input.id, input.archived);
    return input.id;
  });
}
