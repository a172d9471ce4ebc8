import fs from 'node:fs';
import path from 'node:path';
import { ENTITIES } from '../../electron/main/services/not-found';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend';
import { loadTranslations, type Tree } from '../helpers/i18n';

describe('demo data', () => {
  it('fills a new database with the places, audiences and groups of the seeds, and a lived-in fortnight', async () => {
    const t = await testBackend({ demoData: true });
    const sites = (await t.call('sites.list', {})).map((s: { name: string }) => s.name);
    expect(sites).toEqual(
      expect.arrayContaining(['曲苑·畅叙堂', '初心驿站', '书香曲阳社区文化会客厅', '城区更新青年参与中心', '瑞虹共享会客厅', '铭庭小区篮球场', '市民驿站嘉兴路街道第一分站']),
    );
    const spaces = (await t.call('spaces.list', {})).map((s: { name: string }) => s.name);
    expect(spaces).toEqual(expect.arrayContaining(['周六议事厅', '老年人健康小屋', '青年活动室', '户外职工接力站', '烘焙区']));
    const orgs = (await t.call('organisations.list', {})).map((o: { name: string }) => o.name);
    expect(orgs).toEqual(expect.arrayContaining(['新北郊中学', '上海外国语大学', '上外贤达经济人文学院', '中科院上海技术物理研究所', '上海大学', '社区足球队', '社区篮球队', '英语角', '老伙伴志愿者', '为老公益理发团队']));
    const audiences = (await t.call('audiences.list', {})).map((a: { name: string }) => a.name);
    expect(audiences).toEqual(expect.arrayContaining(['居民', '老年人', '师生', '家长', '科研人员', '合作单位']));
    // "Now" is Monday 2026-11-23: this week and next are booked.
    const thisWeek = await t.call('bookings.range', { from: '2026-11-23', to: '2026-11-30' });
    const nextWeek = await t.call('bookings.range', { from: '2026-11-30', to: '2026-12-07' });
    expect(thisWeek.length).toBeGreaterThan(20);
    expect(nextWeek.length).toBe(thisWeek.length);
    await t.close();
  });

  it('is only added to a brand-new database', async () => {
    const t = await testBackend({ demoData: true });
    const count = (await t.call('sites.list', {})).length;
    await t.close();
    const again = await testBackend({ demoData: true, target: t.target });
    expect((await again.call('sites.list', {})).length).toBe(count);
    await again.close();
  });
});

describe('translations', () => {
  function keys(tree: Tree, prefix = ''): string[] {
    return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
  }
  const load = loadTranslations;

  it('English has every key Chinese has, and the other way round', () => {
    const zh = keys(load('zh-CN')).sort();
    const en = keys(load('en')).sort();
    expect(en.filter((k) => !zh.includes(k))).toEqual([]);
    expect(zh.filter((k) => !en.includes(k))).toEqual([]);
  });

  it('every error code the back end can raise has a message', () => {
    const zh = new Set(keys(load('zh-CN')));
    const source = fs
      .readdirSync('electron/main', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => fs.readFileSync(path.join('electron/main', f), 'utf8'))
      .join('\n');
    const codes = [...source.matchAll(/new AppError\(\s*'[a-z_]+',\s*'([a-z_.]+)'/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(5);
    expect(codes.filter((c) => !zh.has(`errors.${c}`))).toEqual([]);
    // Not-found codes are built from the record's kind at run time.
    expect(ENTITIES.filter((e) => !zh.has(`errors.${e}.not_found`))).toEqual([]);
  });
});
