/**
 * English mode's names: the demo has English for every place and group, amenities typed
 * in either language are one amenity, every holiday that comes with the app has an
 * English name, and counts are said with i18next's plural forms ("1 page", "2 pages").
 */
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AMENITIES, amenityLabel, canonicalAmenity } from '../../electron/shared/amenities';
import { holidayNameKey } from '../../renderer/src/components/holidayName';
import { parseHolidayNotice } from '../../renderer/src/features/plans/holidayNotice';
import { testBackend, type TestBackend } from '../helpers/backend';
import { allWeek, siteWithSpace } from '../helpers/fixtures';
import { loadTranslations, type Tree } from '../helpers/i18n';

const load = loadTranslations;
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

describe('the demo in English', () => {
  let t: TestBackend;
  beforeEach(async () => {
    t = await testBackend({ demoData: true });
  });
  afterEach(async () => {
    await t.close();
  });

  it('has an English name for every site, space, audience and organisation, an English address for every site, and only known amenities', async () => {
    const sites = await t.call('sites.list', {});
    const spaces = await t.call('spaces.list', {});
    const audiences = await t.call('audiences.list', {});
    const organisations = await t.call('organisations.list', {});
    for (const list of [sites, spaces, audiences, organisations] as { name: string; nameEn: string }[][]) {
      expect(list.length).toBeGreaterThan(5);
      expect(list.filter((e) => !e.nameEn.trim()).map((e) => e.name)).toEqual([]);
    }
    expect(sites.filter((s: { addressEn: string }) => !s.addressEn).length).toBe(0);
    const amenities = [...new Set(spaces.flatMap((s: { amenities: string[] }) => s.amenities))] as string[];
    expect(amenities.length).toBeGreaterThan(15);
    const known = new Set(AMENITIES.map((a) => a.zh));
    expect(amenities.filter((a) => !known.has(a))).toEqual([]);
    expect(amenities.map((a) => amenityLabel(a, 'en'))).toEqual(expect.arrayContaining(['Projector', 'Oven', 'Piano', 'Basketball hoops']));
  });

  it('names every holiday that comes with the app in English', async () => {
    const names = new Set<string>();
    for (let year = 2004; year <= 2026; year++) {
      for (const d of await t.call('calendarDays.list', { year })) if (d.kind === 'holiday' && d.name) names.add(d.name);
    }
    expect(names.size).toBeGreaterThanOrEqual(7);
    const en = i18next.createInstance();
    await en.init({ lng: 'en', resources: { en: { translation: load('en') } } });
    const unnamed = [...names].filter((n) => !holidayNameKey(n) || !/^[\x20-\x7e]+$/.test(en.t(holidayNameKey(n)!)));
    expect(unnamed).toEqual([]);
    expect(en.t(holidayNameKey('国庆节')!)).toBe('National Day');
  });
});

describe('amenities typed in either language', () => {
  let t: TestBackend;
  beforeEach(async () => {
    t = await testBackend();
  });
  afterEach(async () => {
    await t.close();
  });

  it('are stored once under the Chinese name; one the app does not know is kept as typed', async () => {
    const { site, space } = await siteWithSpace(t, { name: '路演厅', amenities: ['projector', '投影仪', ' Piano ', '桑拿'] });
    expect(space.amenities).toEqual(['投影仪', '钢琴', '桑拿']);
    expect((await t.call('spaces.get', { id: space.id })).amenities).toEqual(['投影仪', '钢琴', '桑拿']);
    // The desk's filter finds it by either name.
    await t.call('spaces.save', { siteId: site.id, name: '会议室', kind: 'room', capacity: 10, openingHours: allWeek, amenities: ['白板'] });
    const find = (amenities: string[]) =>
      t.call('desk.findSlots', { siteId: site.id, from: '2026-11-24', to: '2026-11-25', durationMinutes: 60, headCount: 2, amenities });
    const byChinese = await find(['投影仪']);
    const byEnglish = await find(['Projector']);
    expect(byChinese.length).toBeGreaterThan(0);
    expect(new Set(byEnglish.map((s: { spaceName: string }) => s.spaceName))).toEqual(new Set(['路演厅']));
    expect(byEnglish).toEqual(byChinese);
  });

  it('reads back a known name in either language', () => {
    expect(canonicalAmenity('Sound System')).toBe('音响');
    // The import template's English example.
    expect('projector, speakers'.split(',').map(canonicalAmenity)).toEqual(['投影仪', '音响']);
    expect(amenityLabel('音响', 'en')).toBe('Sound system');
    expect(amenityLabel('音响', 'zh')).toBe('音响');
    expect(amenityLabel('Sauna', 'en')).toBe('Sauna');
  });
});

describe('counts in English', () => {
  it('every plural has its singular and plural form in both languages, and says "1 page" and "2 pages"', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const all = new Set(keys(load(lang)));
      const ones = [...all].filter((k) => k.endsWith('_one'));
      expect(ones.length).toBeGreaterThan(20);
      expect(ones.filter((k) => !all.has(k.replace(/_one$/, '_other')))).toEqual([]);
    }
    const en = i18next.createInstance();
    await en.init({ lng: 'en', resources: { en: { translation: load('en') } } });
    expect(en.t('print.pages', { count: 1 })).toBe('1 page');
    expect(en.t('print.pages', { count: 2 })).toBe('2 pages');
    expect(en.t('desk.people', { count: 1 })).toBe('1 person');
    expect(en.t('spaces.daysAWeek', { count: 7 })).toBe('7 days/week');
    expect(en.t('plans.ruleCount', { count: 1 })).toBe('once');
    const zh = i18next.createInstance();
    await zh.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: load('zh-CN') } } });
    expect(zh.t('print.pages', { count: 1 })).toBe('共 1 页');
  });

  it('the English example of a holiday notice reads as the Chinese one does', () => {
    const en = parseHolidayNotice(["2027-01-01 New Year's Day", '2027-02-06 – 2027-02-12 Spring Festival', '2027-02-20 make-up Thu'].join('\n'), 2027);
    const zh = parseHolidayNotice(['2027-01-01 元旦', '2027-02-06 至 2027-02-12 春节', '2027-02-20 补班 周四'].join('\n'), 2027);
    expect(en.errors).toEqual([]);
    expect(en.days.map((d) => [d.date, d.kind])).toEqual(zh.days.map((d) => [d.date, d.kind]));
  });
});
