/**
 * What the backups remember between starts, in a small JSON file beside the database
 * (not in it: a restore must not bring back another machine's USB path or forget the
 * undo it just offered).
 */
import fs from 'node:fs';
import type { z } from 'zod';
import type { undoOffer } from '../../shared/contract/backups';

export interface BackupSettings {
  /** A second folder (USB disk, shared folder) that receives a copy of every backup. */
  secondFolder: string | null;
  /** The copy of the data before the last restore, while it can still be undone. */
  undo: z.infer<typeof undoOffer> | null;
}

const EMPTY: BackupSettings = { secondFolder: null, undo: null };

export function readSettings(file: string): BackupSettings {
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<BackupSettings>;
    return {
      secondFolder: typeof raw.secondFolder === 'string' && raw.secondFolder ? raw.secondFolder : null,
      undo: raw.undo && typeof raw.undo.backupId === 'string' ? { ...raw.undo, fromFile: raw.undo.fromFile === true } : null,
    };
  } catch {
    return { ...EMPTY };
  }
}

export function writeSettings(file: string, settings: BackupSettings): void {
  fs.writeFileSync(`${file}.partial`, JSON.stringify(settings, null, 2));
  fs.renameSync(`${file}.partial`, file);
}
