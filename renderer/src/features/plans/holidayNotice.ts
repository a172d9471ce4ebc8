/**
 * Reads the lines a coordinator types or pastes from the State Council's holiday notice
 * (国务院办公厅关于某年部分节假日安排的通知) into calendar days. Pure, so it is tested
 * without a browser. One line per holiday or make-up day:
 *
 *   2027-01-01 元旦                      one holiday
 *   2027-02-06 至 2027-02-12 春节         a holiday range (至 / 到 / ~ / — also work)
 *   2月6日至12日 春节                      the year is the one being entered
 *   2027-02-20 补班 周四                  a make-up workday running Thursday's plan
 *
 * Lenient on purpose (full-width digits and punctuation, 年月日 or - / .), but a line
 * that cannot be read is reported with its number and never silently dropped.
 */

export interface NoticeDay {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
  followsWeekday: number | null;
  /** 1-based line of the pasted text the day came from. */
  line: number;
}

export type NoticeErrorCode = 'no_date' | 'bad_date' | 'wrong_year' | 'end_before_start' | 'range_too_long' | 'needs_weekday' | 'duplicate';

export interface NoticeError {
  line: number;
  text: string;
  code: NoticeErrorCode;
  params: Record<string, string | number>;
}

const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
/** The weekday tokens the line-writing form uses, so a written line always reads back. */
export const WEEKDAY_WORDS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const WORKDAY_WORDS = /补班|上班|调休上班|工作日|make-?up|workday/i;
// 周四, 星期四, 礼拜四, or Thu / Thursday for an English-speaking coordinator.
const WEEKDAY_TOKEN = /(?:周|星期|礼拜)([一二三四五六日天])|\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|rs)?\b\.?/gi;
/** Words that say what the line is, not what the festival is called. */
const NOISE = /调休上班|补班|上班|工作日|放假调休|放假|休息|调休|共\s*\d+\s*天|[（(][^）)]*[）)]|按|的计划|计划|make-?up( day)?|workday/gi;
const MAX_RANGE_DAYS = 31;

// A full date (2027-02-06, 2027/2/6, 2027年2月6日), a month and day (2月6日) or a bare day
// after a range word (至12日), in that order of preference.
const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{1,2})\s*月\s*(\d{1,2})\s*日?|(?<=[至到~～—–]\s*)(\d{1,2})\s*日/g;
const RANGE_WORD = /[至到~～—–]|\s-\s/;

/** Full-width digits and spaces as typed by a Chinese input method become ASCII ones. */
function normalise(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00Z`); t <= Date.parse(`${to}T00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

type LineResult = { days: NoticeDay[] } | { error: Omit<NoticeError, 'line' | 'text'> };

function parseLine(raw: string, line: number, year: number): LineResult {
  const text = normalise(raw);
  const found: { y: number; m: number; d: number; index: number; length: number }[] = [];
  for (const match of text.matchAll(DATE)) {
    const [, fy, fm, fd, mm, md, bareDay] = match;
    const previous = found.at(-1);
    if (fy) found.push({ y: +fy, m: +fm, d: +fd, index: match.index, length: match[0].length });
    else if (mm) found.push({ y: previous?.y ?? year, m: +mm, d: +md, index: match.index, length: match[0].length });
    // "2月6日至12日": the bare day is in the month of the date before it.
    else if (bareDay && previous) found.push({ y: previous.y, m: previous.m, d: +bareDay, index: match.index, length: match[0].length });
    if (found.length === 2) break;
  }
  if (found.length === 0) return { error: { code: 'no_date', params: {} } };
  for (const f of found) {
    if (!isRealDate(f.y, f.m, f.d)) return { error: { code: 'bad_date', params: { date: `${f.y}-${pad(f.m)}-${pad(f.d)}` } } };
    if (f.y !== year) return { error: { code: 'wrong_year', params: { date: `${f.y}-${pad(f.m)}-${pad(f.d)}`, year } } };
  }
  const [first, second] = found;
  const isRange = second !== undefined && RANGE_WORD.test(text.slice(first.index + first.length, second.index));
  const from = `${first.y}-${pad(first.m)}-${pad(first.d)}`;
  const to = isRange ? `${second.y}-${pad(second.m)}-${pad(second.d)}` : from;
  if (to < from) return { error: { code: 'end_before_start', params: { from, to } } };
  const dates = daysBetween(from, to);
  if (dates.length > MAX_RANGE_DAYS) return { error: { code: 'range_too_long', params: { from, to, max: MAX_RANGE_DAYS } } };

  // What is left once the dates are cut out says the kind, the weekday and the name.
  const used = found.slice(0, isRange ? 2 : 1);
  let rest = text;
  for (const f of [...used].reverse()) rest = rest.slice(0, f.index) + ' ' + rest.slice(f.index + f.length);
  const kind = WORKDAY_WORDS.test(rest) ? 'workday' : 'holiday';
  // The notice writes the day's own weekday in brackets, "2月20日（星期六）上班": that is
  // not the plan it follows, so only a weekday outside brackets counts (the last one).
  const weekdayMatch = [...rest.replace(/[（(][^）)]*[）)]/g, ' ').matchAll(WEEKDAY_TOKEN)].at(-1);
  const followsWeekday = kind === 'workday' && weekdayMatch ? WEEKDAYS[(weekdayMatch[1] ?? weekdayMatch[2]).toLowerCase()] : null;
  if (kind === 'workday' && followsWeekday === null) return { error: { code: 'needs_weekday', params: { date: from } } };
  const name = rest
    .replace(WEEKDAY_TOKEN, ' ')
    .replace(NOISE, ' ')
    .replace(/[至到~～—–\-:：,，。;；、]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 40);
  return { days: dates.map((date) => ({ date, kind, name, followsWeekday, line })) };
}

/**
 * Every day the text names for `year`, in date order, and every line that could not be
 * read. Blank lines and lines starting with # are skipped. A date named twice is an
 * error on the later line, so nothing is overwritten without the user seeing it.
 */
export function parseHolidayNotice(text: string, year: number): { days: NoticeDay[]; errors: NoticeError[] } {
  const days = new Map<string, NoticeDay>();
  const errors: NoticeError[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    const r = parseLine(raw, line, year);
    if ('error' in r) return errors.push({ line, text: raw.trim(), ...r.error });
    const twice = r.days.find((d) => days.has(d.date));
    if (twice) return errors.push({ line, text: raw.trim(), code: 'duplicate', params: { date: twice.date, other: days.get(twice.date)!.line } });
    for (const d of r.days) days.set(d.date, d);
  });
  return { days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)), errors };
}
