/**
 * The live backend a restore swaps: calls that arrive during a swap wait and then
 * reach the new backend; a swap waits for calls already running; a new file that
 * cannot be opened is put back and the old database comes back; whoever was at the desk
 * stays there when the new data knows the same person.
 */
import { describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/main/backend';
import { LiveBackend } from '../../electron/main/live-backend';
import { tempDbFile } from '../helpers/backend';

/** A stand-in backend that answers with its name; `hold` keeps a call running until released. */
function fake(name: string, log: string[]) {
  let release: () => void = () => {};
  const backend = {
    name,
    hold: false,
    closed: false,
    ctx: { operatorId: null },
    async dispatch(method: unknown) {
      if (backend.closed) throw new Error(`${name} is closed`);
      log.push(`${name}:${String(method)}`);
      if (backend.hold) await new Promise<void>((r) => (release = r));
      return { ok: true as const, value: name };
    },
    async close() {
      log.push(`${name}:close`);
      backend.closed = true;
    },
    release: () => release(),
  };
  return backend;
}

const asBackend = (b: ReturnType<typeof fake>) => b as unknown as Backend;

describe('the live backend', () => {
  it('holds calls back during a swap and hands them to the new backend', async () => {
    const log: string[] = [];
    const [a, b] = [fake('a', log), fake('b', log)];
    const live = new LiveBackend(asBackend(a), async () => asBackend(b));
    let letReplace!: () => void;
    const swapping = live.swap({ replace: () => new Promise((r) => (letReplace = () => r(async () => {}))) });
    await new Promise((r) => setTimeout(r, 0));
    const during = live.dispatch('contacts.search', {});
    await new Promise((r) => setTimeout(r, 0));
    letReplace();
    await swapping;
    expect(await during).toEqual({ ok: true, value: 'b' });
    expect(log).toEqual(['a:close', 'b:contacts.search']);
    expect(live.current()).toBe(asBackend(b));
  });

  it('waits for a call that is running before it closes the database', async () => {
    const log: string[] = [];
    const [a, b] = [fake('a', log), fake('b', log)];
    const live = new LiveBackend(asBackend(a), async () => asBackend(b));
    a.hold = true;
    const running = live.dispatch('bookings.save', {});
    await new Promise((r) => setTimeout(r, 0));
    const swapping = live.swap({ replace: async () => async () => {} });
    await new Promise((r) => setTimeout(r, 10));
    expect(log).toEqual(['a:bookings.save']);
    a.release();
    expect(await running).toEqual({ ok: true, value: 'a' });
    await swapping;
    expect(log).toEqual(['a:bookings.save', 'a:close']);
  });

  it('a swap asked for by a call does not wait for that call', async () => {
    const log: string[] = [];
    const [a, b] = [fake('a', log), fake('b', log)];
    let live!: LiveBackend;
    a.dispatch = async (method: unknown) => {
      log.push(`a:${String(method)}`);
      await live.swap({ replace: async () => async () => {} });
      return { ok: true as const, value: 'swapped' };
    };
    live = new LiveBackend(asBackend(a), async () => asBackend(b));
    expect(await live.dispatch('backups.restore', {})).toEqual({ ok: true, value: 'swapped' });
    expect(await live.dispatch('contacts.search', {})).toEqual({ ok: true, value: 'b' });
  });

  it('puts the old file back and reopens it when the new one cannot be opened', async () => {
    const log: string[] = [];
    const a = fake('a', log);
    const again = fake('a-again', log);
    let opens = 0;
    const live = new LiveBackend(asBackend(a), async () => {
      opens++;
      if (opens === 1) throw new Error('cannot open');
      return asBackend(again);
    });
    await expect(
      live.swap({
        replace: async () => {
          log.push('replaced');
          return async () => void log.push('put back');
        },
      }),
    ).rejects.toThrow('cannot open');
    expect(log).toEqual(['a:close', 'replaced', 'put back']);
    expect(await live.dispatch('app.info', {})).toEqual({ ok: true, value: 'a-again' });
  });
});

describe('who is at the desk across a swap', () => {
  const now = () => '2026-11-23T09:00';
  async function coordinatorAt(file: string) {
    const backend = await openBackend(file, { demoData: true, now });
    const list = await backend.dispatch('operators.list', {});
    if (!list.ok) throw new Error('operators.list refused');
    return { backend, coordinator: (list.value as { id: number; name: string; role: string }[]).find((o) => o.role === 'coordinator')! };
  }

  it('the same person stays at the desk on the data opened next (a move to the server, a restore)', async () => {
    const { backend: a, coordinator } = await coordinatorAt(tempDbFile('stagger-live-a'));
    const fileB = tempDbFile('stagger-live-b');
    await (await openBackend(fileB, { demoData: true, now })).close();
    expect((await a.dispatch('session.setOperator', { operatorId: coordinator.id })).ok).toBe(true);
    const live = new LiveBackend(a, async () => openBackend(fileB, { now }));
    const b = await live.swap({ replace: async () => async () => {} });
    expect(b.ctx.operatorId).toBe(coordinator.id);
    expect(await b.dispatch('session.current', {})).toMatchObject({ ok: true, value: { name: coordinator.name, role: 'coordinator' } });
    await live.close();
  });

  it('nobody is carried over to data where that person is someone else', async () => {
    const { backend: a, coordinator } = await coordinatorAt(tempDbFile('stagger-live-c'));
    const fileB = tempDbFile('stagger-live-d');
    const other = await openBackend(fileB, { demoData: true, now });
    other.conn.sqlite!.prepare('UPDATE operators SET name = ? WHERE id = ?').run('另一位协调员', coordinator.id);
    await other.close();
    expect((await a.dispatch('session.setOperator', { operatorId: coordinator.id })).ok).toBe(true);
    const live = new LiveBackend(a, async () => openBackend(fileB, { now }));
    const b = await live.swap({ replace: async () => async () => {} });
    expect(b.ctx.operatorId).toBeNull();
    await live.close();
  });
});
