/**
 * A folder of backups: one self-contained database file per backup, named after its
 * time and why it was made (stagger-2026-11-23_09-00-05_manual.db), with a small JSON
 * beside it holding the counts shown on the screen, so listing never opens a database.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { BACKUP_KINDS, type BackupEntry, type BackupKind } from '../../shared/contract/backups';
import { backupDatabase, readFacts, type DatabaseFacts } from '../db/database-file';
import { backupsToKeep } from './rotation';

const NAME_RE = /^stagger-(\d{4}-\d{2}-\d{2})_(\d{2})-(\d{2})-(\d{2})(?:-(\d+))?_([a-z_]+)\.db$/;
const KIND_SLUG: Record<BackupKind, string> = Object.fromEntries(BACKUP_KINDS.map((k) => [k, k])) as Record<BackupKind, string>;

/** `YYYY-MM-DDTHH:mm:ss` in Shanghai (UTC+8, no daylight saving) of an instant. */
export function shanghaiSeconds(date: Date): string {
  return new Date(date.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 19);
}

export function parseBackupName(name: string): { at: string; kind: BackupKind } | null {
  const m = NAME_RE.exec(name);
  if (!m || !(BACKUP_KINDS as readonly string[]).includes(m[6])) return null;
  return { at: `${m[1]}T${m[2]}:${m[3]}:${m[4]}`, kind: m[6] as BackupKind };
}

function sidecar(file: string): string {
  return file.replace(/\.db$/, '.json');
}

export class BackupFolder {
  constructor(
    readonly dir: string,
    private readonly opts: { nativeBinding?: string } = {},
  ) {}

  /** A free name for a backup made at `at` (a second one in the same second gets -2). */
  private nameFor(at: string, kind: BackupKind): string {
    const stamp = `${at.slice(0, 10)}_${at.slice(11, 19).replace(/:/g, '-')}`;
    for (let n = 1; ; n++) {
      const name = `stagger-${stamp}${n > 1 ? `-${n}` : ''}_${KIND_SLUG[kind]}.db`;
      if (!fs.existsSync(path.join(this.dir, name))) return name;
    }
  }

  /** Copy the live database into the folder; returns the new entry. */
  async write(sqlite: Database.Database, kind: BackupKind, at: string): Promise<BackupEntry> {
    fs.mkdirSync(this.dir, { recursive: true });
    const id = this.nameFor(at, kind);
    const file = path.join(this.dir, id);
    await backupDatabase(sqlite, file, this.opts);
    const facts = readFacts(file, this.opts);
    fs.writeFileSync(sidecar(file), JSON.stringify({ at, kind, ...facts }));
    return { id, at, kind, size: fs.statSync(file).size, ...facts };
  }

  path(id: string): string {
    return path.join(this.dir, id);
  }

  has(id: string): boolean {
    return parseBackupName(id) !== null && fs.existsSync(this.path(id));
  }

  /** Every backup in the folder, newest first. */
  list(): BackupEntry[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return [];
    }
    const entries: BackupEntry[] = [];
    for (const id of names) {
      const parsed = parseBackupName(id);
      if (!parsed) continue;
      let size: number;
      try {
        size = fs.statSync(this.path(id)).size;
      } catch {
        continue;
      }
      entries.push({ id, ...parsed, size, ...this.facts(id) });
    }
    return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1));
  }

  /** The counts written beside the backup; null when they are missing (a file copied in by hand). */
  private facts(id: string): { [K in keyof DatabaseFacts]: number | null } {
    try {
      const meta = JSON.parse(fs.readFileSync(sidecar(this.path(id)), 'utf8')) as Partial<DatabaseFacts>;
      const n = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
      return { schemaVersion: n(meta.schemaVersion), bookings: n(meta.bookings), contacts: n(meta.contacts) };
    } catch {
      return { schemaVersion: null, bookings: null, contacts: null };
    }
  }

  /** Delete what the rotation does not keep; returns the ids removed. */
  rotate(now: string, pinned: ReadonlySet<string>): string[] {
    const all = this.list();
    const keep = backupsToKeep(
      all.map((b) => ({ id: b.id, at: b.at, manual: b.kind === 'manual' })),
      now,
      pinned,
    );
    const removed = all.filter((b) => !keep.has(b.id)).map((b) => b.id);
    for (const id of removed) {
      fs.rmSync(this.path(id), { force: true });
      fs.rmSync(sidecar(this.path(id)), { force: true });
    }
    return removed;
  }

  /** Copy one backup (and its counts) into another folder: the file is closed and complete, so a plain copy is exact. */
  copyTo(id: string, other: string): void {
    const target = path.join(other, id);
    fs.copyFileSync(this.path(id), `${target}.partial`);
    fs.renameSync(`${target}.partial`, target);
    if (fs.existsSync(sidecar(this.path(id)))) fs.copyFileSync(sidecar(this.path(id)), sidecar(target));
  }
}
