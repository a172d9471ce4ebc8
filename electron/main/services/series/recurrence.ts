/**
 * Recurrence expansion, pure: the dates a series rule gives. Dates are strings and the
 * arithmetic is on calendar days (Asia/Shanghai has no daylight saving), so month ends
 * and leap years need no special care beyond the calendar itself.
 */
import type { RecurrenceRule } from '../../../shared/contract/plans';
import { AppError } from '../../../shared/errors';
import { addDays, isoWeekday, mondayOf } from '../../../shared/time';

/** More than this is a mistake in the rule (ten years of weekly meetings), not a plan. */
export const MAX_OCCURRENCES = 520;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The n-th (1..5, or -1 = last) given weekday of a month, or null when there is no 5th. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): string | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const last = daysInMonth(year, month);
  if (nth === -1) {
    const lastDate = `${year}-${pad(month)}-${pad(last)}`;
    return addDays(lastDate, -((isoWeekday(lastDate) - weekday + 7) % 7));
  }
  const first = `${year}-${pad(month)}-01`;
  const day = 1 + ((weekday - isoWeekday(first) + 7) % 7) + (nth - 1) * 7;
  return day <= last ? `${year}-${pad(month)}-${pad(day)}` : null;
}

function* weeklyDates(rule: RecurrenceRule): Generator<string> {
  const weekdays = [...new Set(rule.weekdays)].sort();
  for (let monday = mondayOf(rule.startDate); ; monday = addDays(monday, 7 * rule.interval)) {
    for (const wd of weekdays) {
      const d = addDays(monday, wd - 1);
      if (d >= rule.startDate) yield d;
    }
  }
}

function* monthlyDates(rule: RecurrenceRule): Generator<string> {
  let year = Number(rule.startDate.slice(0, 4));
  let month = Number(rule.startDate.slice(5, 7));
  // A rule whose n-th weekday never exists (5th Monday for ever) must still end.
  for (let guard = 0; guard < MAX_OCCURRENCES * 12; guard++) {
    const d = nthWeekdayOfMonth(year, month, rule.weekdays[0], rule.nth ?? 1);
    if (d && d >= rule.startDate) yield d;
    month += rule.interval;
    while (month > 12) {
      month -= 12;
      year += 1;
    }
  }
}

/** Every date of the rule, in order, up to `until` (inclusive) or `count` occurrences. */
export function expandRule(rule: RecurrenceRule): string[] {
  const out: string[] = [];
  const source = rule.freq === 'weekly' ? weeklyDates(rule) : monthlyDates(rule);
  for (const d of source) {
    if (rule.until !== null && d > rule.until) break;
    if (rule.count !== null && out.length >= rule.count) break;
    if (out.length >= MAX_OCCURRENCES) {
      throw new AppError('validation', 'series.too_many', `A series holds at most ${MAX_OCCURRENCES} occurrences`, {
        params: { max: MAX_OCCURRENCES },
      });
    }
    out.push(d);
  }
  return out;
}

/** The rule cut so that it ends the day before `date` (the first half of a split). */
export function ruleUntil(rule: RecurrenceRule, date: string): RecurrenceRule {
  return { ...rule, until: addDays(date, -1), count: null };
}

/** The rule from `date` on (the second half of a split), keeping the remaining count. */
export function ruleFrom(rule: RecurrenceRule, date: string): RecurrenceRule {
  const before = rule.count === null ? 0 : expandRule(rule).filter((d) => d < date).length;
  return { ...rule, startDate: date, count: rule.count === null ? null : Math.max(1, rule.count - before) };
}
