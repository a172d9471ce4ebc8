/**
 * The app's backend with backups around it: before each open an older database is
 * copied (the migration changes it), every backend opened gets the backup desk, and
 * a restore can swap it for another. Free of Electron: the app and the tests share it.
 */
import type { BackupKind } from '../../shared/contract/backups';
import { AppError } from '../../shared/errors';
import { openBackend, type Backend, type BackendOptions, type DatabaseTarget } from '../backend';
import type { Dispatch } from '../ipc/dispatch';
import { MIGRATIONS } from '../db/migrations';
import { LiveBackend } from '../live-backend';
import { provideBackupDesk } from '../services/backups/desk';
import { Backups, type BackupsOptions } from './backups';

/**
 * Methods that replace much of the data at once get a backup before they run, outside
 * their transaction (a backup taken inside it would copy the half-written import).
 * The import adds its confirming method here, e.g. `'import.commit': 'before_import'`.
 */
export const BACKUP_FIRST: Readonly<Record<string, BackupKind>> = {};

export interface LiveApp {
  live: LiveBackend;
  backups: Backups;
  /** What IPC calls: the live backend's dispatch, with the backups BACKUP_FIRST asks for. */
  dispatch: Dispatch;
  /** How to open a database as the live one (this computer's file, or the server): for LiveBackend.swap. */
  openAt(target: DatabaseTarget): () => Promise<Backend>;
}

/** The live dispatch, with a backup before each method in `first`; no backup, no import. */
export function backingUpFirst(
  live: LiveBackend,
  backups: Backups,
  first: Readonly<Record<string, BackupKind>> = BACKUP_FIRST,
  log?: (message: string, error: unknown) => void,
): Dispatch {
  return async (method, input) => {
    const kind = typeof method === 'string' && Object.prototype.hasOwnProperty.call(first, method) ? first[method] : undefined;
    if (kind) {
      try {
        await backups.backupNow(kind);
      } catch (e) {
        log?.(`backup before ${String(method)} failed`, e);
        return { ok: false, error: new AppError('internal', 'backups.before_failed', 'No backup could be made first, so nothing was changed').toData() };
      }
    }
    return live.dispatch(method, input);
  };
}

export async function openLiveBackend(
  file: string,
  opts: {
    backend: BackendOptions;
    backups: Omit<BackupsOptions, 'databaseFile' | 'latestSchema' | 'nativeBinding'>;
    /** What else each opened backend needs (the app's printer). */
    provide?: (backend: Backend) => void;
    /** Open this first instead of the file (a desk set up for the subdistrict's server). */
    first?: DatabaseTarget;
  },
): Promise<LiveApp> {
  const backups = new Backups({ ...opts.backups, databaseFile: file, latestSchema: MIGRATIONS.length, nativeBinding: opts.backend.nativeBinding });
  backups.clearStaging();
  const open = async () => {
    await backups.beforeOpen();
    const backend = await openBackend(file, opts.backend);
    provideBackupDesk(backend.ctx, backups);
    opts.provide?.(backend);
    return backend;
  };
  // The server is backed up on the server (pg_dump): nothing of this computer's backups applies to it.
  const openAt = (target: DatabaseTarget) =>
    typeof target === 'string'
      ? open
      : async () => {
          const backend = await openBackend(target, { ...opts.backend, demoData: false });
          opts.provide?.(backend);
          return backend;
        };
  const first = opts.first === undefined || typeof opts.first === 'string' ? open : openAt(opts.first);
  const live = new LiveBackend(await first(), first);
  backups.attach(live);
  return { live, backups, dispatch: backingUpFirst(live, backups, BACKUP_FIRST, opts.backups.log), openAt };
}
