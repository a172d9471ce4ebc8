/**
 * The whole main-process backend without Electron: open (and migrate) the database,
 * build the services, and return the dispatch function. The app wires it to ipcMain;
 * tests and the benchmark call it directly.
 */
import { openDatabase, type Connection, type OpenOptions } from './db/connection';
import { openPostgres, type PgOptions } from './db/pg/connection';
import type { ServerSettings } from '../shared/storage';
import { MIGRATIONS } from './db/migrations';
import { createDispatch, type Dispatch, type DispatchOptions } from './ipc/dispatch';
import { createContext, type ServiceContext } from './services/context';
import { seedDemoData } from './services/demo/seed';
import { EventBus } from './services/events';
import { createHandlers } from './services';
import type { HandlerMap } from './services/handlers';
import { createStore, type Store } from './services/store';

export interface Backend {
  conn: Connection;
  ctx: ServiceContext;
  store: Store;
  handlers: HandlerMap;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export interface BackendOptions extends OpenOptions, DispatchOptions {
  /** Fill a brand-new database with the demo subdistrict. */
  demoData?: boolean;
  now?: () => string;
  appVersion?: string;
}

/** A file path (this computer's database) or the shared server's settings. */
export type DatabaseTarget = string | { server: ServerSettings; pg?: PgOptions };

export async function openBackend(target: DatabaseTarget, opts: BackendOptions = {}): Promise<Backend> {
  const conn = typeof target === 'string' ? openDatabase(target, opts) : await openPostgres(target.server, { log: opts.log, ...target.pg });
  const events = new EventBus(opts.log);
  const store = createStore(conn, events);
  const ctx = createContext({ now: opts.now, appVersion: opts.appVersion, schemaVersion: MIGRATIONS.length, events });
  if (opts.demoData && conn.migration.from === 0) await seedDemoData(ctx, store);
  const handlers = createHandlers(ctx, store);
  const dispatch = createDispatch(handlers, store, opts);
  return { conn, ctx, store, handlers, dispatch, close: () => conn.close() };
}
