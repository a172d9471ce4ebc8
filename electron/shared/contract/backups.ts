/**
 * Backups and restore (备份与恢复): copies of the whole database beside it and in an
 * optional second folder, restore with undo, and one file to move to a new computer.
 * These methods work on files and swap the live database, so they are operations (kind 'operation'):
 * the dispatch opens no transaction for them, and the renderer reloads afterwards.
 */
import { z } from 'zod';

export const BACKUP_KINDS = ['start', 'scheduled', 'manual', 'before_migration', 'before_restore', 'before_import'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** A backup's file name in the backups folder; nothing else (no folders, no other files) is accepted. */
export const backupId = z.string().max(120).regex(/^stagger-[0-9A-Za-z_-]+\.db$/, 'backup_id');

export const backupEntry = z.object({
  id: backupId,
  /** Shanghai wall-clock time, `YYYY-MM-DDTHH:mm:ss`. */
  at: z.string(),
  kind: z.enum(BACKUP_KINDS),
  size: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nullable(),
  bookings: z.number().int().nullable(),
  contacts: z.number().int().nullable(),
});
export type BackupEntry = z.infer<typeof backupEntry>;

/** Why the second folder did not receive its copy: a warning on the screen, never an error. */
export const secondFolderProblem = z.enum(['missing', 'not_writable', 'copy_failed']).nullable();
export type SecondFolderProblem = z.infer<typeof secondFolderProblem>;

const secondFolderState = z.object({ secondFolder: z.string().nullable(), secondFolderProblem });

export const undoOffer = z.object({
  /** The copy of the data as it was before the restore. */
  backupId,
  /** When the restore happened (wall clock) and what was restored (a backup's time or a file's name). */
  restoredAt: z.string(),
  restoredFrom: z.string(),
  /** A file the user opened (moving computers) rather than a backup from the list. */
  fromFile: z.boolean(),
});

const databaseFacts = z.object({ schemaVersion: z.number().int(), bookings: z.number().int(), contacts: z.number().int() });

const restoreResult = z.object({ safetyBackupId: backupId, restored: databaseFacts });

export const backupsContract = {
  'backups.overview': {
    kind: 'read',
    input: z.object({}).default({}),
    output: secondFolderState.extend({
      folder: z.string(),
      intervalHours: z.number(),
      backups: z.array(backupEntry),
      undo: undoOffer.nullable(),
    }),
  },
  'backups.create': {
    kind: 'operation',
    input: z.object({}).default({}),
    output: z.object({ backup: backupEntry, secondFolderProblem }),
  },
  /** Check the backup, keep a copy of the current data, and reopen the app on the backup. */
  'backups.restore': { kind: 'operation', input: z.object({ id: backupId }), output: restoreResult },
  /** Go back to the data as it was before the last restore (itself kept as a backup first). */
  'backups.undoRestore': { kind: 'operation', input: z.object({}).default({}), output: restoreResult },
  /** Moving to a new computer: the whole database as one file, where the user chooses. */
  'backups.saveAs': {
    kind: 'operation',
    input: z.object({}).default({}),
    output: z.object({ path: z.string().nullable(), size: z.number().int().nonnegative() }),
  },
  /** Choose a database file and check it; nothing changes until openFile with its token. */
  'backups.inspectFile': {
    kind: 'read',
    input: z.object({}).default({}),
    output: databaseFacts.extend({ token: z.string(), fileName: z.string(), size: z.number().int().nonnegative() }).nullable(),
  },
  'backups.openFile': { kind: 'operation', input: z.object({ token: z.string().regex(/^[0-9a-f]{32}$/, 'token') }), output: restoreResult },
  'backups.chooseSecondFolder': { kind: 'operation', input: z.object({}).default({}), output: secondFolderState },
  'backups.clearSecondFolder': { kind: 'operation', input: z.object({}).default({}), output: secondFolderState },
} as const;
