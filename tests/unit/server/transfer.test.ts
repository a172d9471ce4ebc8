/**
 * The demo subdistrict moved from a file to the server and back (runs under
 * `npm run test:pg`), through the same storage host the settings screen uses: every
 * table's count equal on both sides, the file untouched, the desk working on the server
 * afterwards with ids that continue, and the server's data saved as a file again.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend, type DatabaseTarget } from '../../../electron/main/backend';
import { tableCounts } from '../../../electron/main/db/transfer';
import { createStorageHost } from '../../../electron/main/storage/host';
import { tempDbFile } from '../../helpers/backend';
import { freshServerSchema } from '../../helpers/pg';
import { testSecrets } from '../../helpers/secrets';


const opened: Backend[] = [];
afterEach(async () => {
  for (const b of opened.splice(0)) await b.close();
});

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('moving the data between this computer and the server', () => {
  it('moves the demo subdistrict to the server with equal counts, works there, and saves it back as a file', async () => {
    const file = tempDbFile('stagger-move');
    const now = () => '2026-11-23T09:00';
    let backend = await openBackend(file, { demoData: true, now });
    opened.push(backend);
    const local = await tableCounts(backend.conn.db);
    expect(local.bookings).toBeGreaterThanOrEqual(50);
    expect(local.series + local.contacts + local.plan_windows).toBeGreaterThan(0);
    const { server, pg } = await freshServerSchema();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagger-data-'));
    const saveAs = path.join(dataDir, '服务器数据.db');
    const host = createStorageHost({
      dataDir,
      file,
      secrets: testSecrets,
      pg,
      current: () => backend,
      async switchTo(target: DatabaseTarget) {
        const next = await openBackend(target, { now });
        opened.push(next);
        backend = next;
      },
      chooseSaveFile: async () => saveAs,
    });
    await backend.close();
    opened.pop();
    backend = await openBackend(file, { now });
    opened.push(backend);
    const before = sha(file);

    const progress: string[] = [];
    const timer = setInterval(() => {
      const p = host.progress();
      if (p) progress.push(p.table);
    }, 1);
    const { counts } = await host.moveToServer({ server });
    clearInterval(timer);
    expect(counts).toEqual(local);
    expect(progress.length).toBeGreaterThan(0);
    // The desk now works on the server, and its file is as it was.
    expect(backend.conn.kind).toBe('server');
    expect(sha(file)).toBe(before);
    // The password is kept sealed, not in plain text.
    const kept = fs.readFileSync(path.join(dataDir, 'storage.json'), 'utf8');
    expect(kept).not.toContain(server.password);
    expect(JSON.parse(kept).kind).toBe('server');
    expect((await host.describe()).server).toMatchObject({ host: server.host, hasPassword: true });

    // Booking on the server: the ids continue after the moved ones, the rules hold.
    const spaces = await backend.dispatch('spaces.list', {});
    expect(spaces.ok).toBe(true);
    const room = (spaces.ok ? (spaces.value as { id: number; mode: string; parentId: number | null; kind: string }[]) : []).find((s) => s.mode === 'exclusive' && s.parentId === null && s.kind === 'room')!;
    const made = await backend.dispatch('bookings.create', { spaceId: room.id, start: '2026-12-30T07:00', end: '2026-12-30T07:30', title: '迁移后第一条', headCount: 1 });
    const refused = await backend.dispatch('bookings.create', { spaceId: room.id, start: '2026-12-30T07:00', end: '2026-12-30T07:30', title: '重复', headCount: 1 });
    const maxMoved = (await backend.conn.db.selectFrom('bookings').select((eb) => eb.fn.max('id').as('m')).where('title', '!=', '迁移后第一条').executeTakeFirstOrThrow()).m as number;
    if (made.ok) expect((made.value as { id: number }).id).toBeGreaterThan(maxMoved);
    // (Whether 07:00 is open depends on the room; either way the second is never let in.)
    expect(refused.ok).toBe(false);

    // Moving again into a server that holds data is refused in words.
    const again = await openBackend(file, { now });
    opened.push(again);
    const hostOnFile = createStorageHost({ dataDir, file, secrets: testSecrets, pg, current: () => again, switchTo: async () => {}, chooseSaveFile: async () => null });
    await expect(hostOnFile.moveToServer({ server })).rejects.toMatchObject({ details: { code: 'db.server_not_empty' } });

    // The way back: the server's data saved as a file, with the same counts.
    const saved = await host.saveServerAsFile();
    expect(saved?.file).toBe(saveAs);
    const copy = await openBackend(saveAs, { now });
    opened.push(copy);
    expect(await tableCounts(copy.conn.db)).toEqual(await tableCounts(backend.conn.db));
  });
});
