import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend, type BackendOptions, type DatabaseTarget } from '../../electron/main/backend';
import { freshServerSchema, onServer } from './pg';

/** A fresh database file in a temp folder, with the real migrations. */
export function tempDbFile(label = 'stagger'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
  return path.join(dir, 'test.db');
}

export interface TestBackend extends Backend {
  /** The database file ('' on the server: see `target`). */
  file: string;
  /** What the backend opened: a file, or the server with the test's own schema. Open it again with `testBackend({ target })`. */
  target: DatabaseTarget;
  /** Call a contract method and return its value, or throw with the error envelope. */
  call<T = any>(method: string, input?: unknown): Promise<T>;
  /** Call and return the error envelope (fails if the call succeeded). */
  fail(method: string, input?: unknown): Promise<{ kind: string; message: string; details: any }>;
}

export async function testBackend(opts: BackendOptions & { file?: string; target?: DatabaseTarget } = {}): Promise<TestBackend> {
  // On PostgreSQL (npm run test:pg) each backend gets a fresh schema of its own instead of a file.
  const target: DatabaseTarget = opts.target ?? opts.file ?? (onServer ? await freshServerSchema() : tempDbFile());
  const file = typeof target === 'string' ? target : '';
  const backend = await openBackend(target, { checkOutput: true, now: () => '2026-11-23T09:00', ...opts });
  // The demo office has staff, so nobody at the desk may do a coordinator's work: a demo
  // backend starts with its coordinator (陈静, no PIN) chosen, as the end-to-end fixture does.
  if (opts.demoData) await chooseCoordinator(backend);
  return {
    ...backend,
    file,
    target,
    async call(method, input) {
      const r = await backend.dispatch(method, input);
      if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
      return r.value as never;
    },
    async fail(method, input) {
      const r = await backend.dispatch(method, input);
      if (r.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(r.value)}`);
      return r.error;
    },
  };
}

/** Puts the first active coordinator at the desk. */
export async function chooseCoordinator(backend: Backend): Promise<void> {
  const ops = await backend.dispatch('operators.list', {});
  const coordinator = ops.ok ? (ops.value as { id: number; role: string }[]).find((o) => o.role === 'coordinator') : undefined;
  if (!coordinator) throw new Error('the demo data has no coordinator');
  const r = await backend.dispatch('session.setOperator', { operatorId: coordinator.id });
  if (!r.ok) throw new Error(`choosing the coordinator failed: ${JSON.stringify(r.error)}`);
}
