/**
 * Backups of the live database and restores onto it (备份与恢复). Every copy goes
 * through SQLite's backup API into the backups folder (and a second folder when one is
 * set); a file to restore is first copied to a private staging folder and checked
 * there, so the user's file is never opened by SQLite and what was checked is what is
 * restored. A restore keeps the current data as a backup first, swaps the live backend
 * and can be undone.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Output } from '../../shared/contract';
import type { BackupEntry, BackupKind, SecondFolderProblem } from '../../shared/contract/backups';
import { AppError, type ErrorParams } from '../../shared/errors';
import type { Backend } from '../backend';
import { backupDatabase, checkDatabaseFile, peekSchemaVersion, type DatabaseFacts } from '../db/database-file';
import { recordAudit } from '../db/repos/audit';
import type { LiveBackend } from '../live-backend';
import type { BackupDesk } from '../services/backups/desk';
import { BackupFolder, shanghaiSeconds } from './folder';
import { readSettings, writeSettings, type BackupSettings } from './settings';

/** The file and folder choices the user makes in Electron's dialogs; tests answer them themselves. */
export interface FileDialogs {
  chooseFolder(): Promise<string | null>;
  chooseDatabaseFile(): Promise<string | null>;
  chooseSavePath(defaultName: string): Promise<string | null>;
}

export interface BackupsOptions {
  /** The live database file. */
  databaseFile: string;
  /** Where backups go (the app: userData/backups). */
  folder: string;
  /** The settings file and the staging folder live here (the app: userData). */
  dataDir: string;
  dialogs: FileDialogs;
  latestSchema: number;
  clock?: () => Date;
  /** How often the running app makes a backup. */
  intervalHours?: number;
  nativeBinding?: string;
  log?: (message: string, error: unknown) => void;
}

export const DEFAULT_INTERVAL_HOURS = 4;

interface Staged {
  file: string;
  label: string;
  facts: DatabaseFacts;
}

const REFUSAL_MESSAGES = {
  not_a_database: 'This file is not a database.',
  corrupt: 'This database file is damaged.',
  not_stagger: 'This database is not a Stagger database.',
  newer_version: 'This database was written by a newer version of Stagger.',
} as const;

export class Backups implements BackupDesk {
  readonly folder: BackupFolder;
  #live: LiveBackend | undefined;
  readonly #settingsFile: string;
  readonly #stagingDir: string;
  /** One backup at a time, so two never pick the same name. */
  #queue: Promise<unknown> = Promise.resolve();
  #timer: ReturnType<typeof setInterval> | undefined;
  #lastSecondFolderProblem: SecondFolderProblem = null;
  #staged: { token: string; staged: Staged } | null = null;

  constructor(private readonly opts: BackupsOptions) {
    this.folder = new BackupFolder(opts.folder, { nativeBinding: opts.nativeBinding });
    this.#settingsFile = path.join(opts.dataDir, 'backup-settings.json');
    this.#stagingDir = path.join(opts.dataDir, 'restore-staging');
  }

  attach(live: LiveBackend): void {
    this.#live = live;
  }

  /** Files checked but never opened (the app was closed before the confirmation) are of no use at the next start. */
  clearStaging(): void {
    fs.rmSync(this.#stagingDir, { recursive: true, force: true });
  }

  private get live(): LiveBackend {
    if (!this.#live) throw new Error('backups are not attached to a live backend');
    return this.#live;
  }

  private now(): string {
    return shanghaiSeconds(this.opts.clock?.() ?? new Date());
  }

  private settings(): BackupSettings {
    return readSettings(this.#settingsFile);
  }

  private saveSettings(change: Partial<BackupSettings>): void {
    writeSettings(this.#settingsFile, { ...this.settings(), ...change });
  }

  /** Before a migration changes an older database, a copy of it as it was (called before the backend opens it). */
  async beforeOpen(): Promise<void> {
    const version = peekSchemaVersion(this.opts.databaseFile, this.opts);
    if (version === null || version === 0 || version >= this.opts.latestSchema) return;
    const db = new Database(this.opts.databaseFile, { fileMustExist: true, nativeBinding: this.opts.nativeBinding });
    try {
      await this.#written(await this.folder.write(db, 'before_migration', this.now()));
    } finally {
      db.close();
    }
  }

  /** A backup of the live data now; the import calls this with 'before_import' before it writes. */
  backupNow(kind: BackupKind): Promise<{ backup: BackupEntry; secondFolderProblem: SecondFolderProblem }> {
    const run = this.#queue.then(() => this.live.use(async (backend) => this.#written(await this.folder.write(sqliteOf(backend), kind, this.now()))));
    this.#queue = run.catch(() => undefined);
    return run.then((backup) => ({ backup, secondFolderProblem: this.#lastSecondFolderProblem }));
  }

  /** A backup at start, then one every few hours while the app runs. */
  startSchedule(): void {
    const every = (this.opts.intervalHours ?? DEFAULT_INTERVAL_HOURS) * 3600 * 1000;
    const run = (kind: BackupKind) => this.backupNow(kind).catch((e) => this.opts.log?.('backup failed', e));
    void run('start');
    this.#timer = setInterval(() => void run('scheduled'), every);
    this.#timer.unref?.();
  }

  stopSchedule(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** After a backup: the second copy, then the rotation in both folders. */
  async #written(entry: BackupEntry): Promise<BackupEntry> {
    const { secondFolder, undo } = this.settings();
    this.#lastSecondFolderProblem = null;
    if (secondFolder) {
      this.#lastSecondFolderProblem = folderProblem(secondFolder);
      if (!this.#lastSecondFolderProblem) {
        try {
          this.folder.copyTo(entry.id, secondFolder);
          new BackupFolder(secondFolder).rotate(entry.at, new Set(undo ? [undo.backupId] : []));
        } catch (e) {
          this.opts.log?.('copy to the second folder failed', e);
          this.#lastSecondFolderProblem = 'copy_failed';
        }
      }
    }
    this.folder.rotate(entry.at, new Set(undo ? [undo.backupId] : []));
    return entry;
  }

  async overview(): Promise<Output<'backups.overview'>> {
    const { secondFolder, undo } = this.settings();
    const backups = this.folder.list();
    return {
      folder: this.folder.dir,
      intervalHours: this.opts.intervalHours ?? DEFAULT_INTERVAL_HOURS,
      secondFolder,
      // The folder's state now, or the last copy's failure when the folder looks fine.
      secondFolderProblem: secondFolder ? (folderProblem(secondFolder) ?? this.#lastSecondFolderProblem) : null,
      backups,
      undo: undo && backups.some((b) => b.id === undo.backupId) ? undo : null,
    };
  }

  create(): Promise<Output<'backups.create'>> {
    return this.backupNow('manual');
  }

  async restore(id: string): Promise<Output<'backups.restore'>> {
    const backup = this.folder.list().find((b) => b.id === id);
    if (!backup) throw new AppError('not_found', 'backups.not_found', 'This backup is no longer in the backups folder');
    // Named as the list shows it: the backup's date and time.
    return this.#restoreStaged(await this.#stage(this.folder.path(id), backup.at.replace('T', ' ')), false);
  }

  async undoRestore(): Promise<Output<'backups.undoRestore'>> {
    const undo = this.settings().undo;
    if (!undo || !this.folder.has(undo.backupId)) {
      throw new AppError('not_found', 'backups.undo_unavailable', 'There is no restore to undo');
    }
    const result = await this.#restoreStaged(await this.#stage(this.folder.path(undo.backupId), undo.backupId), false);
    // Undone: what was undone is itself kept as a backup, and nothing is left to undo.
    this.saveSettings({ undo: null });
    return result;
  }

  async saveAs(): Promise<Output<'backups.saveAs'>> {
    const target = await this.opts.dialogs.chooseSavePath(`stagger-${this.now().slice(0, 10)}.db`);
    if (!target) return { path: null, size: 0 };
    if (samePath(target, this.opts.databaseFile)) {
      throw new AppError('validation', 'backups.same_as_live', 'This is the database the app is using');
    }
    try {
      await this.live.use((backend) => backupDatabase(sqliteOf(backend), target, this.opts));
    } catch (e) {
      this.opts.log?.('save as failed', e);
      throw new AppError('validation', 'backups.write_failed', 'The file could not be written there', { params: { folder: path.dirname(target) } });
    }
    return { path: target, size: fs.statSync(target).size };
  }

  async inspectFile(): Promise<Output<'backups.inspectFile'>> {
    const file = await this.opts.dialogs.chooseDatabaseFile();
    if (!file) return null;
    if (samePath(file, this.opts.databaseFile)) {
      throw new AppError('validation', 'backups.same_as_live', 'This is the database the app is using');
    }
    const staged = await this.#stage(file, path.basename(file));
    const token = crypto.randomBytes(16).toString('hex');
    if (this.#staged) fs.rmSync(this.#staged.staged.file, { force: true });
    this.#staged = { token, staged };
    return { token, fileName: staged.label, size: fs.statSync(staged.file).size, ...staged.facts };
  }

  async openFile(token: string): Promise<Output<'backups.openFile'>> {
    if (!this.#staged || this.#staged.token !== token || !fs.existsSync(this.#staged.staged.file)) {
      throw new AppError('not_found', 'backups.token_expired', 'Choose the file again');
    }
    const { staged } = this.#staged;
    this.#staged = null;
    return this.#restoreStaged(staged, true);
  }

  async chooseSecondFolder(): Promise<Output<'backups.chooseSecondFolder'>> {
    const folder = await this.opts.dialogs.chooseFolder();
    if (folder) {
      this.saveSettings({ secondFolder: folder });
      // The newest backup goes there at once, so the user sees now whether it works.
      const newest = this.folder.list()[0];
      this.#lastSecondFolderProblem = folderProblem(folder);
      if (newest && !this.#lastSecondFolderProblem) {
        try {
          this.folder.copyTo(newest.id, folder);
        } catch (e) {
          this.opts.log?.('copy to the second folder failed', e);
          this.#lastSecondFolderProblem = 'copy_failed';
        }
      }
    }
    const { secondFolder } = this.settings();
    return { secondFolder, secondFolderProblem: secondFolder ? (folderProblem(secondFolder) ?? this.#lastSecondFolderProblem) : null };
  }

  async clearSecondFolder(): Promise<Output<'backups.clearSecondFolder'>> {
    this.saveSettings({ secondFolder: null });
    this.#lastSecondFolderProblem = null;
    return { secondFolder: null, secondFolderProblem: null };
  }

  /**
   * A private copy of the file, checked; refused in words (and removed) when it may not
   * replace the live data. The user's file is only read, byte by byte, never opened by SQLite.
   */
  async #stage(file: string, label: string): Promise<Staged> {
    fs.mkdirSync(this.#stagingDir, { recursive: true });
    const staged = path.join(this.#stagingDir, `${crypto.randomBytes(8).toString('hex')}.db`);
    try {
      // Copied and checked off the main thread: a large file keeps the app answering meanwhile.
      await fs.promises.copyFile(file, staged);
    } catch (e) {
      this.opts.log?.('reading the file failed', e);
      throw new AppError('validation', 'backups.file.unreadable', 'This file could not be read', { params: { file: label } });
    }
    let check;
    try {
      check = await checkDatabaseFile(staged, this.opts.latestSchema, this.opts);
    } finally {
      for (const extra of ['-wal', '-shm', '-journal']) fs.rmSync(`${staged}${extra}`, { force: true });
    }
    if (!check.ok) {
      fs.rmSync(staged, { force: true });
      const params: ErrorParams = check.reason === 'newer_version' ? { file: label, found: check.found, known: check.known } : { file: label };
      throw new AppError('validation', `backups.file.${check.reason}`, REFUSAL_MESSAGES[check.reason], { params });
    }
    const { ok: _ok, ...facts } = check;
    return { file: staged, label, facts };
  }

  /** The restore in the restored data's audit log: who, when, from what, and where the replaced data went. */
  async #audit(staged: Staged, kept: BackupEntry): Promise<void> {
    const backend = this.live.current();
    try {
      await backend.store.write((tx) =>
        recordAudit(tx, {
          at: backend.ctx.now(),
          operatorId: backend.ctx.operatorId,
          action: 'restore',
          entity: 'database',
          entityId: null,
          before: { name: kept.id, bookings: kept.bookings, contacts: kept.contacts },
          after: { name: staged.label, ...staged.facts },
        }),
      );
    } catch (e) {
      // The restore itself is done; a missing line in the log must not undo it.
      this.opts.log?.('audit of the restore failed', e);
    }
  }

  /** The current data kept as a backup, the staged file put in its place, the app reopened on it. */
  async #restoreStaged(staged: Staged, fromFile: boolean): Promise<Output<'backups.restore'>> {
    const live = this.opts.databaseFile;
    const aside = `${live}.replaced`;
    let safety: BackupEntry | undefined;
    try {
      await this.live.swap({
        beforeClose: async (old) => {
          safety = await this.folder.write(sqliteOf(old), 'before_restore', this.now());
        },
        replace: async () => {
          for (const extra of ['', '-wal', '-shm']) {
            fs.rmSync(`${aside}${extra}`, { force: true });
            if (fs.existsSync(`${live}${extra}`)) fs.renameSync(`${live}${extra}`, `${aside}${extra}`);
          }
          fs.renameSync(staged.file, live);
          return async () => {
            for (const extra of ['', '-wal', '-shm']) {
              fs.rmSync(`${live}${extra}`, { force: true });
              if (fs.existsSync(`${aside}${extra}`)) fs.renameSync(`${aside}${extra}`, `${live}${extra}`);
            }
          };
        },
      });
    } catch (e) {
      fs.rmSync(staged.file, { force: true });
      if (e instanceof AppError) throw e;
      this.opts.log?.('restore failed', e);
      throw new AppError('validation', 'backups.reopen_failed', 'The file could not be opened; the data is as it was', { params: { file: staged.label } });
    }
    for (const extra of ['', '-wal', '-shm']) fs.rmSync(`${aside}${extra}`, { force: true });
    const kept = safety!;
    await this.#audit(staged, kept);
    this.saveSettings({ undo: { backupId: kept.id, restoredAt: kept.at, restoredFrom: staged.label, fromFile } });
    await this.#written(kept);
    return { safetyBackupId: kept.id, restored: staged.facts };
  }
}

function folderProblem(folder: string): SecondFolderProblem {
  try {
    if (!fs.statSync(folder).isDirectory()) return 'missing';
  } catch {
    return 'missing';
  }
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    return null;
  } catch {
    return 'not_writable';
  }
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/**
 * The file under a backend. Backups copy this computer's file; a desk working on the
 * subdistrict's server is backed up on the server (pg_dump, see the README), so it is told so.
 */
function sqliteOf(backend: Backend): Database.Database {
  if (!backend.conn.sqlite) throw new AppError('validation', 'backups.on_server', 'This desk works on the shared server; the server is backed up there.');
  return backend.conn.sqlite;
}
