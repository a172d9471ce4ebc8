/**
 * The integrity check of a file to restore or open runs on a worker thread, so the main
 * process keeps answering meanwhile; its verdicts are the driver's own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabaseFile } from '../../electron/main/db/database-file';
import { integrityCheck } from '../../electron/main/db/integrity-worker';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A file of 20,000 rows over many pages, sound. */
function soundFile(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagger-integrity-'));
  const file = path.join(dir, 'sound.db');
  const db = new Database(file);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); CREATE INDEX notes_text ON notes(text)');
  const add = db.prepare('INSERT INTO notes (text) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 20_000; i++) add.run(`周六议事厅 第 ${i} 次`);
  })();
  db.close();
  return file;
}

describe('the integrity check on a worker thread', () => {
  it('answers ok for a sound file, and the main thread runs on while it checks', async () => {
    const file = soundFile();
    let ranMeanwhile = false;
    const answer = integrityCheck(file);
    // Were the check run here, it would be over before this line; on a worker the main
    // thread's next turn comes first.
    setImmediate(() => {
      ranMeanwhile = true;
    });
    expect(await answer).toEqual(['ok']);
    expect(ranMeanwhile).toBe(true);
  });

  it('names what is broken in a damaged file, as SQLite says it', async () => {
    const file = soundFile();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Garbage over the index's pages near the end: the header and the table are still readable.
    const from = bytes.length - 6 * pageSize;
    for (let i = from; i < from + 4 * pageSize; i++) bytes[i] = (i * 131) % 251;
    fs.writeFileSync(file, bytes);
    const verdict = await integrityCheck(file).then(
      (rows) => rows,
      (e: { code?: string }) => [String(e.code)],
    );
    expect(verdict).not.toEqual(['ok']);
    expect(await checkDatabaseFile(file, 99)).toMatchObject({ ok: false });
  });

  it('a file that is not there is an error with its code, not a hang', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagger-integrity-'));
    await expect(integrityCheck(path.join(dir, 'gone.db'))).rejects.toMatchObject({ code: 'SQLITE_CANTOPEN' });
  });
});
