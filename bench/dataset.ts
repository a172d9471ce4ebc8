/**
 * The shape of the benchmark's subdistrict: 30 sites (24 residents' committees and
 * six hubs), 100 spaces, the demo's audiences, 60 organisations, names for contacts
 * and titles for bookings. Only shapes and words live here; generator.ts rolls the dice.
 */
import type { OpeningHours, Space } from '../electron/shared/domain';
import { DEMO_AUDIENCES, DEMO_ORGANISATIONS } from '../electron/main/services/demo/data';

export const SITE_COUNT = 30;
export const SPACE_COUNT = 100;
export const ORGANISATION_COUNT = 60;
export const CONTACT_COUNT = 20_000;

/** Five years of bookings, reaching half a year past the benchmark's "today". */
export const DATA_FROM = '2022-06-01';
export const DATA_TO = '2027-06-01'; // exclusive
export const TODAY = '2026-11-23';
export const NOW = `${TODAY}T09:00`;

/** Every space keeps its last Sunday hour free, so a standing series can always be saved there. */
export const FREE_SUNDAY_MINUTES = 60;

const COMMITTEES = [
  '曲一', '曲二', '曲三', '曲四', '曲五', '曲六', '玉田', '东体', '赤峰', '运光', '银联', '新赤',
  '凉城', '广灵', '同心', '政院', '虹仪', '三门', '林泉', '甜爱', '物华', '水电', '大连西', '中山北',
];
const HUBS = [
  '曲苑·畅叙堂', '书香曲阳社区文化会客厅', '城区更新青年参与中心', '曲阳社区体育中心', '铭庭小区篮球场', '玉田体育公园',
];

export type SpaceTemplate = Pick<
  Space,
  'name' | 'kind' | 'capacity' | 'mode' | 'minBookingMinutes' | 'maxBookingMinutes' | 'bufferMinutes' | 'needsApproval'
> & { open: string; close: string; court?: 'whole' | 'half' };

const t = (
  name: string,
  kind: Space['kind'],
  capacity: number,
  mode: Space['mode'],
  extra: Partial<SpaceTemplate> = {},
): SpaceTemplate => ({
  name,
  kind,
  capacity,
  mode,
  minBookingMinutes: 30,
  maxBookingMinutes: 240,
  bufferMinutes: 0,
  needsApproval: false,
  open: '08:00',
  close: '21:00',
  ...extra,
});

const STATION = [
  t('活动室', 'room', 20, 'exclusive'),
  t('会客厅', 'parlour', 30, 'shared'),
  t('阅览室', 'reading_room', 16, 'shared', { open: '09:00', close: '20:00' }),
];
const HUB = [
  t('多功能厅', 'hall', 80, 'exclusive', { bufferMinutes: 30, minBookingMinutes: 60, needsApproval: true }),
  t('烘焙区', 'kitchen', 12, 'exclusive', { bufferMinutes: 30, minBookingMinutes: 60, open: '09:00', close: '20:00' }),
  t('议事厅', 'room', 24, 'exclusive'),
  t('青年活动室', 'room', 16, 'exclusive'),
  t('共享会客厅', 'parlour', 50, 'shared'),
  t('书房', 'reading_room', 40, 'shared'),
  t('健康小屋', 'station', 8, 'exclusive', { bufferMinutes: 15 }),
];
const COURT = [
  t('全场', 'court', 20, 'exclusive', { open: '06:00', close: '22:00', minBookingMinutes: 60, court: 'whole' }),
  t('半场A', 'court', 10, 'exclusive', { open: '06:00', close: '22:00', minBookingMinutes: 60, court: 'half' }),
  t('半场B', 'court', 10, 'exclusive', { open: '06:00', close: '22:00', minBookingMinutes: 60, court: 'half' }),
];

export interface SiteShape {
  name: string;
  spaces: SpaceTemplate[];
}

/** 24 committees x 3 spaces, 3 hubs with 6-7 rooms, 3 courts of a whole and two halves = 100 spaces. */
export function siteShapes(): SiteShape[] {
  const sites: SiteShape[] = COMMITTEES.map((c) => ({ name: `${c}居民区市民驿站`, spaces: STATION }));
  sites.push({ name: HUBS[0], spaces: HUB.slice(0, 6) }, { name: HUBS[1], spaces: HUB.slice(0, 6) }, { name: HUBS[2], spaces: HUB });
  for (const name of HUBS.slice(3)) sites.push({ name, spaces: COURT });
  return sites;
}

export function openingHours(s: SpaceTemplate): OpeningHours[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: s.open, close: s.close }));
}

export const AUDIENCES = DEMO_AUDIENCES;
/** Relative frequency of each audience among one-off bookings (same order as AUDIENCES). */
export const AUDIENCE_WEIGHTS = [40, 20, 12, 10, 4, 10, 4];

const ORG_KINDS = ['school', 'university', 'volunteer', 'sports', 'community', 'company'] as const;
const ORG_SUFFIX: Record<(typeof ORG_KINDS)[number], string> = {
  school: '小学',
  university: '学院社会实践队',
  volunteer: '志愿者服务队',
  sports: '运动队',
  community: '兴趣社',
  company: '党支部',
};

/** The demo's partner groups first, then one group per committee and kind until there are 60. */
export function organisationNames(): { name: string; kind: string }[] {
  const out: { name: string; kind: string }[] = DEMO_ORGANISATIONS.map((o) => ({ name: o.name, kind: o.kind }));
  for (let i = 0; out.length < ORGANISATION_COUNT; i++) {
    const kind = ORG_KINDS[i % ORG_KINDS.length];
    out.push({ name: `${COMMITTEES[i % COMMITTEES.length]}${ORG_SUFFIX[kind]}`, kind });
  }
  return out;
}

export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
export const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红梅鑫斌宇浩凯健俊帆帆琳晨欣怡佳琪子涵雨轩浩然梓萱一诺'.split('');

/** Booking titles per audience (same order as AUDIENCES). */
export const TITLES: readonly (readonly string[])[] = [
  ['居民议事会', '楼组长例会', '手工编织', '书法练习', '合唱排练', '插花体验', '亲子阅读', '社区电影'],
  ['太极拳', '老年人健康讲座', '为老理发', '智能手机课', '沪剧沙龙', '健康检测'],
  ['课后托管', '科普小课堂', '社会实践', '英语角', '志愿服务培训'],
  ['家长沙龙', '亲子烘焙', '育儿讲座', '绘本共读'],
  ['科研交流会', '学术沙龙', '读书会'],
  ['党员学习', '共建活动', '篮球训练', '足球训练', '团队例会'],
  ['值班交接', '场地维护', '工作例会'],
];
