/**
 * Backups work on the database as a file and swap the live database, which only the
 * main process around the backend can do (electron/main/backups/). It provides a
 * BackupDesk to each backend it opens; the handlers here check who asks and pass the
 * call on. Without one (a test backend, the fuzzer) the methods say so in words.
 */
import type { Output } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';

export interface BackupDesk {
  overview(): Promise<Output<'backups.overview'>>;
  create(): Promise<Output<'backups.create'>>;
  restore(id: string): Promise<Output<'backups.restore'>>;
  undoRestore(): Promise<Output<'backups.undoRestore'>>;
  saveAs(): Promise<Output<'backups.saveAs'>>;
  inspectFile(): Promise<Output<'backups.inspectFile'>>;
  openFile(token: string): Promise<Output<'backups.openFile'>>;
  chooseSecondFolder(): Promise<Output<'backups.chooseSecondFolder'>>;
  clearSecondFolder(): Promise<Output<'backups.clearSecondFolder'>>;
}

const desks = new WeakMap<ServiceContext, BackupDesk>();

export function provideBackupDesk(ctx: ServiceContext, desk: BackupDesk): void {
  desks.set(ctx, desk);
}

export function backupDeskOf(ctx: ServiceContext): BackupDesk {
  const desk = desks.get(ctx);
  if (!desk) throw new AppError('permission', 'backups.unavailable', 'Backups are made by the desktop app only');
  return desk;
}
