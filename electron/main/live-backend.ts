/**
 * The backend the app is running on, which a restore replaces without a restart: IPC
 * and timers ask `current()` (or call `dispatch`) each time instead of keeping a backend.
 * `swap` waits until no call is running and holds new ones back, closes the database,
 * lets the caller change the files, and opens it again; if the new file cannot be opened
 * the change is undone and the old database comes back.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Backend } from './backend';
import { findOperator } from './db/repos/operators';
import type { Dispatch } from './ipc/dispatch';
import type { Operator } from '../shared/domain';

export interface Swap {
  /** Runs while nothing else runs, before the database is closed (e.g. the safety copy). */
  beforeClose?(old: Backend): Promise<void>;
  /** Put the new file in place; returns how to put the old one back. */
  replace(): Promise<() => Promise<void>>;
  /**
   * Open another database from now on (数据存放 moving the desk between its file and the
   * server); if it cannot be opened, the old one comes back and stays the one reopened.
   */
  open?: () => Promise<Backend>;
}

/** Which dispatch call the code runs in, so a swap started by a call does not wait for itself. */
const callScope = new AsyncLocalStorage<symbol>();

export class LiveBackend {
  #backend: Backend;
  #open: () => Promise<Backend>;
  readonly #running = new Set<symbol>();
  #idle: (() => void)[] = [];
  /** Set while a swap runs: calls that arrive wait for it. */
  #gate: Promise<void> | null = null;
  /** Swaps run one after another. */
  #swaps: Promise<unknown> = Promise.resolve();

  constructor(backend: Backend, open: () => Promise<Backend>) {
    this.#backend = backend;
    this.#open = open;
  }

  current(): Backend {
    return this.#backend;
  }

  /** The contract's dispatch on whatever backend is live when the call arrives. */
  readonly dispatch: Dispatch = async (method, input) => {
    const token = await this.#enter();
    try {
      return await callScope.run(token, () => this.#backend.dispatch(method, input));
    } finally {
      this.#leave(token);
    }
  };

  /** Run work against the live backend (a scheduled backup) with no swap in between. */
  async use<T>(work: (backend: Backend) => Promise<T>): Promise<T> {
    const token = await this.#enter();
    try {
      return await callScope.run(token, () => work(this.#backend));
    } finally {
      this.#leave(token);
    }
  }

  swap(swap: Swap): Promise<Backend> {
    // The call that asks for the swap is not waited for (it waits for the swap).
    const own = callScope.getStore();
    if (own) this.#leave(own);
    const run = this.#swaps.then(() => this.#swapNow(swap));
    this.#swaps = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.#swaps;
    await this.#backend.close();
  }

  async #swapNow(swap: Swap): Promise<Backend> {
    let openGate!: () => void;
    this.#gate = new Promise((resolve) => (openGate = resolve));
    try {
      while (this.#running.size > 0) await new Promise<void>((resolve) => this.#idle.push(resolve));
      const old = this.#backend;
      await swap.beforeClose?.(old);
      const operator = old.ctx.operatorId === null ? undefined : await findOperator(old.store.db, old.ctx.operatorId);
      await old.close();
      let putBack: (() => Promise<void>) | undefined;
      const previous = this.#open;
      try {
        putBack = await swap.replace();
        if (swap.open) this.#open = swap.open;
        this.#backend = await this.#open();
      } catch (e) {
        // The old database comes back as it was; the caller reports what went wrong.
        await putBack?.();
        this.#open = previous;
        this.#backend = await this.#open();
        throw e;
      }
      // Before any other call reaches the new backend: the desk keeps its person.
      await keepOperator(this.#backend, operator);
      return this.#backend;
    } finally {
      this.#gate = null;
      openGate();
    }
  }

  async #enter(): Promise<symbol> {
    while (this.#gate) await this.#gate;
    const token = Symbol('call');
    this.#running.add(token);
    return token;
  }

  #leave(token: symbol): void {
    if (!this.#running.delete(token) || this.#running.size > 0) return;
    const waiting = this.#idle;
    this.#idle = [];
    waiting.forEach((resolve) => resolve());
  }
}

/**
 * Whoever was at the desk stays there when the data opened next knows the same person
 * (same id, name and role, not retired): after a restore, a move to the server or back.
 */
async function keepOperator(next: Backend, before: Operator | undefined): Promise<void> {
  if (!before) return;
  const after = await findOperator(next.store.db, before.id);
  if (after && !after.archived && after.name === before.name && after.role === before.role) next.ctx.operatorId = before.id;
}
