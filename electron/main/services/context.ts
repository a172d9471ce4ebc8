import type { Kysely } from 'kysely';
import { recordAudit } from '../db/repos/audit';
import type { DB } from '../db/schema';
import type { EventBus } from './events';
import { required, type Entity } from './not-found';

/** Asia/Shanghai has had no daylight saving since 1991: a fixed +8 h offset is exact. */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

export function shanghaiNow(date = new Date()): string {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/**
 * What every service needs: the clock, who is at the desk, and the events. The database
 * is not here: each call hands the service its own (the write transaction, for a write),
 * so no service can read outside the transaction it writes in.
 */
export interface ServiceContext {
  /** Local wall-clock time, `YYYY-MM-DDTHH:mm`. */
  now(): string;
  operatorId: number | null;
  appVersion: string;
  schemaVersion: number;
  events: EventBus;
}

export function createContext(opts: { now?: () => string; appVersion?: string; schemaVersion: number; events: EventBus }): ServiceContext {
  return {
    events: opts.events,
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
 * The common shape of a directory write, inside the caller's transaction: read the row
 * as it was, write it, read it back, and audit the before/after. `write` returns the row id.
 */
export async function auditedWrite<T>(
  ctx: ServiceContext,
  tx: Kysely<DB>,
  entity: Entity,
  action: string,
  id: number | undefined,
  find: (tx: Kysely<DB>, id: number) => Promise<T | undefined>,
  write: (tx: Kysely<DB>, before: T | undefined) => Promise<number>,
): Promise<T> {
  const before = id === undefined ? undefined : required(await find(tx, id), entity, id);
  const newId = await write(tx, before);
  const after = required(await find(tx, newId), entity, newId);
  await audit(ctx, tx, action, entity, newId, before, after);
  return after;
}

/** auditedWrite for a save: `create` without an id, `update` with one. */
export function auditedSave<T>(
  ctx: ServiceContext,
  tx: Kysely<DB>,
  entity: Entity,
  id: number | undefined,
  find: (tx: Kysely<DB>, id: number) => Promise<T | undefined>,
  write: (tx: Kysely<DB>, before: T | undefined) => Promise<number>,
): Promise<T> {
  return auditedWrite(ctx, tx, entity, id === undefined ? 'create' : 'update', id, find, write);
}

/** Archive or restore one row, audited as `archive` / `restore`. */
export function auditedArchive<T>(
  ctx: ServiceContext,
  tx: Kysely<DB>,
  entity: Entity,
  input: { id: number; archived: boolean },
  find: (tx: Kysely<DB>, id: number) => Promise<T | undefined>,
  setArchived: (tx: Kysely<DB>, id: number, archived: boolean) => Promise<void>,
): Promise<T> {
  return auditedWrite(ctx, tx, entity, input.archived ? 'archive' : 'restore', input.id, find, async (tx) => {
    await setArchived(tx, input.id, input.archived);
    return input.id;
  });
}
