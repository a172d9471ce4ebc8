import { addDays as addDaysFns, addMonths, endOfMonth, format, startOfMonth, startOfWeek } from 'date-fns';

/** A browser Date (local wall clock) as the app's `YYYY-MM-DDTHH:mm`. */
export function toLocalIso(d: Date): string {
  return format(d, "yyyy-MM-dd'T'HH:mm");
}

export function toDateString(d: Date): string {
  return format(d, 'yyyy-MM-dd');
}

export function parseDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export type CalendarView = 'site' | 'week' | 'day' | 'month';

/** The dates [from, to) a view shows around an anchor date. Weeks start on Monday. */
export function visibleRange(view: CalendarView, anchor: string): { from: string; to: string } {
  const a = parseDate(anchor);
  if (view === 'site' || view === 'day') return { from: anchor, to: toDateString(addDaysFns(a, 1)) };
  if (view === 'week') {
    const monday = startOfWeek(a, { weekStartsOn: 1 });
    return { from: toDateString(monday), to: toDateString(addDaysFns(monday, 7)) };
  }
  // A month grid shows whole weeks around the month.
  const first = startOfWeek(startOfMonth(a), { weekStartsOn: 1 });
  const last = addDaysFns(startOfWeek(endOfMonth(a), { weekStartsOn: 1 }), 7);
  return { from: toDateString(first), to: toDateString(last) };
}

export function stepAnchor(view: CalendarView, anchor: string, dir: -1 | 1): string {
  const a = parseDate(anchor);
  if (view === 'month') return toDateString(addMonths(a, dir));
  return toDateString(addDaysFns(a, view === 'week' ? 7 * dir : dir));
}
