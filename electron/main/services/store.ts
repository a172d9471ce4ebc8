/**
 * The one place a write transaction is opened. The dispatch runs every method the
 * contract marks as a write through `write`; listeners of events open their own after
 * the commit they react to. Services receive the transaction and never open one.
 */
import type { Kysely } from 'kysely';
import type { ChangeState, Connection } from '../db/connection';
import type { DB } from '../db/schema';
import type { AppError } from '../../shared/errors';
import { openOutbox, type EventBus } from './events';

export interface Store {
  /** For reads outside a transaction: each statement sees the latest commit. */
  readonly db: Kysely<DB>;
  /** One write transaction; the events raised in it are published after it commits. */
  write<T>(fn: (tx: Kysely<DB>) => Promise<T>): Promise<T>;
  /** A database error in the user's words (busy, server unreachable), or undefined. */
  explain(e: unknown): AppError | undefined;
  /** Moves when another desk changed something; says whether the database answers. */
  changes(): ChangeState;
  /** This computer's file, or the shared server. */
  readonly kind: 'file' | 'server';
  /**
   * Run a write in a transaction and roll it back: what the write would do, seen
   * without doing it (an import's preview). Its events are dropped.
   */
  rehearse<T>(fn: (tx: Kysely<DB>) => Promise<T>): Promise<T>;
}

/** Thrown at the end of a rehearsal so that the transaction rolls back. */
const ROLL_BACK = Symbol('roll back');

export function createStore(conn: Connection, events: EventBus): Store {
  return {
    db: conn.db,
    kind: conn.kind,
    async write(fn) {
      let outbox: ReturnType<typeof openOutbox> = [];
      const result = await conn.transaction((tx) => {
        outbox = openOutbox(tx);
        return fn(tx);
      });
      await events.publish(outbox);
      return result;
    },
    explain: (e) => conn.explain(e),
    changes: () => conn.changes(),
    async rehearse(fn) {
      let result: Awaited<ReturnType<typeof fn>> | undefined;
      try {
        await conn.transaction(async (tx) => {
          openOutbox(tx);
          result = await fn(tx);
          throw ROLL_BACK;
        });
      } catch (e) {
        if (e !== ROLL_BACK) throw e;
      }
      return result as Awaited<ReturnType<typeof fn>>;
    },
  };
}
