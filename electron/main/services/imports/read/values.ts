/**
 * Cell values as the app needs them: text, whole numbers, dates and times, in the
 * shapes real sheets hold them. A date may be an Excel date, a serial number, or text
 * (2026/9/1, 2026-09-01, 2026年9月1日, 2026.9.1, 20260901, or 9月1日 with the year
 * from the rest of the file); a time may be an Excel time, a fraction of a day, or text
 * (9:00, 09:30, 9点半, 14时). Nothing is evaluated: a cell that starts with = + - @ is
 * text like any other.
 */
import { isRealDate, inYearRange } from '../../../../shared/time';
import type { Cell } from './grid';

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: string; params?: Record<string, string | number> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (code: string, params?: Record<string, string | number>): Parsed<never> => ({ ok: false, code, params });

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel counts days from 1899-12-30 (it believes 1900 was a leap year). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function dateOfParts(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** Text as the user typed it: numbers as written (a phone saved as a number keeps its digits). */
export function textOf(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'string') return c.trim();
  if (typeof c === 'number') return Number.isInteger(c) ? String(c) : String(c);
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  const iso = c.toISOString();
  return iso.slice(11, 16) === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** The most common year among the file's full dates: what 9月1日 means in it. */
export function yearOf(c: Cell): number | null {
  if (c instanceof Date) return c.getUTCFullYear();
  const m = typeof c === 'string' ? /^(\d{4})\s*[-/.年]/.exec(c.trim()) : null;
  return m ? Number(m[1]) : null;
}

function checkedDate(y: number, m: number, d: number): Parsed<string> {
  const s = dateOfParts(y, m, d);
  if (m < 1 || m > 12 || d < 1 || d > 31 || !isRealDate(s)) return bad('import.date_invalid', { text: s });
  if (!inYearRange(s)) return bad('import.date_out_of_range');
  return ok(s);
}

export function parseDate(c: Cell, contextYear: number): Parsed<string> {
  if (c === null || (typeof c === 'string' && c.trim() === '')) return bad('import.required');
  if (c instanceof Date) return checkedDate(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate());
  if (typeof c === 'number') {
    if (Number.isInteger(c) && c >= 19000101 && c <= 21001231) return checkedDate(Math.floor(c / 10000), Math.floor(c / 100) % 100, c % 100);
    // An Excel serial day between 2000 and 2100.
    if (c >= 36526 && c < 73051) {
      const d = new Date(EXCEL_EPOCH_MS + Math.floor(c) * 86_400_000);
      return checkedDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
    return bad('import.not_a_date', { text: String(c) });
  }
  const t = String(c).trim().replace(/\s+/g, '');
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T]?\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t);
  if (m) return checkedDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return checkedDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})月(\d{1,2})日?$/.exec(t);
  if (m) return checkedDate(contextYear, Number(m[1]), Number(m[2]));
  return bad('import.not_a_date', { text: String(c).trim() });
}

function checkedTime(h: number, min: number, text: string): Parsed<string> {
  if (h === 24 && min === 0) return ok('24:00');
  if (h < 0 || h > 23 || min < 0 || min > 59) return bad('import.not_a_time', { text });
  return ok(`${pad(h)}:${pad(min)}`);
}

export function parseTime(c: Cell): Parsed<string> {
  if (c === null || (typeof c === 'string' && c.trim() === '')) return bad('import.required');
  if (c instanceof Date) return checkedTime(c.getUTCHours(), c.getUTCMinutes(), textOf(c));
  if (typeof c === 'number') {
    // A time stored as a fraction of a day (what Excel keeps under a time format).
    if (c >= 0 && c <= 1) {
      const minutes = Math.round(c * 24 * 60);
      return checkedTime(Math.floor(minutes / 60), minutes % 60, String(c));
    }
    if (Number.isInteger(c) && c >= 0 && c <= 24) return checkedTime(c, 0, String(c));
    return bad('import.not_a_time', { text: String(c) });
  }
  const t = String(c).trim().replace(/\s+/g, '').replace('：', ':');
  let m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(t);
  if (m) return checkedTime(Number(m[1]), Number(m[2]), t);
  m = /^(上午|下午|晚上)?(\d{1,2})[点時时](半|(\d{1,2})分?)?$/.exec(t);
  if (m) {
    let h = Number(m[2]);
    if ((m[1] === '下午' || m[1] === '晚上') && h < 12) h += 12;
    return checkedTime(h, m[3] === '半' ? 30 : Number(m[4] ?? 0), t);
  }
  return bad('import.not_a_time', { text: String(c).trim() });
}

export function parseWholeNumber(c: Cell, min: number, max: number): Parsed<number> {
  const n = typeof c === 'number' ? c : typeof c === 'string' ? Number(c.trim().replace(/[人位个名,，]$/u, '')) : NaN;
  if (!Number.isFinite(n) || !Number.isInteger(n)) return bad('import.not_a_number', { text: textOf(c) });
  if (n < min) return bad('fields.min', { min });
  if (n > max) return bad('fields.max', { max });
  return ok(n);
}

/** 是/否, yes/no, Y/N, 1/0, ✓. */
export function parseYesNo(c: Cell): Parsed<boolean> {
  if (typeof c === 'boolean') return ok(c);
  const t = textOf(c).toLowerCase();
  if (['是', '需要', 'yes', 'y', 'true', '1', '✓', '√'].includes(t)) return ok(true);
  if (['否', '不需要', 'no', 'n', 'false', '0', ''].includes(t)) return ok(false);
  return bad('import.not_yes_no', { text: textOf(c) });
}

/** Today's date as the wall clock says it, for 9月1日 when no other date gives the year. */
export function yearOfToday(now: string): number {
  return Number(now.slice(0, 4));
}
