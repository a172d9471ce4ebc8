/**
 * SQLite's integrity check of a database file, run on a worker thread. It reads every
 * page and index of the file: seconds on a five-year database, during which the main
 * process (and every other desk's request it serves) would otherwise stand still.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/*
 * The worker's whole program, as text: the app's main process is one bundled file, so
 * the worker cannot be a module of its own beside it. It opens the file read-only with
 * the same SQLite driver as the app, runs the check and posts the answer (or the error's
 * code) back. Nothing in it comes from input; the file's path travels as data.
 */
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, nativeBinding: workerData.nativeBinding });
  parentPort.postMessage({ rows: db.pragma('integrity_check').map((r) => r.integrity_check) });
} catch (e) {
  parentPort.postMessage({ error: { code: e && e.code, message: String(e && e.message) } });
} finally {
  if (db) db.close();
}
`;

/** Where the app's own SQLite driver lives, for the worker to load the same one. */
const DRIVER = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * The integrity check's messages (['ok'] for a sound file). A failure to open or read the
 * file rejects with an Error carrying SQLite's code (SQLITE_CORRUPT, SQLITE_NOTADB...), as
 * the driver would have thrown it on this thread.
 */
export function integrityCheck(file: string, opts: { nativeBinding?: string } = {}): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(PROGRAM, { eval: true, workerData: { driver: DRIVER, file, nativeBinding: opts.nativeBinding } });
    let answered = false;
    worker.once('message', (m: { rows?: string[]; error?: { code?: string; message: string } }) => {
      answered = true;
      if (m.rows) resolve(m.rows);
      else reject(Object.assign(new Error(m.error?.message ?? 'integrity check failed'), { code: m.error?.code }));
    });
    worker.once('error', (e) => {
      answered = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the integrity check stopped (exit ${code})`));
    });
  });
}
