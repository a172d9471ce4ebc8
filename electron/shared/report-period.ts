/**
 * The periods a report covers and the two it is compared with. Dates are `YYYY-MM-DD`;
 * a period is [from, to) with `to` exclusive, like every other range in the app.
 * Pure date text arithmetic, shared by the main process and the screen.
 */
import { addDays, dayNumber } from './time';

export const PERIOD_KINDS = ['month', 'quarter', 'year', 'range'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  from: string;
  /** Exclusive. */
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const firstOfMonth = (year: number, month: number) => {
  // month may run past 12 or below 1: carry into the year.
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${String(y).padStart(4, '0')}-${pad(m)}-01`;
};

/** The month, quarter or year that contains `date`. */
export function periodContaining(kind: Exclude<PeriodKind, 'range'>, date: string): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (kind === 'month') return { kind, from: firstOfMonth(year, month), to: firstOfMonth(year, month + 1) };
  if (kind === 'quarter') {
    const first = month - ((month - 1) % 3);
    return { kind, from: firstOfMonth(year, first), to: firstOfMonth(year, first + 3) };
  }
  return { kind, from: firstOfMonth(year, 1), to: firstOfMonth(year + 1, 1) };
}

/** The period just before: the previous month, quarter or year; for a range, as many days just before it. */
export function previousPeriod(p: Period): Period {
  if (p.kind === 'range') {
    const days = dayNumber(p.to) - dayNumber(p.from);
    return { kind: p.kind, from: addDays(p.from, -days), to: p.from };
  }
  return periodContaining(p.kind, addDays(p.from, -1));
}

/** One year earlier: the same month, quarter or year, or the same dates (29 February becomes 1 March). */
export function samePeriodLastYear(p: Period): Period {
  return { kind: p.kind, from: yearEarlier(p.from), to: yearEarlier(p.to) };
}

function yearEarlier(date: string): string {
  const y = Number(date.slice(0, 4)) - 1;
  const md = date.slice(5);
  // 29 February has no twin in a common year; the day after is the honest cut for [from, to).
  if (md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return `${String(y).padStart(4, '0')}-03-01`;
  return `${String(y).padStart(4, '0')}-${md}`;
}

/** Period kind and start as the UI names them: 2026-11 / 2026-Q4 / 2026 / from–to (inclusive last day). */
export function periodLabel(p: Period, lang: 'zh' | 'en'): string {
  const year = p.from.slice(0, 4);
  const month = Number(p.from.slice(5, 7));
  const last = addDays(p.to, -1);
  if (p.kind === 'month') return lang === 'zh' ? `${year}年${month}月` : `${year}-${pad(month)}`;
  if (p.kind === 'quarter') return lang === 'zh' ? `${year}年第${Math.ceil(month / 3)}季度` : `Q${Math.ceil(month / 3)} ${year}`;
  if (p.kind === 'year') return lang === 'zh' ? `${year}年` : year;
  return lang === 'zh' ? `${p.from} 至 ${last}` : `${p.from} – ${last}`;
}

/** The months a period touches, `YYYY-MM`, in order. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = `${from.slice(0, 7)}-01`; m < to; m = firstOfMonth(Number(m.slice(0, 4)), Number(m.slice(5, 7)) + 1)) out.push(m.slice(0, 7));
  return out;
}
