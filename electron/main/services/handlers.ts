import type { Kysely } from 'kysely';
import type { Method, Output, ParsedInput } from '../../shared/contract';
import type { DB } from '../db/schema';

/**
 * The handler of one contract method: parsed input in, contract output out. `db` is the
 * write transaction for a method the contract marks as a write (the dispatch opens it),
 * and the plain connection for a read.
 */
export type Handler<M extends Method> = (input: ParsedInput<M>, db: Kysely<DB>) => Promise<Output<M>>;

/** A feature's slice of the handler map. */
export type Handlers<M extends Method> = { [K in M]: Handler<K> };

export type HandlerMap = Handlers<Method>;
