/**
 * The app's side of 设置 → 数据存放: testing a server, moving this computer's data into
 * it, saving the server's data as a file, and switching the live backend between the
 * file and the server. No Electron here (dialogs and the key store come in), so tests
 * run the very same code against a real server.
 */
import fs from 'node:fs';
import type { Backend, DatabaseTarget } from '../backend';
import { openDatabase } from '../db/connection';
import { openPostgres, probeServer, type PgOptions } from '../db/pg/connection';
import { copyDatabase, TRANSFER_ORDER, type TransferProgress } from '../db/transfer';
import type { StorageHost } from '../services/storage/host';
import { AppError } from '../../shared/errors';
import type { ServerSettings } from '../../shared/storage';
import { StorageConfig, type Secrets } from './config';

export interface StorageHostDeps {
  /** Where storage.json is kept. */
  dataDir: string;
  /** This computer's database file. */
  file: string;
  secrets: Secrets;
  /** The backend the window talks to now. */
  current(): Backend;
  /** Close the current backend and open this one in its place. */
  switchTo(target: DatabaseTarget): Promise<void>;
  /** Ask where to save a file (a save dialog in the app); null when the user cancels. */
  chooseSaveFile(suggestedName: string): Promise<string | null>;
  /** Options for every server connection (tests keep their tables in a schema of their own). */
  pg?: PgOptions;
}

export function serverTarget(server: ServerSettings, pg?: PgOptions): DatabaseTarget {
  return { server, pg };
}

export function createStorageHost(deps: StorageHostDeps): StorageHost {
  const config = new StorageConfig(deps.dataDir, deps.secrets);
  let progress: (TransferProgress & { tablesDone: number; tables: number }) | null = null;

  const track = (p: TransferProgress) => {
    progress = { ...p, tablesDone: TRANSFER_ORDER.indexOf(p.table as (typeof TRANSFER_ORDER)[number]), tables: TRANSFER_ORDER.length };
  };

  return {
    async describe() {
      const kept = config.read().server;
      return {
        kind: deps.current().conn.kind,
        file: deps.file,
        server: kept ? { host: kept.host, port: kept.port, database: kept.database, user: kept.user, tls: kept.tls, hasPassword: kept.sealedPassword !== '' } : null,
        canKeepPasswords: deps.secrets.available(),
      };
    },

    async test({ server }) {
      return probeServer(config.withKeptPassword(server), deps.pg);
    },

    async moveToServer({ server }) {
      const source = deps.current().conn;
      if (source.kind !== 'file') throw new AppError('validation', 'storage.not_on_file', 'This desk already works on the server.');
      const settings = config.withKeptPassword(server);
      if (progress) throw new AppError('conflict', 'storage.moving', 'A move is already under way.');
      progress = { table: TRANSFER_ORDER[0], done: 0, total: 0, tablesDone: 0, tables: TRANSFER_ORDER.length };
      try {
        const target = await openPostgres(settings, { ...deps.pg, listen: false });
        let counts;
        try {
          counts = await copyDatabase(source, target, track);
        } finally {
          await target.close();
        }
        // Kept before switching: if the switch fails, the next start still finds the server.
        config.write('server', settings);
        await deps.switchTo(serverTarget(settings, deps.pg));
        return { counts };
      } finally {
        progress = null;
      }
    },

    async saveServerAsFile() {
      const source = deps.current().conn;
      if (source.kind !== 'server') throw new AppError('validation', 'storage.not_on_server', 'This desk works on its own file; use a backup instead.');
      const day = new Date().toISOString().slice(0, 10);
      const file = await deps.chooseSaveFile(`错峰-服务器数据-${day}.db`);
      if (!file) return null;
      // The save dialog asked before replacing a file; its old journal files go with it.
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
      progress = { table: TRANSFER_ORDER[0], done: 0, total: 0, tablesDone: 0, tables: TRANSFER_ORDER.length };
      const target = openDatabase(file);
      try {
        const counts = await copyDatabase(source, target, track);
        return { file, counts };
      } finally {
        progress = null;
        await target.close();
      }
    },

    async use(input) {
      if (input.kind === 'file') {
        config.write('file', config.server());
        await deps.switchTo(deps.file);
        return { kind: 'file' as const };
      }
      const settings = config.withKeptPassword(input.server);
      const found = await probeServer(settings, deps.pg);
      if (found.state !== 'stagger') {
        throw new AppError('validation', 'storage.server_empty', 'The server holds no Stagger data yet; move a desk’s data into it first.');
      }
      config.write('server', settings);
      await deps.switchTo(serverTarget(settings, deps.pg));
      return { kind: 'server' as const };
    },

    progress: () => progress,
  };
}
