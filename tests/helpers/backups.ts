/**
 * The app's backend as the app runs it for backups: a live backend that a restore can
 * swap, over a real temp folder, with the file dialogs answered by the test.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLiveBackend, type LiveApp } from '../../electron/main/backups/open';
import type { FileDialogs } from '../../electron/main/backups/backups';

/** What the next file dialog answers (null: the user cancelled). */
export interface DialogAnswers {
  folder: string | null;
  open: string | null;
  save: string | null;
}

export function answeringDialogs(answers: DialogAnswers): FileDialogs {
  return {
    chooseFolder: async () => answers.folder,
    chooseDatabaseFile: async () => answers.open,
    chooseSavePath: async () => answers.save,
  };
}

export interface BackupTestApp extends LiveApp {
  dir: string;
  file: string;
  answers: DialogAnswers;
  /** The backups' clock; tests move it with `at`. */
  clock: { at: Date };
  call<T = any>(method: string, input?: unknown): Promise<T>;
  fail(method: string, input?: unknown): Promise<{ kind: string; message: string; details: any }>;
  close(): Promise<void>;
}

export async function backupTestApp(
  opts: { demoData?: boolean; dir?: string; coordinator?: boolean; intervalHours?: number } = {},
): Promise<BackupTestApp> {
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'stagger-backups-'));
  const file = path.join(dir, 'stagger.db');
  const answers: DialogAnswers = { folder: null, open: null, save: null };
  const clock = { at: new Date('2026-11-23T01:00:00Z') };
  const app = await openLiveBackend(file, {
    backend: { demoData: opts.demoData ?? true, checkOutput: true, now: () => '2026-11-23T09:00' },
    backups: { folder: path.join(dir, 'backups'), dataDir: dir, dialogs: answeringDialogs(answers), clock: () => clock.at, intervalHours: opts.intervalHours },
  });
  const call = async (method: string, input?: unknown) => {
    const r = await app.live.dispatch(method, input);
    if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
    return r.value as never;
  };
  if (opts.coordinator ?? true) {
    const coordinator = (await call('operators.list', {}) as { id: number; role: string }[]).find((o) => o.role === 'coordinator');
    await call('session.setOperator', { operatorId: coordinator!.id });
  }
  return {
    ...app,
    dir,
    file,
    answers,
    clock,
    call,
    async fail(method, input) {
      const r = await app.live.dispatch(method, input);
      if (r.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(r.value)}`);
      return r.error;
    },
    async close() {
      app.backups.stopSchedule();
      await app.live.close();
    },
  };
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Every file in a folder (recursively) with its hash: "nothing changed here" in one value. */
export function folderState(dir: string): Record<string, string> {
  const state: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isFile()) state[name] = sha256(p);
  }
  return state;
}
