/**
 * The app's backend with backups around it: before each open an older database is
 * copied (the migration changes it), every backend opened gets the backup desk, and
 * a restore can swap it for another. Free of Electron: the app and the tests share it.
 */
import { openBackend, type Backend, type BackendOptions } from '../backend';
import { MIGRATIONS } from '../db/migrations';
import { LiveBackend } from '../live-backend';
import { provideBackupDesk } from '../services/backups/desk';
import { Backups, type BackupsOptions } from './backups';

export interface LiveApp {
  live: LiveBackend;
  backups: Backups;
}

export async function openLiveBackend(
  file: string,
  opts: {
    backend: BackendOptions;
    backups: Omit<BackupsOptions, 'databaseFile' | 'latestSchema' | 'nativeBinding'>;
    /** What else each opened backend needs (the app's printer). */
    provide?: (backend: Backend) => void;
  },
): Promise<LiveApp> {
  const backups = new Backups({ ...opts.backups, databaseFile: file, latestSchema: MIGRATIONS.length, nativeBinding: opts.backend.nativeBinding });
  const open = async () => {
    await backups.beforeOpen();
    const backend = await openBackend(file, opts.backend);
    provideBackupDesk(backend.ctx, backups);
    opts.provide?.(backend);
    return backend;
  };
  const live = new LiveBackend(await open(), open);
  backups.attach(live);
  return { live, backups };
}
