/**
 * The headline figures as the screen, the workbook and the summary sheet show them:
 * which value, in which unit, and how a change against another period is expressed
 * (a relative change for amounts, percentage points for rates).
 */
import type { ReportFigures } from './contract/reports';

export const FIGURE_KEYS = [
  'openHours',
  'bookedHours',
  'utilisation',
  'windowUtilisation',
  'bookings',
  'held',
  'heads',
  'noShowRate',
  'cancellationRate',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
export type FigureUnit = 'hours' | 'count' | 'rate';

export const FIGURE_UNIT: Record<FigureKey, FigureUnit> = {
  openHours: 'hours',
  bookedHours: 'hours',
  utilisation: 'rate',
  windowUtilisation: 'rate',
  bookings: 'count',
  held: 'count',
  heads: 'count',
  noShowRate: 'rate',
  cancellationRate: 'rate',
};

const hours = (minutes: number) => Math.round(minutes / 6) / 10;

/** The figure's value: hours to one decimal, counts, or a rate between 0 and 1 (null: nothing to divide by). */
export function figureValue(f: ReportFigures, key: FigureKey): number | null {
  switch (key) {
    case 'openHours':
      return hours(f.openMinutes);
    case 'bookedHours':
      return hours(f.bookedMinutes);
    case 'utilisation':
      return f.utilisation;
    case 'windowUtilisation':
      return f.windowMinutes > 0 ? f.windowBookedMinutes / f.windowMinutes : null;
    case 'bookings':
      return f.bookings;
    case 'held':
      return f.held;
    case 'heads':
      return f.heads;
    case 'noShowRate':
      return f.noShowRate;
    case 'cancellationRate':
      return f.cancellationRate;
  }
}

/**
 * The change from `before` to `now`: for amounts the relative change (0.25 = +25 %),
 * null when there was nothing before; for rates the difference in percentage points
 * (0.05 = +5 points).
 */
export function figureChange(key: FigureKey, now: number | null, before: number | null): number | null {
  if (now === null || before === null) return null;
  if (FIGURE_UNIT[key] === 'rate') return now - before;
  return before === 0 ? null : (now - before) / before;
}

/** '+12.5%', '−3.0 个百分点' / '−3.0 pts', '—' when there is nothing to compare. */
export function formatChange(key: FigureKey, change: number | null, lang: 'zh' | 'en'): string {
  if (change === null) return '—';
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const n = (Math.abs(change) * 100).toFixed(1);
  if (FIGURE_UNIT[key] === 'rate') return lang === 'zh' ? `${sign}${n} 个百分点` : `${sign}${n} pts`;
  return `${sign}${n}%`;
}

/** The value as text: hours with one decimal, whole counts, rates as percentages. */
export function formatFigure(key: FigureKey, value: number | null, lang: 'zh' | 'en'): string {
  if (value === null) return '—';
  const unit = FIGURE_UNIT[key];
  if (unit === 'rate') return `${(value * 100).toFixed(1)}%`;
  const text = value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: unit === 'hours' ? 1 : 0 });
  return unit === 'hours' ? (lang === 'zh' ? `${text} 小时` : `${text} h`) : text;
}
