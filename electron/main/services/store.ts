/**
 * The one place a write transaction is opened. The dispatch runs every method the
 * contract marks as a write through `write`; listeners of events open their own after
 * the commit they react to. Services receive the transaction and never open one.
 */
import type { Kysely } from 'kysely';
import { writeTransaction } from '../db/connection';
import type { DB } from '../db/schema';
import { openOutbox, type EventBus } from './events';

export interface Store {
  /** For reads outside a transaction: each statement sees the latest commit. */
  readonly db: Kysely<DB>;
  /** One write transaction (BEGIN IMMEDIATE); the events raised in it are published after it commits. */
  write<T>(fn: (tx: Kysely<DB>) => Promise<T>): Promise<T>;
  /**
   * Run a write in a transaction and roll it back: what the write would do, seen
   * without doing it (an import's preview). Its events are dropped.
   */
  rehearse<T>(fn: (tx: Kysely<DB>) => Promise<T>): Promise<T>;
}

/** Thrown at the end of a rehearsal so that the transaction rolls back. */
const ROLL_BACK = Symbol('roll back');

export function createStore(db: Kysely<DB>, events: EventBus): Store {
  return {
    db,
    async write(fn) {
      let outbox: ReturnType<typeof openOutbox> = [];
      const result = await writeTransaction(db, (tx) => {
        outbox = openOutbox(tx);
        return fn(tx);
      });
      await events.publish(outbox);
      return result;
    },
    async rehearse(fn) {
      let result: Awaited<ReturnType<typeof fn>> | undefined;
      try {
        await writeTransaction(db, async (tx) => {
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
