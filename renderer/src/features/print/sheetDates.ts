import { format, getISOWeek } from 'date-fns';
import { enGB, zhCN } from 'date-fns/locale';
import { addDays } from '../../../../electron/shared/time';
import { parseDate } from '../calendar/dates';
import type { BiText } from './language';

/** ISO week number: weeks start on Monday, week 1 holds the year's first Thursday. */
export function weekNumber(monday: string): number {
  return getISOWeek(parseDate(monday));
}

/** A week's dates in both languages: 2026年11月23日 – 11月29日 / 23 Nov – 29 Nov 2026. */
export function weekRange(monday: string): BiText {
  const from = parseDate(monday);
  const to = parseDate(addDays(monday, 6));
  const sameYear = from.getFullYear() === to.getFullYear();
  return {
    zh: `${format(from, 'yyyy年M月d日', { locale: zhCN })} – ${format(to, sameYear ? 'M月d日' : 'yyyy年M月d日', { locale: zhCN })}`,
    en: `${format(from, sameYear ? 'd MMM' : 'd MMM yyyy', { locale: enGB })} – ${format(to, 'd MMM yyyy', { locale: enGB })}`,
  };
}

export function dayLabel(date: string): BiText {
  const d = parseDate(date);
  return { zh: format(d, 'M月d日', { locale: zhCN }), en: format(d, 'd MMM', { locale: enGB }) };
}

export function fullDate(date: string): BiText {
  const d = parseDate(date);
  return { zh: format(d, 'yyyy年M月d日 EEEE', { locale: zhCN }), en: format(d, 'EEEE d MMMM yyyy', { locale: enGB }) };
}
