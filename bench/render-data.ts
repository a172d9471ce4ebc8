/**
 * A small database for the renderer measure, filled through the app's own dispatch:
 * one site of 21 spaces where `day` holds 500 bookings across 20 of them (the site
 * day view), and the first space holds 500 bookings across the other days of
 * `day`'s month (the month view).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend } from '../electron/main/backend';
import { addDays, hhmm } from '../electron/shared/time';

export const RENDER_EVENTS = 500;
export const OPERATOR_NAME = '值班员';
const OPEN = { open: '07:00', close: '22:00' };
const BUSY_SPACES = 20;

export async function renderBackend(day: string, now: string): Promise<Backend> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stagger-render-')), 'render.db');
  const backend = await openBackend(file, { now: () => now });
  const call = async (method: string, input: unknown) => {
    const r = await backend.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as { id: number };
  };
  const operator = await call('operators.save', { name: OPERATOR_NAME, role: 'desk' });
  await call('session.setOperator', { operatorId: operator.id });
  const audience = await call('audiences.save', { name: '居民', color: '#4e79a7' });
  const site = await call('sites.save', { name: '压力测试驿站' });
  const openingHours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, ...OPEN }));
  const spaces: number[] = [];
  for (let i = 0; i <= BUSY_SPACES; i++) {
    const s = await call('spaces.save', { siteId: site.id, name: `活动室${i + 1}`, kind: 'room', capacity: 20, openingHours });
    spaces.push(s.id);
  }
  const book = (spaceId: number, date: string, slot: number) => {
    const start = 7 * 60 + slot * 30;
    return call('bookings.create', {
      spaceId,
      start: `${date}T${hhmm(start)}`,
      end: `${date}T${hhmm(start + 30)}`,
      title: `活动 ${slot + 1}`,
      audienceId: audience.id,
      headCount: 4,
    });
  };
  const perSpace = RENDER_EVENTS / BUSY_SPACES;
  for (const spaceId of spaces.slice(1)) for (let slot = 0; slot < perSpace; slot++) await book(spaceId, day, slot);
  const monthDays: string[] = [];
  for (let d = `${day.slice(0, 7)}-01`; d.slice(0, 7) === day.slice(0, 7); d = addDays(d, 1)) if (d !== day) monthDays.push(d);
  for (let n = 0; n < RENDER_EVENTS; n++) await book(spaces[0], monthDays[n % monthDays.length], Math.floor(n / monthDays.length));
  return backend;
}
