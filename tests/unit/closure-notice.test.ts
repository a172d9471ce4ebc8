/**
 * Who to tell about a closure: the bookings it hits come with contact, phone and group,
 * and the text copied for WeChat has one plain line per booking after its heading.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking } from '../helpers/fixtures';
import { readingRoom } from '../helpers/plans';
import { noticeText } from '../../renderer/src/features/plans/closureNotice';

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend();
});
afterEach(async () => {
  await t.close();
});

/** The UI's words of one language, as i18next would merge them, with {{x}} filled in. */
function words(lang: 'zh-CN' | 'en') {
  const dir = path.resolve('renderer/src/i18n', lang);
  const tree: Record<string, unknown> = {};
  const merge = (into: Record<string, unknown>, from: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(from)) {
      if (v && typeof v === 'object') merge((into[k] ??= {}) as Record<string, unknown>, v as Record<string, unknown>);
      else into[k] = v;
    }
  };
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) merge(tree, JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
  return (key: string, params: Record<string, unknown> = {}) => {
    const s = key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)?.[k], tree);
    if (typeof s !== 'string') throw new Error(`no words for ${key}`);
    return s.replace(/\{\{(\w+)\}\}/g, (_, k) => String(params[k]));
  };
}

it('a closure lists each booking it hits with the contact, phone and group to tell', async () => {
  const { room, site, residents, xianda } = await readingRoom(t);
  const wang = await t.call('contacts.save', { name: '王女士', phone: '13800131234' });
  await t.call('bookings.create', booking(room.id, '2026-12-02T09:00', '2026-12-02T10:00', { audienceId: residents.id, title: '布艺手作课', contactId: wang.id }));
  await t.call('bookings.create', booking(room.id, '2026-12-01T12:00', '2026-12-01T13:00', { audienceId: residents.id, title: '午间自修', organisationId: xianda.id, overrideReason: '测试' }));
  const r = await t.call('closures.save', { closure: { siteId: site.id, firstDay: '2026-12-01', lastDay: '2026-12-03', reason: '消防检查' } });
  const hits = r.hits.map((b: { title: string; spaceName: string; contactName: string | null; contactPhone: string | null; organisationName: string | null }) => [
    b.title,
    b.spaceName,
    b.contactName,
    b.contactPhone,
    b.organisationName,
  ]);
  expect(hits).toEqual(
    expect.arrayContaining([
      ['布艺手作课', '阅读自修区', '王女士', '13800131234', null],
      ['午间自修', '阅读自修区', null, null, '上外贤达经济人文学院'],
    ]),
  );

  const facts = { place: '测试驿站', firstDay: '2026-12-01', lastDay: '2026-12-03', reason: '消防检查' };
  expect(noticeText(words('zh-CN'), facts, r.hits).split('\n')).toEqual([
    '【闭馆通知】测试驿站 2026-12-01 至 2026-12-03 闭馆（消防检查），以下 2 个预约受影响：',
    '2026-12-01 周二 12:00–13:00 · 阅读自修区 · 午间自修 · 无联系人 · 上外贤达经济人文学院',
    '2026-12-02 周三 09:00–10:00 · 阅读自修区 · 布艺手作课 · 王女士 13800131234',
  ]);
  const en = noticeText(words('en'), facts, r.hits).split('\n');
  expect(en[0]).toBe('[Closure] 测试驿站 is closed 2026-12-01 to 2026-12-03 (消防检查). Bookings affected: 2');
  expect(en[2]).toBe('2026-12-02 Wed 09:00–10:00 · 阅读自修区 · 布艺手作课 · 王女士 13800131234');
});
