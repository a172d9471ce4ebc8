import type { Method, Output, ParsedInput } from '../../shared/contract';

/** The handler of one contract method: parsed input in, contract output out. */
export type Handler<M extends Method> = (input: ParsedInput<M>) => Promise<Output<M>>;

/** A feature's slice of the handler map. */
export type Handlers<M extends Method> = { [K in M]: Handler<K> };

export type HandlerMap = Handlers<Method>;
