/**
 * The demo subdistrict, drawn from two news reports on Hongkou district (曲阳路街道
 * and 嘉兴路街道). Places, groups and habits are real; people and phone numbers are
 * invented (phone numbers use the reserved 1380013xxxx test range).
 */
import type { OpeningHours, SpaceInput } from '../../../shared/domain';

const every = (open: string, close: string, days = [1, 2, 3, 4, 5, 6, 7]): OpeningHours[] =>
  days.map((weekday) => ({ weekday, open, close }));

export const DEMO_AUDIENCES = [
  { key: 'residents', name: '居民', nameEn: 'Residents', color: '#4e79a7' },
  { key: 'elders', name: '老年人', nameEn: 'Elders', color: '#f28e2b' },
  { key: 'students', name: '师生', nameEn: 'Teachers & students', color: '#59a14f' },
  { key: 'parents', name: '家长', nameEn: 'Parents', color: '#e15759' },
  { key: 'researchers', name: '科研人员', nameEn: 'Researchers', color: '#76b7b2' },
  { key: 'partners', name: '合作单位', nameEn: 'Partner organisations', color: '#b07aa1' },
  { key: 'staff', name: '工作人员', nameEn: 'Staff', color: '#9c755f' },
] as const;
export type AudienceKey = (typeof DEMO_AUDIENCES)[number]['key'];

export const DEMO_ORGANISATIONS = [
  { key: 'xinbeijiao', name: '新北郊中学', nameEn: 'Xinbeijiao Middle School', kind: 'school' },
  { key: 'sisu', name: '上海外国语大学', nameEn: 'Shanghai International Studies University', kind: 'university' },
  { key: 'xianda', name: '上外贤达经济人文学院', nameEn: 'SISU Xianda College of Economics and Humanities', kind: 'university' },
  { key: 'sitp', name: '中科院上海技术物理研究所', nameEn: 'Shanghai Institute of Technical Physics, CAS', kind: 'research' },
  { key: 'shu', name: '上海大学', nameEn: 'Shanghai University', kind: 'university' },
  { key: 'football', name: '社区足球队', nameEn: 'Community football team', kind: 'sports' },
  { key: 'basketball', name: '社区篮球队', nameEn: 'Community basketball team', kind: 'sports' },
  { key: 'english', name: '英语角', nameEn: 'English Corner', kind: 'community' },
  { key: 'oldpartners', name: '老伙伴志愿者', nameEn: 'Old Partners volunteers', kind: 'volunteer' },
  { key: 'barbers', name: '为老公益理发团队', nameEn: 'Free haircuts for elders team', kind: 'volunteer' },
  { key: 'vanguard', name: '曲二在职党员先锋队', nameEn: 'Qu Er working Party members vanguard', kind: 'volunteer' },
  { key: 'bakers', name: '瑞一烘焙爱好者', nameEn: 'Ruiyi baking club', kind: 'community' },
  { key: 'designers', name: '铭庭居民设计师', nameEn: 'Mingting resident designers', kind: 'community' },
] as const;
export type OrganisationKey = (typeof DEMO_ORGANISATIONS)[number]['key'];

type DemoSpace = Omit<SpaceInput, 'siteId' | 'parentId'> & { key: string; parent?: string };

export const DEMO_SITES: {
  name: string;
  nameEn: string;
  address: string;
  /** As printed on English timetables. */
  addressEn: string;
  phone: string;
  spaces: DemoSpace[];
}[] = [
  {
    name: '曲苑·畅叙堂',
    nameEn: 'Quyuan Changxu Hall',
    address: '虹口区曲阳路街道 曲一居民区 曲苑内',
    addressEn: 'Quyuan, Quyi Neighbourhood, Quyang Road Subdistrict, Hongkou District',
    phone: '021-65550101',
    spaces: [
      { key: 'changxu', name: '畅叙堂', nameEn: 'Changxu Hall', kind: 'parlour', capacity: 40, amenities: ['投影仪', '音响', '展板'], openingHours: every('08:30', '21:00'), slotMinutes: 30, minBookingMinutes: 60, maxBookingMinutes: 240, bufferMinutes: 15, mode: 'exclusive', color: '#4e79a7' },
    ],
  },
  {
    name: '初心驿站',
    nameEn: 'Chuxin Station',
    address: '虹口区曲阳路街道 曲二居民区 西南小区门卫室',
    addressEn: 'Gatehouse of Xinan Estate, Qu\'er Neighbourhood, Quyang Road Subdistrict, Hongkou District',
    phone: '021-65550202',
    spaces: [
      { key: 'saturday', name: '周六议事厅', nameEn: 'Saturday Council Room', kind: 'room', capacity: 20, amenities: ['白板', '茶水'], openingHours: every('08:00', '20:00'), slotMinutes: 30, minBookingMinutes: 30, maxBookingMinutes: 180, bufferMinutes: 0, mode: 'exclusive', color: '#e15759', needsApproval: true },
      { key: 'health', name: '老年人健康小屋', nameEn: 'Elders Health Hut', kind: 'room', capacity: 6, amenities: ['血压计', '理发椅'], openingHours: every('08:30', '17:00', [1, 2, 3, 4, 5, 6]), slotMinutes: 30, minBookingMinutes: 30, maxBookingMinutes: 120, bufferMinutes: 0, mode: 'shared', color: '#f28e2b' },
      { key: 'youth', name: '青年活动室', nameEn: 'Youth Activity Room', kind: 'room', capacity: 16, amenities: ['投影仪', 'Wi-Fi'], openingHours: every('09:00', '22:00'), slotMinutes: 30, minBookingMinutes: 60, maxBookingMinutes: 240, bufferMinutes: 0, mode: 'exclusive', color: '#59a14f' },
      { key: 'relay', name: '户外职工接力站', nameEn: 'Outdoor Workers Relay Point', kind: 'station', capacity: 12, amenities: ['饮水', '微波炉', '充电'], openingHours: every('07:00', '22:00'), slotMinutes: 30, minBookingMinutes: 30, maxBookingMinutes: 120, bufferMinutes: 0, mode: 'shared', color: '#76b7b2' },
    ],
  },
  {
    name: '书香曲阳社区文化会客厅',
    nameEn: 'Shuxiang Quyang Community Culture Parlour',
    address: '虹口区曲阳路街道 玉田路',
    addressEn: 'Yutian Road, Quyang Road Subdistrict, Hongkou District',
    phone: '021-65550303',
    spaces: [
      { key: 'reading', name: '阅读自修区', nameEn: 'Reading & Study Area', kind: 'reading_room', capacity: 30, amenities: ['书架', 'Wi-Fi', '插座'], openingHours: every('08:00', '21:30'), slotMinutes: 30, minBookingMinutes: 60, maxBookingMinutes: 240, bufferMinutes: 0, mode: 'shared', color: '#59a14f' },
      { key: 'roadshow', name: '路演厅', nameEn: 'Roadshow Hall', kind: 'hall', capacity: 60, amenities: ['投影仪', '音响', '话筒'], openingHours: every('08:30', '21:30'), slotMinutes: 30, minBookingMinutes: 60, maxBookingMinutes: 240, bufferMinutes: 30, mode: 'exclusive', color: '#b07aa1' },
      { key: 'meeting', name: '会议室', nameEn: 'Meeting Room', kind: 'room', capacity: 12, amenities: ['白板', '电视'], openingHours: every('08:30', '21:30'), slotMinutes: 30, minBookingMinutes: 30, maxBookingMinutes: 180, bufferMinutes: 0, mode: 'exclusive', color: '#9c755f' },
      { key: 'light', name: '轻食吧', nameEn: 'Light Meal Bar', kind: 'kitchen', capacity: 20, amenities: ['冰箱', '微波炉'], openingHours: every('10:00', '20:00'), slotMinutes: 30, minBookingMinutes: 30, maxBookingMinutes: 120, bufferMinutes: 0, mode: 'shared', color: '#edc948' },
    ],
  },
  {
    name: '城区更新青年参与中心',
    nameEn: 'Urban Renewal Youth Participation Centre',
    address: '虹口区曲阳路街道 玉田路',
    addressEn: 'Yutian Road, Quyang Road Subdistrict, Hongkou District',
    phone: '021-65550404',
    spaces: [
      { key: 'workshop', name: '共创工作坊', nameEn: 'Co-creation Workshop', kind: 'room', capacity: 24, amenities: ['白板', '投影仪', '模型台'], openingHours: every('09:00', '21:00'), slotMinutes: 30, minBookingMinutes: 60, maxBookingMinutes: 240, bufferMinutes: 15, mode: 'exclusive', color: '#ff9da7' },
    ],
  },
  {
    name: '瑞虹共享会客厅',
    nameEn: 'Ruihong Shared Parlour',
    address: '虹口区嘉兴路街道 瑞一居民区',
    addressEn: 'Ruiyi Neighbourhood, Jiaxing Road Subdistrict, Hongkou District',
    phone: '021-65550505',
    spaces: [
      { key: 'ruihong', name: '共享会客厅', nameEn: 'Shared Parlour', kind: 'parlour', capacity: 30, amenities: ['投影仪', '钢琴', 'Wi-Fi'], openingHours: every('09:00', '21:30'), slotMinutes: 30, minBookingMinutes: 60, maxBookingMinutes: 240, bufferMinutes: 15, mode: 'exclusive', color: '#4e79a7' },
      { key: 'baking', name: '烘焙区', nameEn: 'Baking Corner', kind: 'kitchen', capacity: 10, amenities: ['烤箱', '冰箱', '操作台'], openingHours: every('09:00', '21:00'), slotMinutes: 30, minBookingMinutes: 60, maxBookingMinutes: 240, bufferMinutes: 30, mode: 'exclusive', color: '#f28e2b' },
    ],
  },
  {
    name: '铭庭小区篮球场',
    nameEn: 'Mingting Basketball Court',
    address: '虹口区嘉兴路街道 安丘居民区 铭庭小区',
    addressEn: 'Mingting Estate, Anqiu Neighbourhood, Jiaxing Road Subdistrict, Hongkou District',
    phone: '021-65550606',
    spaces: [
      { key: 'court', name: '半场篮球场（全场）', nameEn: 'Half court (whole)', kind: 'court', capacity: 20, amenities: ['篮架', '照明'], openingHours: every('07:00', '21:00'), slotMinutes: 60, minBookingMinutes: 60, maxBookingMinutes: 180, bufferMinutes: 0, mode: 'exclusive', color: '#e15759' },
      { key: 'courtEast', parent: 'court', name: '东侧投篮区', nameEn: 'East shooting area', kind: 'court', capacity: 10, amenities: ['篮架'], openingHours: every('07:00', '21:00'), slotMinutes: 60, minBookingMinutes: 60, maxBookingMinutes: 120, bufferMinutes: 0, mode: 'exclusive', color: '#ff9da7' },
      { key: 'courtWest', parent: 'court', name: '西侧练习区', nameEn: 'West practice area', kind: 'court', capacity: 10, amenities: [], openingHours: every('07:00', '21:00'), slotMinutes: 60, minBookingMinutes: 60, maxBookingMinutes: 120, bufferMinutes: 0, mode: 'exclusive', color: '#bab0ac' },
    ],
  },
  {
    name: '市民驿站嘉兴路街道第一分站',
    nameEn: 'Jiaxing Road Citizen Station, Branch 1',
    address: '虹口区嘉兴路街道',
    addressEn: 'Jiaxing Road Subdistrict, Hongkou District',
    phone: '021-65550707',
    spaces: [
      { key: 'window', name: '多功能活动室', nameEn: 'Multi-purpose Room', kind: 'room', capacity: 25, amenities: ['投影仪', '音响'], openingHours: every('08:30', '21:00'), slotMinutes: 30, minBookingMinutes: 30, maxBookingMinutes: 180, bufferMinutes: 0, mode: 'exclusive', color: '#76b7b2' },
      { key: 'eldercare', name: '托老所活动区', nameEn: 'Day-care Activity Area', kind: 'room', capacity: 15, amenities: ['适老座椅', '电视'], openingHours: every('08:00', '17:00', [1, 2, 3, 4, 5]), slotMinutes: 30, minBookingMinutes: 30, maxBookingMinutes: 180, bufferMinutes: 0, mode: 'shared', color: '#f28e2b' },
      { key: 'party', name: '党建工作站', nameEn: 'Party Building Workstation', kind: 'station', capacity: 15, amenities: ['白板'], openingHours: every('08:30', '17:30', [1, 2, 3, 4, 5, 6]), slotMinutes: 30, minBookingMinutes: 30, maxBookingMinutes: 180, bufferMinutes: 0, mode: 'exclusive', color: '#b07aa1' },
    ],
  },
];

export const DEMO_CONTACTS = [
  { name: '沈明', phone: '13800138001', org: 'football' as OrganisationKey | null, note: '瑞一居委会兼职副主任' },
  { name: '金真', phone: '13800138002', org: 'designers' as OrganisationKey | null, note: '安丘居民区兼职副书记' },
  { name: '王阿姨', phone: '13800138003', org: 'oldpartners' as OrganisationKey | null, note: '' },
  { name: '李老师', phone: '13800138004', org: 'xinbeijiao' as OrganisationKey | null, note: '' },
  { name: '陈博士', phone: '13800138005', org: 'sitp' as OrganisationKey | null, note: '' },
  { name: '张同学', phone: '13800138006', org: 'xianda' as OrganisationKey | null, note: '' },
  { name: 'Emily Carter', phone: '13800138007', org: 'english' as OrganisationKey | null, note: 'English Corner host' },
  { name: '刘师傅', phone: '13800138008', org: 'barbers' as OrganisationKey | null, note: '' },
  { name: '赵女士', phone: '13800138009', org: 'bakers' as OrganisationKey | null, note: '' },
  { name: '周先生', phone: '13800138010', org: null, note: '曲二居民' },
  { name: '吴教授', phone: '13800138011', org: 'shu' as OrganisationKey | null, note: '菜场改造调研' },
  { name: '孙老师', phone: '13800138012', org: 'sisu' as OrganisationKey | null, note: '' },
];

/**
 * A typical week, as (weekday, start, end, space, title, audience, organisation, head count).
 * Repeated for the current and next week so the first screen is alive.
 */
export const DEMO_WEEK: {
  weekday: number;
  start: string;
  end: string;
  space: string;
  title: string;
  audience: AudienceKey;
  org?: OrganisationKey;
  contact?: string;
  heads: number;
}[] = [
  { weekday: 6, start: '09:30', end: '11:30', space: 'saturday', title: '周六议事厅', audience: 'residents', org: 'vanguard', heads: 18 },
  { weekday: 2, start: '09:00', end: '11:00', space: 'health', title: '为老公益理发', audience: 'elders', org: 'barbers', contact: '刘师傅', heads: 4 },
  { weekday: 4, start: '09:00', end: '10:30', space: 'health', title: '血压测量', audience: 'elders', org: 'oldpartners', contact: '王阿姨', heads: 5 },
  { weekday: 3, start: '14:00', end: '16:00', space: 'eldercare', title: '老伙伴志愿者例会', audience: 'elders', org: 'oldpartners', contact: '王阿姨', heads: 12 },
  { weekday: 1, start: '08:30', end: '11:30', space: 'reading', title: '居民晨读', audience: 'residents', heads: 10 },
  { weekday: 1, start: '12:00', end: '13:30', space: 'reading', title: '新北郊中学午间自修', audience: 'students', org: 'xinbeijiao', contact: '李老师', heads: 18 },
  { weekday: 3, start: '12:00', end: '13:30', space: 'reading', title: '上外学生自修', audience: 'students', org: 'sisu', contact: '孙老师', heads: 12 },
  { weekday: 2, start: '19:00', end: '21:00', space: 'roadshow', title: '科研沙龙：红外遥感漫谈', audience: 'researchers', org: 'sitp', contact: '陈博士', heads: 35 },
  { weekday: 4, start: '12:00', end: '13:30', space: 'roadshow', title: '贤达学院创业路演', audience: 'students', org: 'xianda', contact: '张同学', heads: 40 },
  { weekday: 5, start: '18:30', end: '20:30', space: 'meeting', title: '家长读书会', audience: 'parents', heads: 10 },
  { weekday: 3, start: '19:00', end: '21:00', space: 'workshop', title: '社区菜场改造座谈', audience: 'partners', org: 'shu', contact: '吴教授', heads: 20 },
  { weekday: 5, start: '14:00', end: '16:00', space: 'changxu', title: '专题展览导览', audience: 'residents', heads: 25 },
  { weekday: 2, start: '18:30', end: '20:30', space: 'changxu', title: '民事民议 议事会', audience: 'residents', org: 'vanguard', heads: 30 },
  { weekday: 4, start: '19:00', end: '20:30', space: 'ruihong', title: '英语角 English Corner', audience: 'residents', org: 'english', contact: 'Emily Carter', heads: 22 },
  { weekday: 6, start: '14:00', end: '16:00', space: 'ruihong', title: '学雷锋故事分享会', audience: 'parents', heads: 26 },
  { weekday: 6, start: '10:00', end: '12:00', space: 'baking', title: '烘焙活动：蛋挞', audience: 'residents', org: 'bakers', contact: '赵女士', heads: 8 },
  { weekday: 3, start: '18:30', end: '20:30', space: 'baking', title: '“80后为80后做饭”试做', audience: 'elders', heads: 6 },
  { weekday: 2, start: '18:00', end: '20:00', space: 'court', title: '社区篮球队训练', audience: 'partners', org: 'basketball', heads: 12 },
  { weekday: 7, start: '09:00', end: '11:00', space: 'courtEast', title: '青少年投篮练习', audience: 'students', heads: 8 },
  { weekday: 7, start: '16:00', end: '18:00', space: 'court', title: '社区足球队体能训练', audience: 'partners', org: 'football', contact: '沈明', heads: 16 },
  { weekday: 5, start: '19:00', end: '21:00', space: 'window', title: '嘉园夜话', audience: 'residents', heads: 20 },
  { weekday: 1, start: '09:30', end: '11:00', space: 'party', title: '党建工作例会', audience: 'staff', heads: 10 },
  { weekday: 3, start: '19:00', end: '21:00', space: 'youth', title: '青年桌游夜', audience: 'residents', heads: 12 },
  { weekday: 6, start: '14:00', end: '17:00', space: 'workshop', title: '居民设计师比稿', audience: 'residents', org: 'designers', contact: '金真', heads: 14 },
  { weekday: 1, start: '12:00', end: '13:00', space: 'relay', title: '户外职工午间休息', audience: 'residents', heads: 8 },
];
