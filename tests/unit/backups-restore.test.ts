/**
 * Backups and restore against real files: what a backup holds, a restore that comes
 * back without a restart and can be undone, files that are refused without anything
 * changing, and moving the whole database to another computer.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backingUpFirst } from '../../electron/main/backups/open';
import { MIGRATIONS } from '../../electron/main/db/migrations';
import { loadTranslations, lookup } from '../fuzz/envelope';
import { backupTestApp, folderState, sha256, type BackupTestApp } from '../helpers/backups';

const opened: BackupTestApp[] = [];
async function app(opts: Parameters<typeof backupTestApp>[0] = {}) {
  const a = await backupTestApp(opts);
  opened.push(a);
  return a;
}
afterEach(async () => {
  while (opened.length) await opened.pop()!.close();
});

/** Every row of every table, in a stable order: "the same data". */
function dump(db: Database.Database): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

function dumpFile(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    return dump(db);
  } finally {
    db.close();
  }
}

async function contactNames(a: BackupTestApp): Promise<string[]> {
  return (await a.call<{ name: string }[]>('contacts.search', { query: '', limit: 200 })).map((c) => c.name);
}

/** The live database as it is on disk (the -shm index changes with every read, so it is left out). */
function liveState(a: BackupTestApp): Record<string, string> {
  const state: Record<string, string> = {};
  for (const extra of ['', '-wal']) if (fs.existsSync(a.file + extra)) state[extra || 'db'] = sha256(a.file + extra);
  return state;
}

describe('a backup', () => {
  it('holds exactly the data of the live database, the last change included, as one file with nothing beside it', async () => {
    const a = await app();
    // Still in the -wal file when the backup is made: a plain file copy would miss it.
    await a.call('contacts.save', { name: '备份前最后一位', phone: '13800138999' });
    const { backup } = await a.call('backups.create', {});
    expect(backup).toMatchObject({ kind: 'manual', at: '2026-11-23T09:00:00' });
    const file = path.join(a.dir, 'backups', backup.id);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(dumpFile(file)).toEqual(dump(a.live.current().conn.sqlite!));
    const live = a.live.current().conn.sqlite!;
    const count = (table: string) => (live.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(backup).toMatchObject({ bookings: count('bookings'), contacts: count('contacts'), schemaVersion: MIGRATIONS.length });
    expect(backup.bookings).toBeGreaterThan(10);
    expect(backup.size).toBe(fs.statSync(file).size);
    // Opening the backup to read it left nothing beside it either.
    expect(fs.readdirSync(path.join(a.dir, 'backups')).sort()).toEqual([backup.id, backup.id.replace(/\.db$/, '.json')]);

    const overview = await a.call('backups.overview', {});
    expect(overview.backups).toEqual([backup]);
  });

  it('is for coordinators only', async () => {
    const a = await app({ coordinator: false });
    const desk = (await a.call<{ id: number; role: string }[]>('operators.list', {})).find((o) => o.role === 'desk')!;
    await a.call('session.setOperator', { operatorId: desk.id });
    for (const method of ['backups.overview', 'backups.create', 'backups.saveAs']) {
      expect((await a.fail(method, {})).details.code).toBe('operator.coordinator_only');
    }
    expect(fs.existsSync(path.join(a.dir, 'backups'))).toBe(false);
  });

  it('of an older database is taken through the backup API before the migration changes it', async () => {
    const dir = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'stagger-old-'));
    const file = path.join(dir, 'stagger.db');
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    for (const m of MIGRATIONS.slice(0, -1)) {
      m.up(old);
      old.pragma(`user_version = ${m.version}`);
    }
    old.prepare("INSERT INTO sites (name, address) VALUES ('曲苑·畅叙堂', '曲阳路 1 号')").run();
    const before = dump(old);
    old.close();

    const a = await app({ dir, demoData: false, coordinator: false });
    const [copy] = a.backups.folder.list();
    expect(copy).toMatchObject({ kind: 'before_migration', schemaVersion: MIGRATIONS.length - 1 });
    expect(dumpFile(path.join(dir, 'backups', copy.id))).toEqual(before);
    expect(a.live.current().conn.migration).toEqual({ from: MIGRATIONS.length - 1, to: MIGRATIONS.length });
  });
});

describe('a restore', () => {
  it('brings the backup back without a restart, keeps the replaced data, and can be undone', async () => {
    const a = await app();
    const before = await contactNames(a);
    const { backup } = await a.call('backups.create', {});
    await a.call('contacts.save', { name: '恢复后消失', phone: '13800138777' });
    expect(await contactNames(a)).toContain('恢复后消失');

    a.clock.at = new Date('2026-11-23T02:00:00Z');
    const restored = await a.call('backups.restore', { id: backup.id });
    expect(restored.restored).toMatchObject({ contacts: backup.contacts, bookings: backup.bookings });
    // The same dispatch now answers from the restored data, and the coordinator is still at the desk.
    expect(await contactNames(a)).toEqual(before);
    const overview = await a.call('backups.overview', {});
    expect(overview.undo).toEqual({ backupId: restored.safetyBackupId, restoredAt: '2026-11-23T10:00:00', restoredFrom: '2026-11-23 09:00:00', fromFile: false });
    const safety = overview.backups.find((b: { id: string }) => b.id === restored.safetyBackupId);
    expect(safety).toMatchObject({ kind: 'before_restore', contacts: backup.contacts + 1 });
    expect(fs.readdirSync(a.dir).filter((f) => f.includes('.replaced'))).toEqual([]);
    // The restored data's audit log says who restored what, and where the replaced data went.
    const log = await a.call('audit.list', { entity: 'database', offset: 0, limit: 5 });
    expect(log.rows).toHaveLength(1);
    expect(log.rows[0]).toMatchObject({ action: 'restore', operatorName: '陈静', after: { name: '2026-11-23 09:00:00' }, before: { name: restored.safetyBackupId } });

    // A change after the restore is not lost by the undo: it is kept in a backup of its own.
    await a.call('contacts.save', { name: '恢复后新增', phone: '13800138666' });
    await a.call('backups.undoRestore', {});
    const names = await contactNames(a);
    expect(names).toContain('恢复后消失');
    expect(names).not.toContain('恢复后新增');
    const after = await a.call('backups.overview', {});
    expect(after.undo).toBeNull();
    expect(after.backups.filter((b: { kind: string }) => b.kind === 'before_restore')).toHaveLength(2);
    expect((await a.fail('backups.undoRestore', {})).details.code).toBe('backups.undo_unavailable');
  });

  it('of a backup that is no longer there is refused', async () => {
    const a = await app();
    expect((await a.fail('backups.restore', { id: 'stagger-2026-01-01_00-00-00_manual.db' })).details.code).toBe('backups.not_found');
    expect((await a.fail('backups.restore', { id: '../stagger.db' })).details.code).toBe('validation.invalid_input');
  });
});

describe('a file that may not replace the data', () => {
  const zh = loadTranslations().get('zh-CN');
  const en = loadTranslations().get('en');

  /** Files a user might pick, each with the refusal it must get. */
  async function candidates(a: BackupTestApp, dir: string) {
    const { backup } = await a.call('backups.create', {});
    const good = path.join(a.dir, 'backups', backup.id);
    const files: { name: string; code: string; file: string }[] = [];
    const add = (name: string, code: string, write: (file: string) => void) => {
      const file = path.join(dir, name);
      write(file);
      files.push({ name, code, file });
    };
    add('笔记.txt', 'backups.file.not_a_database', (f) => fs.writeFileSync(f, '这不是数据库，只是一段文字。\n'.repeat(200)));
    add('setup.exe', 'backups.file.not_a_database', (f) => fs.writeFileSync(f, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(8190, 7)])));
    add('别的软件.db', 'backups.file.not_stagger', (f) => {
      const db = new Database(f);
      db.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('周六议事厅');");
      db.close();
    });
    add('空文件.db', 'backups.file.not_stagger', (f) => fs.writeFileSync(f, ''));
    add('新版本.db', 'backups.file.newer_version', (f) => {
      fs.copyFileSync(good, f);
      const db = new Database(f);
      db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
      db.close();
    });
    add('损坏.db', 'backups.file.corrupt', (f) => {
      // Garbage over pages in the middle of the file: the header is fine, the b-trees are not.
      const bytes = fs.readFileSync(good);
      const pageSize = bytes.readUInt16BE(16);
      const middle = Math.floor(bytes.length / pageSize / 2) * pageSize;
      for (let i = middle; i < middle + 4 * pageSize; i++) bytes[i] = (i * 131) % 251;
      fs.writeFileSync(f, bytes);
    });
    add('截断.db', 'backups.file.corrupt', (f) => fs.writeFileSync(f, fs.readFileSync(good).subarray(0, Math.floor(fs.statSync(good).size / 2))));
    return files;
  }

  it('is refused in words, and neither the live database, the backups nor the file change', async () => {
    const a = await app();
    const dir = fs.mkdtempSync(path.join(a.dir, 'picked-'));
    const files = await candidates(a, dir);
    const names = await contactNames(a);
    for (const { name, code, file } of files) {
      const live = liveState(a);
      const backups = folderState(path.join(a.dir, 'backups'));
      const picked = sha256(file);
      a.answers.open = file;
      const error = await a.fail('backups.inspectFile', {});
      expect(error.details.code, name).toBe(code);
      expect(error.details.params.file).toBe(name);
      expect(lookup(zh, `errors.${code}`), code).toMatch(/[\u4e00-\u9fff]/);
      expect(lookup(en, `errors.${code}`), code).toBeTruthy();
      expect(liveState(a), name).toEqual(live);
      expect(folderState(path.join(a.dir, 'backups')), name).toEqual(backups);
      expect(sha256(file), name).toBe(picked);
      expect(fs.readdirSync(dir).sort()).toEqual(files.map((f) => f.name).sort());
      expect(fs.readdirSync(path.join(a.dir, 'restore-staging'))).toEqual([]);
    }
    expect(await contactNames(a)).toEqual(names);
  });

  it('in the backups folder is refused on restore the same way, with nothing changed', async () => {
    const a = await app();
    const dir = fs.mkdtempSync(path.join(a.dir, 'picked-'));
    const corrupt = (await candidates(a, dir)).find((c) => c.name === '损坏.db')!;
    const id = 'stagger-2026-11-20_09-00-00_scheduled.db';
    fs.copyFileSync(corrupt.file, path.join(a.dir, 'backups', id));
    const live = liveState(a);
    const backups = folderState(path.join(a.dir, 'backups'));
    expect((await a.fail('backups.restore', { id })).details.code).toBe('backups.file.corrupt');
    expect(liveState(a)).toEqual(live);
    expect(folderState(path.join(a.dir, 'backups'))).toEqual(backups);
    expect((await a.call('backups.overview', {})).undo).toBeNull();
  });

  it('the database the app is using cannot be picked as the file to open or to save over', async () => {
    const a = await app();
    const live = liveState(a);
    a.answers.open = a.file;
    expect((await a.fail('backups.inspectFile', {})).details.code).toBe('backups.same_as_live');
    a.answers.save = a.file;
    expect((await a.fail('backups.saveAs', {})).details.code).toBe('backups.same_as_live');
    expect(liveState(a)).toEqual(live);
  });
});

describe('moving to a new computer', () => {
  it('saves the whole database as one file, which another machine checks and opens after the confirmation', async () => {
    const oldPc = await app();
    await oldPc.call('contacts.save', { name: '老电脑上的联系人', phone: '13800138555' });
    const usb = fs.mkdtempSync(path.join(oldPc.dir, 'usb-'));
    oldPc.answers.save = path.join(usb, '错峰数据.db');
    const saved = await oldPc.call('backups.saveAs', {});
    expect(saved).toEqual({ path: oldPc.answers.save, size: fs.statSync(oldPc.answers.save).size });
    expect(fs.readdirSync(usb)).toEqual(['错峰数据.db']);
    expect(dumpFile(saved.path)).toEqual(dump(oldPc.live.current().conn.sqlite!));
    const fileHash = sha256(saved.path);

    const newPc = await app();
    expect(await contactNames(newPc)).not.toContain('老电脑上的联系人');
    newPc.answers.open = saved.path;
    const checked = await newPc.call('backups.inspectFile', {});
    const oldCounts = dump(oldPc.live.current().conn.sqlite!);
    expect(checked).toMatchObject({ fileName: '错峰数据.db', contacts: oldCounts.contacts.length, bookings: oldCounts.bookings.length, schemaVersion: MIGRATIONS.length });
    // Checked, not yet confirmed: nothing has changed on the new machine.
    expect(await contactNames(newPc)).not.toContain('老电脑上的联系人');

    const opened = await newPc.call('backups.openFile', { token: checked.token });
    expect(await contactNames(newPc)).toContain('老电脑上的联系人');
    expect(dump(newPc.live.current().conn.sqlite!).contacts).toEqual(oldCounts.contacts);
    // The new machine's own data was kept first, and the file on the stick is untouched.
    expect(newPc.backups.folder.list().find((b) => b.id === opened.safetyBackupId)?.kind).toBe('before_restore');
    expect(sha256(saved.path)).toBe(fileHash);
    // The check's token is used up.
    expect((await newPc.fail('backups.openFile', { token: checked.token })).details.code).toBe('backups.token_expired');
  });

  it('a cancelled dialog changes nothing', async () => {
    const a = await app();
    expect(await a.call('backups.saveAs', {})).toEqual({ path: null, size: 0 });
    expect(await a.call('backups.inspectFile', {})).toBeNull();
    expect(await a.call('backups.chooseSecondFolder', {})).toEqual({ secondFolder: null, secondFolderProblem: null });
  });
});

describe('the second folder', () => {
  it('receives a copy of every backup; when it is gone the backup is still made, with a warning', async () => {
    const a = await app();
    const usb = fs.mkdtempSync(path.join(a.dir, 'usb-'));
    a.answers.folder = usb;
    expect(await a.call('backups.chooseSecondFolder', {})).toEqual({ secondFolder: usb, secondFolderProblem: null });
    const first = await a.call('backups.create', {});
    expect(first.secondFolderProblem).toBeNull();
    expect(sha256(path.join(usb, first.backup.id))).toBe(sha256(path.join(a.dir, 'backups', first.backup.id)));

    fs.rmSync(usb, { recursive: true });
    a.clock.at = new Date('2026-11-23T05:00:00Z');
    const second = await a.call('backups.create', {});
    expect(second.secondFolderProblem).toBe('missing');
    expect(fs.existsSync(path.join(a.dir, 'backups', second.backup.id))).toBe(true);
    expect((await a.call('backups.overview', {})).secondFolderProblem).toBe('missing');

    expect(await a.call('backups.clearSecondFolder', {})).toEqual({ secondFolder: null, secondFolderProblem: null });
    expect((await a.call('backups.overview', {})).secondFolderProblem).toBeNull();
  });
});

describe('backups made without being asked', () => {
  it('come at start and then every few hours while the app runs', async () => {
    // A tiny interval: the schedule's own timer, not a test clock.
    const a = await app({ intervalHours: 0.05 / 3600 });
    a.backups.startSchedule();
    await expect.poll(() => a.backups.folder.list().map((b) => b.kind), { timeout: 10_000 }).toContain('scheduled');
    a.backups.stopSchedule();
    expect(a.backups.folder.list().map((b) => b.kind)).toContain('start');
  });

  it('come before a method that replaces data, outside its transaction; without the backup the method does not run', async () => {
    const a = await app();
    const dispatch = backingUpFirst(a.live, a.backups, { 'contacts.save': 'before_import' });
    const saved = await dispatch('contacts.save', { name: '导入的联系人', phone: '13800138444' });
    expect(saved.ok).toBe(true);
    const [first] = a.backups.folder.list();
    expect(first.kind).toBe('before_import');
    expect(dumpFile(a.backups.folder.path(first.id)).contacts).toHaveLength((await contactNames(a)).length - 1);

    // The backups folder cannot be written (a file stands where it should be): nothing is saved.
    fs.rmSync(path.join(a.dir, 'backups'), { recursive: true });
    fs.writeFileSync(path.join(a.dir, 'backups'), 'in the way');
    const refused = await dispatch('contacts.save', { name: '不应保存', phone: '13800138333' });
    expect(refused).toMatchObject({ ok: false, error: { details: { code: 'backups.before_failed' } } });
    expect(await contactNames(a)).not.toContain('不应保存');
  });
});

describe('a file from an older Stagger', () => {
  it('is opened and brought up to date, with a copy of it as it was', async () => {
    const a = await app();
    const dir = fs.mkdtempSync(path.join(a.dir, 'old-'));
    const file = path.join(dir, '旧版本.db');
    const old = new Database(file);
    for (const m of MIGRATIONS.slice(0, -1)) {
      m.up(old);
      old.pragma(`user_version = ${m.version}`);
    }
    old.prepare("INSERT INTO contacts (name, phone) VALUES ('旧版本里的联系人', '13800138222')").run();
    old.close();

    a.answers.open = file;
    const checked = await a.call('backups.inspectFile', {});
    expect(checked).toMatchObject({ schemaVersion: MIGRATIONS.length - 1, contacts: 1, bookings: 0 });
    await a.call('backups.openFile', { token: checked.token });
    expect(a.live.current().conn.migration).toEqual({ from: MIGRATIONS.length - 1, to: MIGRATIONS.length });
    expect(a.backups.folder.list().map((b) => b.kind)).toEqual(expect.arrayContaining(['before_restore', 'before_migration']));
    // The opened data has no staff yet: nobody is carried over from the data before, and with
    // no coordinator in it there is nobody to keep a coordinator's work for, so its first
    // coordinator can be added (services/staff/roles.ts).
    expect(await a.call('session.current', {})).toBeNull();
    expect(await a.call('operators.save', { name: '陈静', role: 'coordinator' })).toMatchObject({ name: '陈静', role: 'coordinator', hasPin: false });
  });
});
