import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/db/connection';
import { migrate, type Migration } from '../../../electron/main/db/migrate';
import { MIGRATIONS } from '../../../electron/main/db/migrations';
import { AppError } from '../../../electron/shared/errors';
import { tempDbFile } from '../../helpers/backend';

describe('migrations', () => {
  it('bring an empty file to the latest version with WAL, foreign keys and STRICT tables', async () => {
    const file = tempDbFile();
    const conn = openDatabase(file);
    expect(conn.migration).toEqual({ from: 0, to: MIGRATIONS.length });
    expect(conn.sqlite.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(conn.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(conn.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = conn.sqlite
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['sites', 'spaces', 'bookings', 'audit_log']));
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT\s*$/);
    await conn.close();
  });

  it('reopening an up-to-date database runs no migration', async () => {
    const file = tempDbFile();
    await openDatabase(file).close();
    const again = openDatabase(file);
    expect(again.migration).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length });
    await again.close();
  });

  it('refuses a database written by a newer version, without touching it', () => {
    const file = tempDbFile();
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details.code).toBe('db.newer_version');
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1);
    check.close();
  });

  it('refuses a newer database before anything writes: the file stays byte for byte as it was, with no journal beside it', () => {
    const file = tempDbFile();
    const raw = new Database(file);
    expect(raw.pragma('journal_mode = DELETE', { simple: true })).toBe('delete');
    raw.exec("CREATE TABLE notes (text TEXT NOT NULL) STRICT; INSERT INTO notes VALUES ('周六议事厅'), ('烘焙区');");
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    const sha = () => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const before = sha();
    const siblings = () => fs.readdirSync(path.dirname(file)).sort();
    expect(siblings()).toEqual(['test.db']);

    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details.code).toBe('db.newer_version');
    expect(sha()).toBe(before);
    expect(siblings()).toEqual(['test.db']);
  });

  // The copy taken before a migration is tested with the backups (tests/unit/backups-files.test.ts).
  it('migrating an older database keeps its data', () => {
    const file = tempDbFile();
    const db = new Database(file);
    const v1: Migration[] = [{ version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE notes (text TEXT NOT NULL) STRICT') }];
    migrate(db, v1);
    db.prepare('INSERT INTO notes VALUES (?)').run('周六议事厅');
    const v2: Migration[] = [...v1, { version: 2, name: 'two', up: (d) => d.exec("ALTER TABLE notes ADD COLUMN lang TEXT NOT NULL DEFAULT 'zh'") }];
    expect(migrate(db, v2)).toEqual({ from: 1, to: 2 });
    expect(db.prepare('SELECT text, lang FROM notes').all()).toEqual([{ text: '周六议事厅', lang: 'zh' }]);
    db.close();
  });

  it('a failing migration leaves the database at the previous version (all-or-nothing)', () => {
    const file = tempDbFile();
    const db = new Database(file);
    const bad: Migration[] = [
      { version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE a (x INTEGER) STRICT') },
      {
        version: 2,
        name: 'broken',
        up: (d) => {
          d.exec('CREATE TABLE b (y INTEGER) STRICT');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, bad)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get()).toEqual({ n: 0 });
    db.close();
  });
});
