/**
 * Bookings (预约): one-off bookings, and weekly standing bookings (重复 = 每周, until a
 * date) that become series. Every row passes exactly the rules of a booking made by
 * hand (services/rules through createBooking, and the series preview and save), in
 * file order, so a row also meets the rows above it; a clash names the booking it
 * clashes with. A standing booking skips the holidays and closures in its span (said
 * in the preview), as a coordinator would in the series preview.
 */
import type { Kysely } from 'kysely';
import { seriesInput, type SeriesInput } from '../../../../shared/contract/plans';
import { bookingInput } from '../../../../shared/domain';
import { AppError } from '../../../../shared/errors';
import { addDays, isoWeekday } from '../../../../shared/time';
import { listAudiences } from '../../../db/repos/audiences';
import { listOrganisations } from '../../../db/repos/organisations';
import { listSites } from '../../../db/repos/sites';
import { listSpaces } from '../../../db/repos/spaces';
import type { DB } from '../../../db/schema';
import { createBooking } from '../../bookings/service';
import type { ServiceContext } from '../../context';
import { checkBooking } from '../../rules/facts';
import { occurrenceFields, previewSeries } from '../../series/occurrences';
import { createSeries } from '../../series/series';
import type { TableRow } from '../read/table';
import { parseDate, parseTime, parseWholeNumber, yearOf } from '../read/values';
import { choiceOf, errorProblem, RowCheck, zodProblems, type ImportKindSpec } from '../rows';
import { BookingRefs } from './booking-refs';

export const bookingsKind: ImportKindSpec = {
  columns: [
    { key: 'site', zh: '站点', en: 'Site' },
    { key: 'space', zh: '场地', en: 'Space', aliases: ['场地名称', '房间', 'room'], required: true },
    { key: 'date', zh: '日期', en: 'Date', aliases: ['预约日期', '开始日期', 'start date'], required: true },
    { key: 'start', zh: '开始时间', en: 'Start', aliases: ['开始', '起', 'start time', 'from'], required: true },
    { key: 'end', zh: '结束时间', en: 'End', aliases: ['结束', '止', 'end time', 'to'], required: true },
    { key: 'title', zh: '活动名称', en: 'Title', aliases: ['标题', '活动', '事由', 'activity'], required: true },
    { key: 'contact', zh: '联系人', en: 'Contact', aliases: ['姓名', 'contact name'] },
    { key: 'phone', zh: '电话', en: 'Phone', aliases: ['手机', '联系电话', 'mobile'] },
    { key: 'organisation', zh: '单位', en: 'Organisation', aliases: ['组织', '所属单位', 'organization'] },
    { key: 'audience', zh: '服务对象', en: 'Audience', aliases: ['对象', '人群'] },
    { key: 'headCount', zh: '人数', en: 'People', aliases: ['参加人数', 'head count', 'headcount'] },
    { key: 'repeat', zh: '重复', en: 'Repeat', aliases: ['周期', 'recurrence'] },
    { key: 'until', zh: '重复至', en: 'Until', aliases: ['截止日期', '结束日期', 'repeat until'] },
    { key: 'overrideReason', zh: '例外原因', en: 'Override reason', aliases: ['例外说明'] },
    { key: 'note', zh: '备注', en: 'Note', aliases: ['notes', 'remark'] },
  ],
  example: {
    'zh-CN': { site: '初心驿站', space: '青年活动室', date: '2026-09-02', start: '12:00', end: '13:30', title: '英语角', contact: '王芳', phone: '13800138000', organisation: '英语角', audience: '学生及教师', headCount: '12', repeat: '每周', until: '2027-01-13', overrideReason: '', note: '' },
    en: { site: '初心驿站', space: '青年活动室', date: '2026-09-02', start: '12:00', end: '13:30', title: 'English corner', contact: 'Wang Fang', phone: '13800138000', organisation: '英语角', audience: 'Students and teachers', headCount: '12', repeat: 'weekly', until: '2027-01-13', overrideReason: '', note: '' },
  },
  note: {
    'zh-CN': '说明：场地、日期、开始时间、结束时间、活动名称必填；日期可写 2026-09-01、2026/9/1 或 9月1日；每周固定的预约在「重复」填 每周 并填「重复至」，节假日和闭馆日自动跳过。单位、服务对象须已在系统中；联系人按电话（或姓名）查找，没有则新建。本行和示例行不会导入。',
    en: 'Note: Space, Date, Start, End and Title are required; dates like 2026-09-01, 2026/9/1 or 9月1日; for a standing weekly booking write weekly under Repeat and a date under Until (holidays and closures are skipped). Organisation and Audience must exist; a contact is found by phone (or name) and created if new. This line and the example row are not imported.',
  },
};

const REPEAT_WORDS = { weekly: ['每周', '每星期', '每週', '周', 'weekly', 'every week'], once: ['不重复', '单次', '一次', 'once', 'no'] };
const COLUMN_OF_FIELD = { title: 'title', headCount: 'headCount', note: 'note', overrideReason: 'overrideReason', end: 'end', start: 'start', endTime: 'end', startTime: 'start' };
/** Which column a refusal of the rules is about. */
const COLUMN_OF_CODE: Record<string, string> = { 'booking.over_capacity': 'headCount', 'plans.head_count_cap': 'headCount', 'plans.outside_window': 'audience' };

/** The year 9月1日 means: the most common year among the file's full dates, else this year. */
function contextYear(rows: TableRow[], now: string): number {
  const counts = new Map<number, number>();
  for (const r of rows) {
    for (const k of ['date', 'until']) {
      const y = yearOf(r.cells[k] ?? null);
      if (y) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : Number(now.slice(0, 4));
}

export async function importBookings(ctx: ServiceContext, tx: Kysely<DB>, rows: TableRow[]): Promise<RowCheck[]> {
  const refs = new BookingRefs(ctx, {
    spaces: await listSpaces(tx, { includeArchived: false }),
    sites: await listSites(tx, true),
    organisations: await listOrganisations(tx, true),
    audiences: await listAudiences(tx, true),
  });
  await refs.loadContacts(tx);
  const year = contextYear(rows, ctx.now());
  const checks: RowCheck[] = [];
  for (const row of rows) {
    const check = new RowCheck(row);
    checks.push(check);
    await importRow(ctx, tx, refs, check, year);
  }
  return checks;
}

async function importRow(ctx: ServiceContext, tx: Kysely<DB>, refs: BookingRefs, check: RowCheck, year: number): Promise<void> {
  const space = refs.space(check);
  const date = check.take('date', parseDate(check.cells.date ?? null, year));
  const start = check.take('start', parseTime(check.cells.start ?? null));
  const end = check.take('end', parseTime(check.cells.end ?? null));
  const headCount = check.text('headCount') ? check.take('headCount', parseWholeNumber(check.cells.headCount, 1, 2000)) : 1;
  const organisationId = refs.named(check, 'organisation');
  const audienceId = refs.named(check, 'audience');
  const repeatText = check.text('repeat');
  const repeat = repeatText ? choiceOf(REPEAT_WORDS, repeatText) : 'once';
  if (!repeat) check.problem('repeat', 'import.not_a_choice', { text: repeatText });
  const until = repeat === 'weekly' ? check.take('until', parseDate(check.cells.until ?? null, year)) : undefined;
  if (date && until && until < date) check.problem('until', 'import.until_before_date');
  if (!check.ok || !space || !date || !start || !end || headCount === undefined || organisationId === undefined || audienceId === undefined) return;
  const contactId = await refs.contact(tx, check, organisationId);
  if (contactId === undefined) return;
  const common = { title: check.text('title'), contactId, organisationId, audienceId, headCount, note: check.text('note') };
  if (repeat === 'weekly') {
    const parsed = seriesInput.safeParse({
      ...common,
      spaceId: space.id,
      startTime: start,
      endTime: end,
      rule: { freq: 'weekly', interval: 1, weekdays: [isoWeekday(date)], startDate: date, until },
    });
    if (!parsed.success) return zodProblems(check, parsed.error, COLUMN_OF_FIELD);
    return importSeries(ctx, tx, check, parsed.data);
  }
  const parsed = bookingInput.safeParse({
    ...common,
    spaceId: space.id,
    start: `${date}T${start}`,
    end: end === '24:00' ? `${addDays(date, 1)}T00:00` : `${date}T${end}`,
    overrideReason: check.text('overrideReason') || null,
  });
  if (!parsed.success) return zodProblems(check, parsed.error, COLUMN_OF_FIELD);
  try {
    await createBooking(ctx, tx, parsed.data);
  } catch (e) {
    errorProblem(check, e instanceof AppError ? (COLUMN_OF_CODE[e.details.code] ?? 'start') : null, e);
  }
}

/**
 * A standing booking through the series preview and save: a date that clashes or breaks
 * a rule is a problem of the row (checked again by hand to name what it clashes with);
 * holidays and closures are skipped and said; make-up workdays are not booked.
 */
async function importSeries(ctx: ServiceContext, tx: Kysely<DB>, check: RowCheck, s: SeriesInput): Promise<void> {
  const occurrences = await previewSeries(tx, s, ctx.now());
  if (occurrences.length === 0) return check.problem('until', 'import.no_dates');
  const decisions = [];
  for (const o of occurrences) {
    // The file records what was booked: its dates gone by are written too, said so by a decision.
    if (o.status === 'free' && o.past) decisions.push({ date: o.date, action: 'book' as const, overrideReason: null });
    if (o.status === 'free' || o.status === 'makeup') continue;
    if (o.status === 'holiday' || o.status === 'closure') {
      decisions.push({ date: o.date, action: 'skip' as const, overrideReason: null });
      check.notice('date', 'import.skipped_date', { date: o.date, reason: o.holidayName ?? '' });
      continue;
    }
    try {
      await checkBooking(tx, occurrenceFields(s, o.date));
      check.problem('date', o.code ?? 'import.series_date', { date: o.date });
    } catch (e) {
      errorProblem(check, 'date', e);
      check.problems[check.problems.length - 1].params.date = o.date;
    }
  }
  if (!check.ok) return;
  try {
    await createSeries(ctx, tx, s, decisions);
  } catch (e) {
    errorProblem(check, 'date', e);
  }
}
