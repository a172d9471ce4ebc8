/**
 * Where the desk keeps its data is the app's business, not the services': switching
 * means closing one database and opening another, and passwords are kept with
 * Electron's safeStorage. The app provides a storage host for its backend
 * (electron/main/storage/host.ts); tests provide the same host with their own secrets.
 * Without one, the storage methods answer with a clear error.
 */
import { AppError } from '../../../shared/errors';
import type { Output, ParsedInput } from '../../../shared/contract';
import type { ServiceContext } from '../context';

export interface StorageHost {
  describe(): Promise<Output<'storage.get'>>;
  test(input: ParsedInput<'storage.test'>): Promise<Output<'storage.test'>>;
  moveToServer(input: ParsedInput<'storage.moveToServer'>): Promise<Output<'storage.moveToServer'>>;
  saveServerAsFile(): Promise<Output<'storage.saveServerAsFile'>>;
  use(input: ParsedInput<'storage.use'>): Promise<Output<'storage.use'>>;
  progress(): Output<'storage.progress'>;
}

const hosts = new WeakMap<ServiceContext, StorageHost>();

export function provideStorageHost(ctx: ServiceContext, host: StorageHost): void {
  hosts.set(ctx, host);
}

export function storageHostOf(ctx: ServiceContext): StorageHost {
  const host = hosts.get(ctx);
  if (!host) throw new AppError('internal', 'storage.unavailable', 'Choosing where data is kept is only available in the desktop app');
  return host;
}
