/**
 * Spaces (场地) of sites that exist: kind, capacity, amenities, opening days and hours,
 * slot, shortest and longest booking, turnover buffer, exclusive or shared, approval,
 * and the whole space a half belongs to (above it in the file, or already there). The
 * same name in the same site repeats a space: skip or update (an update that would put
 * bookings to come in a clash is refused, as in the form).
 */
import type { Kysely } from 'kysely';
import { SPACE_KINDS, SPACE_MODES, spaceInput, type Space } from '../../../../shared/domain';
import { listSites } from '../../../db/repos/sites';
import { findSpace, insertSpace, listSpaces, updateSpace } from '../../../db/repos/spaces';
import type { DB } from '../../../db/schema';
import { audit, type ServiceContext } from '../../context';
import { checkParent, refuseBrokenBookings } from '../../sites/handlers';
import type { TableRow } from '../read/table';
import { parseTime, parseWholeNumber, parseYesNo } from '../read/values';
import { choiceOf, errorProblem, nameKey, RowCheck, zodProblems, type Choices, type ImportKindSpec } from '../rows';

const KIND_WORDS: Record<(typeof SPACE_KINDS)[number], string[]> = {
  parlour: ['会客厅', '畅叙堂', '客厅'],
  station: ['驿站', '站'],
  court: ['球场', '场馆', '篮球场', '足球场'],
  hall: ['大厅', '礼堂', '多功能厅', '议事厅'],
  kitchen: ['厨房', '烘焙区', '烘焙'],
  reading_room: ['阅览室', '图书室', '书房', 'reading room'],
  room: ['活动室', '房间', '教室', '小屋'],
};
const MODE_WORDS: Record<(typeof SPACE_MODES)[number], string[]> = {
  exclusive: ['独享', '独占', '包场', '独用'],
  shared: ['共享', '合用', '拼场'],
};
const WEEKDAY_WORDS = ['一', '二', '三', '四', '五', '六', '日'];

export const spacesKind: ImportKindSpec = {
  columns: [
    { key: 'site', zh: '站点', en: 'Site', required: true },
    { key: 'name', zh: '场地名称', en: 'Name', aliases: ['场地', '名称'], required: true },
    { key: 'nameEn', zh: '英文名称', en: 'English name', aliases: ['英文名'] },
    { key: 'kind', zh: '类型', en: 'Kind', aliases: ['type'], required: true },
    { key: 'capacity', zh: '容量', en: 'Capacity', aliases: ['人数上限', '可容纳人数'], required: true },
    { key: 'amenities', zh: '设施', en: 'Amenities', aliases: ['设备'] },
    { key: 'days', zh: '开放日', en: 'Open days', aliases: ['开放日期'] },
    { key: 'hours', zh: '开放时间', en: 'Opening hours', aliases: ['营业时间', 'hours'] },
    { key: 'slot', zh: '预约单位（分钟）', en: 'Slot (minutes)', aliases: ['时间单位', 'slot'] },
    { key: 'min', zh: '最短（分钟）', en: 'Shortest (minutes)', aliases: ['最短时长'] },
    { key: 'max', zh: '最长（分钟）', en: 'Longest (minutes)', aliases: ['最长时长'] },
    { key: 'buffer', zh: '间隔（分钟）', en: 'Buffer (minutes)', aliases: ['清场时间', 'buffer'] },
    { key: 'mode', zh: '使用方式', en: 'Use', aliases: ['mode'] },
    { key: 'approval', zh: '需审批', en: 'Needs approval', aliases: ['审批', 'approval'] },
    { key: 'parent', zh: '上级场地', en: 'Part of', aliases: ['所属场地', 'parent'] },
  ],
  example: {
    'zh-CN': { site: '初心驿站', name: '青年活动室（示例）', nameEn: 'Youth room', kind: '活动室', capacity: '30', amenities: '投影仪、音响', days: '周一至周日', hours: '09:00-21:00', slot: '30', min: '30', max: '240', buffer: '0', mode: '独享', approval: '否', parent: '' },
    en: { site: '初心驿站', name: '青年活动室（示例）', nameEn: 'Youth room', kind: 'room', capacity: '30', amenities: 'projector, speakers', days: 'Mon-Sun', hours: '09:00-21:00', slot: '30', min: '30', max: '240', buffer: '0', mode: 'exclusive', approval: 'no', parent: '' },
  },
  note: {
    'zh-CN': '说明：站点须已存在；类型填 会客厅、驿站、球场、大厅、厨房、阅览室 或 活动室；开放日如 周一至周五、周一、三、五 或 每天；开放时间如 09:00-21:00；使用方式填 独享 或 共享；半场的「上级场地」填整场名称。本行和示例行不会导入。',
    en: 'Note: the Site must exist; Kind is parlour, station, court, hall, kitchen, reading room or room; Open days like Mon-Fri, Mon, Wed, Fri or daily; Opening hours like 09:00-21:00; Use is exclusive or shared; a half court names its full court under Part of. This line and the example row are not imported.',
  },
};

const EN_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** 每天 / 周一至周五 / 周一、三、五 / Mon-Fri / 1-5 → ISO weekdays. */
export function parseDays(text: string): number[] | null {
  const t = text.replace(/\s+/g, '').toLowerCase().replace(/星期|礼拜/g, '周').replace(/周天/g, '周日');
  if (!t || ['每天', '每日', '全周', 'daily', 'everyday', 'all'].includes(t)) return [1, 2, 3, 4, 5, 6, 7];
  const day = (s: string): number | null => {
    const x = s.replace(/^周/, '');
    if (/^[1-7]$/.test(x)) return Number(x);
    const zh = WEEKDAY_WORDS.indexOf(x === '天' ? '日' : x);
    if (zh >= 0) return zh + 1;
    const en = EN_DAYS.indexOf(x.slice(0, 3));
    return en >= 0 ? en + 1 : null;
  };
  const out = new Set<number>();
  for (const part of t.split(/[、,，;；/和]/)) {
    if (!part) continue;
    const range = part.split(/至|到|~|～|-|—/);
    if (range.length === 2) {
      const a = day(range[0]);
      const b = day(range[1]);
      if (a === null || b === null || a > b) return null;
      for (let d = a; d <= b; d++) out.add(d);
    } else {
      const d = day(part);
      if (d === null) return null;
      out.add(d);
    }
  }
  return [...out].sort();
}

function field(check: RowCheck, column: string, fallback: number, min: number, max: number): number | undefined {
  return check.text(column) ? check.take(column, parseWholeNumber(check.cells[column], min, max)) : fallback;
}

const COLUMN_OF_FIELD = {
  name: 'name', nameEn: 'nameEn', capacity: 'capacity', amenities: 'amenities', openingHours: 'hours', slotMinutes: 'slot',
  minBookingMinutes: 'min', maxBookingMinutes: 'max', bufferMinutes: 'buffer', parentId: 'parent', kind: 'kind', mode: 'mode',
};

export async function importSpaces(ctx: ServiceContext, tx: Kysely<DB>, rows: TableRow[], choices: Choices): Promise<RowCheck[]> {
  const sites = await listSites(tx, true);
  const spaces = await listSpaces(tx, { includeArchived: true });
  const key = (siteId: number, name: string) => `${siteId}|${nameKey(name)}`;
  const known = new Map<string, Space>(spaces.map((s) => [key(s.siteId, s.name), s]));
  const seen = new Map<string, number>();
  const checks: RowCheck[] = [];
  for (const row of rows) {
    const check = new RowCheck(row);
    checks.push(check);
    const siteName = check.text('site');
    const site = sites.find((s) => nameKey(s.name) === nameKey(siteName) || (s.nameEn && nameKey(s.nameEn) === nameKey(siteName)));
    if (!site) check.problem('site', 'import.unknown_site', { name: siteName });
    const kind = choiceOf(KIND_WORDS, check.text('kind'));
    if (!kind) check.problem('kind', 'import.not_a_choice', { text: check.text('kind') });
    const mode = check.text('mode') ? choiceOf(MODE_WORDS, check.text('mode')) : 'exclusive';
    if (!mode) check.problem('mode', 'import.not_a_choice', { text: check.text('mode') });
    const days = parseDays(check.text('days'));
    if (!days) check.problem('days', 'import.not_days', { text: check.text('days') });
    const [openText, closeText] = (check.text('hours') || '09:00-21:00').split(/[-–—~～至到]/);
    const open = check.take('hours', parseTime(openText ?? null));
    const close = check.take('hours', parseTime(closeText ?? null));
    const approval = check.take('approval', parseYesNo(check.cells.approval ?? null));
    const parentName = check.text('parent');
    const parent = site && parentName ? known.get(key(site.id, parentName)) : undefined;
    if (site && parentName && !parent) check.problem('parent', 'import.unknown_parent', { name: parentName });
    const candidate = {
      siteId: site?.id ?? 1,
      parentId: parent?.id ?? null,
      name: check.text('name'),
      nameEn: check.text('nameEn'),
      kind: kind ?? 'room',
      capacity: field(check, 'capacity', 0, 1, 2000),
      amenities: check.text('amenities').split(/[、,，;；/]/).map((a) => a.trim()).filter(Boolean),
      openingHours: open && close ? (days ?? []).map((weekday) => ({ weekday, open, close })) : [],
      slotMinutes: field(check, 'slot', 30, 15, 60),
      minBookingMinutes: field(check, 'min', 30, 15, 1440),
      maxBookingMinutes: field(check, 'max', 240, 15, 1440),
      bufferMinutes: field(check, 'buffer', 0, 0, 240),
      needsApproval: approval ?? false,
      mode: mode ?? 'exclusive',
    };
    const parsed = spaceInput.safeParse(candidate);
    if (!parsed.success) zodProblems(check, parsed.error, COLUMN_OF_FIELD);
    if (!site || !check.ok || !parsed.success) continue;
    const k = key(site.id, candidate.name);
    const earlier = seen.get(k);
    if (earlier !== undefined) {
      check.problem('name', 'import.duplicate_in_file', { line: earlier });
      continue;
    }
    seen.set(k, check.line);
    const same = known.get(k);
    if (same) {
      check.duplicate = { reason: 'name', id: same.id, label: `${site.name} · ${same.name}` };
      check.decide(choices);
      if (check.action === 'skip') continue;
    }
    try {
      const s = parsed.data;
      const rowData = { ...s, parentId: s.parentId, color: same?.color ?? s.color };
      await checkParent(tx, same?.id, rowData);
      let id: number;
      if (same) {
        await updateSpace(tx, same.id, rowData);
        await refuseBrokenBookings(tx, same.id, s.name, ctx.now());
        id = same.id;
      } else {
        id = await insertSpace(tx, rowData);
      }
      const after = (await findSpace(tx, id))!;
      known.set(k, after);
      await audit(ctx, tx, 'import', 'space', id, same, after);
    } catch (e) {
      errorProblem(check, 'name', e);
    }
  }
  return checks;
}
