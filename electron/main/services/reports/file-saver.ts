/**
 * Where an exported file goes is the user's choice in a save dialog, which needs
 * Electron; the services never import it. The app provides a saver that asks with the
 * system dialog (electron/main/saving.ts); tests provide one that answers with a path.
 */
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';

export interface FileSaver {
  /** Ask where to save a file offered as `fileName`; null when the user cancels. */
  chooseSavePath(offer: { fileName: string; filterName: string; extensions: string[] }): Promise<string | null>;
}

const savers = new WeakMap<ServiceContext, FileSaver>();

export function provideFileSaver(ctx: ServiceContext, saver: FileSaver): void {
  savers.set(ctx, saver);
}

export function fileSaverOf(ctx: ServiceContext): FileSaver {
  const saver = savers.get(ctx);
  if (!saver) throw new AppError('internal', 'reports.save_unavailable', 'Saving files is only available in the desktop app');
  return saver;
}
