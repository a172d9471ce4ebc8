import { isoWeekday } from '../../../electron/shared/time';

/** "2026-12-01 周二": the weekday helps the desk and a coordinator more than the date alone. */
export function dayLabel(t: (k: string) => string, date: string): string {
  return `${date} ${t(`weekday.${isoWeekday(date)}`)}`;
}

/** For a date or a time in a table cell: broken over two lines it is hard to scan down a long list. */
export const UNBROKEN = { whiteSpace: 'nowrap' } as const;
