/**
 * Where an exported file or a template goes is the user's choice in the system's save
 * dialog, which needs Electron; services never import it. The app provides a saver for
 * its backend (electron/main/file-dialogs.ts), tests provide one that picks a folder of
 * their own, and without one the methods answer with a clear error.
 */
import fs from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';

export interface SaveRequest {
  /** Offered in the dialog, e.g. 预约_2026-11-23.xlsx. */
  suggestedName: string;
  /** The file type's name and extensions for the dialog's filter. */
  filterName: string;
  extensions: string[];
}

export interface FileSaver {
  /** Ask where to save; null when the user cancels. */
  chooseSavePath(request: SaveRequest): Promise<string | null>;
}

const savers = new WeakMap<ServiceContext, FileSaver>();

export function provideFileSaver(ctx: ServiceContext, saver: FileSaver): void {
  savers.set(ctx, saver);
}

function saverOf(ctx: ServiceContext): FileSaver {
  const saver = savers.get(ctx);
  if (!saver) throw new AppError('internal', 'files.unavailable', 'Saving files is only available in the desktop app');
  return saver;
}

/** Ask where, then write the bytes there; null when the user cancelled. */
export async function saveFile(ctx: ServiceContext, request: SaveRequest, bytes: Uint8Array | string): Promise<string | null> {
  const path = await saverOf(ctx).chooseSavePath(request);
  if (!path) return null;
  try {
    await fs.writeFile(path, bytes);
  } catch {
    throw new AppError('validation', 'files.write_failed', 'The file could not be written there', { params: { path } });
  }
  return path;
}

/** A file name without characters Windows refuses. */
export function safeFileName(name: string): string {
  return name.replace(/[/\\:*?"<>|]+/g, '_').slice(0, 120);
}
