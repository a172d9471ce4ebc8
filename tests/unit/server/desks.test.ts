/**
 * Several desks on one PostgreSQL server (runs only under `npm run test:pg`): what
 * differs from a file is proved here, against the real server the command started.
 * Everything else (every rule, every screen's reads and writes) runs on the server in
 * the rest of the suite.
 */
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/main/backend';
import { openPostgres } from '../../../electron/main/db/pg/connection';
import { testBackend, type TestBackend } from '../../helpers/backend';
import { booking, siteWithSpace } from '../../helpers/fixtures';
import { tuesdaySeries } from '../../helpers/plans';
import { freshServerSchema, serverSettings, TEST_SERVER } from '../../helpers/pg';

const open: (TestBackend | Backend)[] = [];
afterEach(async () => {
  for (const b of open.splice(0)) await b.close();
});
async function desk(target?: TestBackend['target']): Promise<TestBackend> {
  const b = await testBackend(target ? { target } : {});
  open.push(b);
  return b;
}

/** A client of the test's own schema, for what a desk cannot do (look at locks, kill a connection). */
async function sqlOn(target: TestBackend['target']): Promise<pg.Client> {
  const t = target as { server: pg.ClientConfig; pg: { schema: string } };
  const c = new pg.Client({ ...t.server, options: `-c search_path=${t.pg.schema},public` });
  await c.connect();
  return c;
}

async function until(what: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await what()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return what();
}

describe('desks sharing one server', () => {
  it('another desk hears of a booking within a second, and its next read shows it', async () => {
    const a = await desk();
    const { space } = await siteWithSpace(a);
    const b = await desk(a.target);
    // The listener connects in the background; wait until it is there.
    expect(await until(() => b.store.changes().online, 5000)).toBe(true);
    const before = b.store.changes().stamp;
    const made = await a.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T11:00', { title: '书法班' }));
    expect(await until(() => b.store.changes().stamp !== before, 1000)).toBe(true);
    const seen = await b.call('bookings.get', { id: made.id });
    expect(seen.title).toBe('书法班');
  });

  it('an edit made at one desk from a version another desk has since changed is refused', async () => {
    const a = await desk();
    const { space } = await siteWithSpace(a);
    const b = await desk(a.target);
    const made = await a.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T11:00', { title: '英语角' }));
    const atB = await b.call('bookings.get', { id: made.id });
    await a.call('bookings.update', { id: made.id, version: made.version, changes: booking(space.id, made.start, made.end, { title: '英语角（加场）' }) });
    const err = await b.fail('bookings.move', { id: atB.id, version: atB.version, start: '2026-11-24T12:00', end: '2026-11-24T13:00' });
    expect(err.details.code).toMatch(/^edit\.stale/);
    expect(await a.call('bookings.get', { id: made.id })).toMatchObject({ title: '英语角（加场）', start: '2026-11-24T10:00' });
  });

  it('a connection killed in the middle of a series save leaves no part of the series', async () => {
    const a = await desk();
    const setup = await tuesdaySeries(a);
    const before = await a.call('bookings.range', { from: '2026-11-01', to: '2028-12-31', spaceIds: [setup.room.id], includeCancelled: true });
    const seriesBefore = await a.call('series.list', { spaceId: setup.room.id });
    // Another session holds the audit log, so the save stops after writing its series and bookings...
    const holder = await sqlOn(a.target);
    const killer = await sqlOn(a.target);
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE audit_log IN EXCLUSIVE MODE');
    const series = { ...setup.series, title: '两年的周四课', rule: { freq: 'weekly', weekdays: [4], startDate: '2026-12-03', until: '2028-11-30' } };
    const saving = a.dispatch('series.create', { series });
    // ...and is killed while it waits there, its bookings written but not committed.
    const waiting = async () =>
      (await killer.query(`SELECT pid FROM pg_locks WHERE NOT granted AND relation = 'audit_log'::regclass`)).rows.map((r) => r.pid as number);
    expect(await until(async () => (await waiting()).length > 0, 10_000)).toBe(true);
    const [pid] = await waiting();
    await killer.query('SELECT pg_terminate_backend($1)', [pid]);
    const r = await saving;
    await holder.query('ROLLBACK');
    await holder.end();
    await killer.end();
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.details.code).toBe('db.unreachable');
    // The pool replaces the dead connection: the desk reads again, and nothing of the series is there.
    const after = await a.call('bookings.range', { from: '2026-11-01', to: '2028-12-31', spaceIds: [setup.room.id], includeCancelled: true });
    expect(after).toEqual(before);
    expect(await a.call('series.list', { spaceId: setup.room.id })).toEqual(seriesBefore);
    // And the same save goes through once the server answers.
    const saved = await a.call('series.create', { series });
    expect(saved.booked ?? saved.bookings ?? saved).toBeTruthy();
  });

  it('the database itself refuses two overlapping bookings of an exclusive space, turnover included', async () => {
    const a = await desk();
    const { space } = await siteWithSpace(a, { bufferMinutes: 30 });
    const first = await a.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T11:00', { title: '议事会' }));
    const c = await sqlOn(a.target);
    try {
      const insert = (start: string, end: string, status = 'confirmed') =>
        c.query(`INSERT INTO bookings (space_id, start, "end", title, status, created_at, updated_at) VALUES ($1, $2, $3, '绕过规则', $4, '2026-11-23T09:00', '2026-11-23T09:00')`, [space.id, start, end, status]);
      // Inside the buffer after the first booking: refused by the constraint (SQLSTATE 23P01).
      await expect(insert('2026-11-24T11:15', '2026-11-24T12:00')).rejects.toMatchObject({ code: '23P01' });
      // After the buffer, and a cancelled one at the same time, are allowed.
      await insert('2026-11-24T11:30', '2026-11-24T12:00');
      await insert('2026-11-24T10:00', '2026-11-24T11:00', 'cancelled');
      // A shorter buffer recomputes the guard of the space's bookings.
      await c.query('UPDATE spaces SET buffer_minutes = 0 WHERE id = $1', [space.id]);
      await insert('2026-11-24T11:00', '2026-11-24T11:30');
    } finally {
      await c.end();
    }
    // The violation reaches the user as the rule engine's clash, naming the booking.
    const conn = a.conn;
    const err = await conn
      .transaction((tx) =>
        tx.insertInto('bookings').values({ space_id: space.id, start: '2026-11-24T10:30', end: '2026-11-24T11:00', title: 'x', status: 'confirmed', created_at: 'x', updated_at: 'x', note: '', head_count: 1, contact_id: null, organisation_id: null, audience_id: null, series_id: null, override_reason: null, cancel_reason: null, created_by: null }).execute(),
      )
      .catch((e) => e);
    expect(err).toMatchObject({ kind: 'conflict', details: { code: 'booking.overlap', params: { title: first.title }, conflicts: [{ bookingId: first.id }] } });
  });

  it('a newer server schema and a database of another program are refused in words; a wrong password too', async () => {
    const target = await freshServerSchema();
    const conn = await openPostgres(target.server, { ...target.pg, listen: false });
    await conn.close();
    const c = await sqlOn(target);
    await c.query('UPDATE stagger_schema SET version = 99');
    await c.end();
    await expect(openPostgres(target.server, { ...target.pg, listen: false })).rejects.toMatchObject({ details: { code: 'db.newer_version', params: { found: 99 } } });

    const foreign = await freshServerSchema();
    const f = await sqlOn(foreign);
    await f.query('CREATE TABLE invoices (id int)');
    await f.end();
    await expect(openPostgres(foreign.server, { ...foreign.pg, listen: false })).rejects.toMatchObject({ details: { code: 'db.server_not_stagger' } });

    await expect(openPostgres({ ...serverSettings(), password: 'wrong' }, { listen: false })).rejects.toMatchObject({ details: { code: 'db.server_login' } });
    await expect(openPostgres({ ...serverSettings(), port: TEST_SERVER!.port + 1 === 65536 ? 1 : TEST_SERVER!.port + 1 }, { listen: false, connectTimeoutMs: 2000 })).rejects.toMatchObject({
      details: { code: 'db.unreachable' },
    });
    await expect(openPostgres({ ...serverSettings(), database: 'no_such_db' }, { listen: false })).rejects.toMatchObject({ details: { code: 'db.server_no_database' } });
  });
});

