import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';
import { backupDeskOf, type BackupDesk } from './desk';

type BackupMethods =
  | 'backups.overview'
  | 'backups.create'
  | 'backups.restore'
  | 'backups.undoRestore'
  | 'backups.saveAs'
  | 'backups.inspectFile'
  | 'backups.openFile'
  | 'backups.chooseSecondFolder'
  | 'backups.clearSecondFolder';

/** Backups hold every contact's personal data and a restore replaces everything: coordinators only. */
export function backupsHandlers(ctx: ServiceContext): Handlers<BackupMethods> {
  // Who may call these is checked before they run (shared/staff.ts).
  const desk = async (_db: unknown): Promise<BackupDesk> => backupDeskOf(ctx);
  return {
    'backups.overview': async (_i, db) => (await desk(db)).overview(),
    'backups.create': async (_i, db) => (await desk(db)).create(),
    'backups.restore': async ({ id }, db) => (await desk(db)).restore(id),
    'backups.undoRestore': async (_i, db) => (await desk(db)).undoRestore(),
    'backups.saveAs': async (_i, db) => (await desk(db)).saveAs(),
    'backups.inspectFile': async (_i, db) => (await desk(db)).inspectFile(),
    'backups.openFile': async ({ token }, db) => (await desk(db)).openFile(token),
    'backups.chooseSecondFolder': async (_i, db) => (await desk(db)).chooseSecondFolder(),
    'backups.clearSecondFolder': async (_i, db) => (await desk(db)).clearSecondFolder(),
  };
}
