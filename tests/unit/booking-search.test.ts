import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchBookings } from '../../electron/main/db/repos/booking-search';
import type { DB } from '../../electron/main/db/schema';
import { dayOfWord, searchTerms } from '../../electron/main/services/bookings/search';
import { testBackend, type TestBackend } from '../helpers/backend';
import { onServer } from '../helpers/pg';
import { booking, siteWithSpace } from '../helpers/fixtures';

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend();
});
afterEach(async () => {
  await t.close();
});

type Found = { items: { id: number; title: string; start: string; contactName: string | null; status: string; spaceName: string }[]; more: boolean };
const search = (query: string, limit?: number) => t.call<Found>('bookings.search', { query, limit });
const titles = (f: Found) => f.items.map((i) => i.title);

/** Two spaces, two callers and an organisation, with bookings before and after "now" (2026-11-23 09:00). */
async function desk() {
  const { site, space: hall } = await siteWithSpace(t, { name: '议事厅', capacity: 30 });
  const bakery = await t.call('spaces.save', {
    siteId: site.id,
    name: '烘焙区',
    kind: 'kitchen',
    capacity: 12,
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: '08:00', close: '22:00' })),
  });
  const chen = await t.call('contacts.save', { name: '陈女士', phone: '13800138123' });
  const wang = await t.call('contacts.save', { name: '王阿姨', phone: '13800138003' });
  const school = await t.call('organisations.save', { name: '新北郊中学', nameEn: 'Xinbeijiao Middle School', kind: 'school' });
  const make = (spaceId: number, start: string, end: string, extra: Record<string, unknown>) => t.call('bookings.create', booking(spaceId, start, end, extra));
  const b = {
    chenBaking: await make(bakery.id, '2026-11-28T14:00', '2026-11-28T16:00', { title: '亲子烘焙', contactId: chen.id, headCount: 6 }),
    chenPast: await make(hall.id, '2026-11-02T10:00', '2026-11-02T11:00', { title: '楼组长议事', contactId: chen.id }),
    wangChoir: await make(hall.id, '2026-11-25T09:00', '2026-11-25T10:00', { title: '合唱排练', contactId: wang.id }),
    school: await make(hall.id, '2026-11-28T09:00', '2026-11-28T11:00', { title: '社会实践', organisationId: school.id, headCount: 20 }),
    percent: await make(hall.id, '2026-11-30T09:00', '2026-11-30T10:00', { title: '100%_满意 讲座' }),
  };
  return { site, hall, bakery, chen, wang, school, b };
}

describe('booking search', () => {
  it('finds a caller by name or by the last digits of the phone, bookings to come first, then the past ones', async () => {
    const { b } = await desk();
    expect(titles(await search('陈女士'))).toEqual(['亲子烘焙', '楼组长议事']);
    expect(titles(await search('8123'))).toEqual(['亲子烘焙', '楼组长议事']);
    // The end of the number, not any digits in it.
    expect(titles(await search('1380'))).toEqual([]);
    const found = await search('王');
    expect(found.items).toEqual([expect.objectContaining({ id: b.wangChoir.id, contactName: '王阿姨', spaceName: '议事厅', status: 'confirmed' })]);
  });

  it('finds by title, organisation (Chinese or English), space and date; every word must match', async () => {
    await desk();
    expect(titles(await search('烘焙'))).toEqual(['亲子烘焙']);
    expect(titles(await search('北郊'))).toEqual(['社会实践']);
    expect(titles(await search('xinbeijiao'))).toEqual(['社会实践']);
    expect(titles(await search('议事厅'))).toEqual(['合唱排练', '社会实践', '100%_满意 讲座', '楼组长议事']);
    expect(titles(await search('测试驿站 11-28'))).toEqual(['社会实践', '亲子烘焙']);
    expect(titles(await search('11月28日'))).toEqual(['社会实践', '亲子烘焙']);
    expect(titles(await search('2026-11-28 陈'))).toEqual(['亲子烘焙']);
    expect(titles(await search('2026/11/02'))).toEqual(['楼组长议事']);
    expect(titles(await search('陈 合唱'))).toEqual([]);
  });

  it('a typed % or _ matches itself, not anything', async () => {
    await desk();
    expect(titles(await search('100%'))).toEqual(['100%_满意 讲座']);
    expect(titles(await search('%'))).toEqual(['100%_满意 讲座']);
    expect(titles(await search('_'))).toEqual(['100%_满意 讲座']);
  });

  it('a cancelled booking is found with its status; results stop at the limit and say there are more', async () => {
    const { b } = await desk();
    await t.call('bookings.cancel', { id: b.chenBaking.id, reason: '改期' });
    const found = await search('陈女士');
    expect(found.items.map((i) => [i.title, i.status])).toEqual([
      ['亲子烘焙', 'cancelled'],
      ['楼组长议事', 'confirmed'],
    ]);
    expect(await search('议事厅', 2)).toMatchObject({ more: true, items: [{ title: '合唱排练' }, { title: '社会实践' }] });
    expect((await search('议事厅', 4)).more).toBe(false);
  });

  it('refuses an empty or overlong query in words, not with an internal error', async () => {
    expect((await t.fail('bookings.search', { query: '   ' })).details.fields).toEqual([expect.objectContaining({ path: 'query', code: 'required' })]);
    expect((await t.fail('bookings.search', { query: 'x'.repeat(81) })).details.fields).toEqual([expect.objectContaining({ path: 'query', code: 'too_long' })]);
  });
});

describe('reading the words of a query', () => {
  it('reads dates the ways people write them; a month and day is the one nearest today', () => {
    const today = '2026-11-23';
    expect(dayOfWord('2026-11-28', today)).toBe('2026-11-28');
    expect(dayOfWord('2026/1/5', today)).toBe('2026-01-05');
    expect(dayOfWord('2026年1月5日', today)).toBe('2026-01-05');
    expect(dayOfWord('11-28', today)).toBe('2026-11-28');
    expect(dayOfWord('1/5', today)).toBe('2027-01-05');
    expect(dayOfWord('11月2号', today)).toBe('2026-11-02');
    expect(dayOfWord('2-29', today)).toBe(null);
    expect(dayOfWord('2026-02-30', today)).toBe(null);
    expect(dayOfWord('8003', today)).toBe(null);
  });

  it('digits are also the end of a phone number; spaces and commas separate words', () => {
    expect(searchTerms('陈女士，8003  11-28', '2026-11-23')).toEqual([
      { kind: 'text', text: '陈女士' },
      { kind: 'text', text: '8003', phoneDigits: '8003' },
      { kind: 'day', day: '2026-11-28' },
    ]);
  });
});

describe.skipIf(onServer)('the search stays on indexes (SQLite’s plans)', () => {
  it('never walks all of bookings: names, phones, groups, places and dates through indexes, titles within their days', async () => {
    const queries: { sql: string; parameters: readonly unknown[] }[] = [];
    const db = new Kysely<DB>({
      dialect: new SqliteDialect({ database: t.conn.sqlite! }),
      log: (e) => void queries.push(e.query),
    });
    for (const query of ['陈女士', '8003', '烘焙 11-28', '2026-11-28']) {
      queries.length = 0;
      await searchBookings(db, { terms: searchTerms(query, '2026-11-23'), now: '2026-11-23T09:00', titleFrom: '2026-09-24', titleTo: '2027-03-23', limit: 50 });
      for (const q of queries) {
        const plan = (t.conn.sqlite!.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.parameters) as { detail: string }[]).map((r) => r.detail);
        expect(plan.filter((d) => /^SCAN (bookings|b)\b/.test(d)), plan.join('\n')).toEqual([]);
        expect(plan.some((d) => /^SEARCH b USING (COVERING )?INDEX bookings_/.test(d)), plan.join('\n')).toBe(true);
      }
    }
  });
});
