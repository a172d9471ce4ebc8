/**
 * The statutory holidays and 调休 make-up workdays shipped with the app, read from the
 * `chinese-days` package (State Council notices, 2004 onwards). Pure: no database.
 */
import { createRequire } from 'node:module';
import { isoWeekday } from '../../shared/time';

export interface DatasetDay {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
  followsWeekday: number | null;
}

export interface DatasetYear {
  year: number;
  days: DatasetDay[];
}

interface ChineseDaysJson {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays: Record<string, string>;
}

let cached: ChineseDaysJson | undefined;
function load(): ChineseDaysJson {
  cached ??= createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysJson;
  return cached;
}

/** "National Day,国庆节,3" -> 国庆节 */
const chineseName = (v: string) => v.split(',')[1] ?? v;

/**
 * Which weekday's plan a make-up workday runs. The dataset does not say, so the
 * workdays of one festival are paired in date order with the festival's in-lieu days
 * that fall Monday–Friday: the Saturday that makes up for Wednesday runs Wednesday's
 * plan. Without such a day it runs Monday's; the coordinator can change it.
 */
function followedWeekdays(data: ChineseDaysJson, dates: string[]): Map<string, number> {
  const out = new Map<string, number>();
  const byFestival = new Map<string, string[]>();
  for (const d of dates) {
    const key = `${d.slice(0, 4)}|${chineseName(data.workdays[d])}`;
    byFestival.set(key, [...(byFestival.get(key) ?? []), d]);
  }
  for (const [key, workdays] of byFestival) {
    const [year, name] = key.split('|');
    const lieu = Object.keys(data.inLieuDays)
      .filter((d) => d.startsWith(year) && chineseName(data.inLieuDays[d]) === name && isoWeekday(d) <= 5)
      .sort();
    workdays.sort().forEach((d, i) => out.set(d, lieu[i] ? isoWeekday(lieu[i]) : 1));
  }
  return out;
}

/** Every year the dataset covers, with its days. */
export function shippedCalendarYears(): DatasetYear[] {
  const data = load();
  const years = new Map<number, DatasetDay[]>();
  const add = (d: DatasetDay) => {
    const y = Number(d.date.slice(0, 4));
    years.set(y, [...(years.get(y) ?? []), d]);
  };
  for (const [date, v] of Object.entries(data.holidays)) add({ date, kind: 'holiday', name: chineseName(v), followsWeekday: null });
  const workdays = Object.keys(data.workdays);
  const follows = followedWeekdays(data, workdays);
  for (const date of workdays) {
    add({ date, kind: 'workday', name: chineseName(data.workdays[date]), followsWeekday: follows.get(date) ?? 1 });
  }
  return [...years.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, days]) => ({ year, days: days.sort((a, b) => (a.date < b.date ? -1 : 1)) }));
}

export function shippedCalendarYear(year: number): DatasetYear | undefined {
  return shippedCalendarYears().find((y) => y.year === year);
}
