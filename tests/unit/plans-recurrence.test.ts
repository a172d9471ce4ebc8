import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recurrenceRule } from '../../electron/shared/contract/plans';
import { addDays, isoWeekday } from '../../electron/shared/time';
import { expandRule, nthWeekdayOfMonth, ruleFrom, ruleUntil } from '../../electron/main/services/series/recurrence';
import { shippedCalendarYear, shippedCalendarYears } from '../../electron/main/db/holiday-dataset';

const rule = (r: Record<string, unknown>) => recurrenceRule.parse(r);

describe('recurrence expansion', () => {
  it('weekly on Tuesday and Thursday crosses a month end without losing or repeating a day', () => {
    const dates = expandRule(rule({ freq: 'weekly', weekdays: [4, 2], startDate: '2026-01-27', count: 5 }));
    expect(dates).toEqual(['2026-01-27', '2026-01-29', '2026-02-03', '2026-02-05', '2026-02-10']);
  });

  it('every two weeks counts from the week of the start date', () => {
    const dates = expandRule(rule({ freq: 'weekly', interval: 2, weekdays: [5], startDate: '2026-12-23', until: '2027-01-31' }));
    expect(dates).toEqual(['2026-12-25', '2027-01-08', '2027-01-22']);
  });

  it('weekly dates are always seven days apart in Asia/Shanghai, across the whole year (no DST)', () => {
    const dates = expandRule(rule({ freq: 'weekly', weekdays: [7], startDate: '2026-01-04', until: '2026-12-31' }));
    expect(dates).toHaveLength(52);
    dates.slice(1).forEach((d, i) => expect(d).toBe(addDays(dates[i], 7)));
  });

  it('monthly by the n-th weekday, the last one, and a month without a fifth', () => {
    expect(expandRule(rule({ freq: 'monthly_nth_weekday', weekdays: [1], nth: 1, startDate: '2026-01-01', count: 3 }))).toEqual([
      '2026-01-05',
      '2026-02-02',
      '2026-03-02',
    ]);
    expect(expandRule(rule({ freq: 'monthly_nth_weekday', weekdays: [5], nth: -1, startDate: '2026-01-01', count: 3 }))).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
    ]);
    // February 2026 has no fifth Sunday: that month has no occurrence.
    expect(expandRule(rule({ freq: 'monthly_nth_weekday', weekdays: [7], nth: 5, startDate: '2026-01-01', until: '2026-04-30' }))).toEqual([
      '2026-03-29',
    ]);
    expect(nthWeekdayOfMonth(2028, 2, 2, -1)).toBe('2028-02-29');
  });

  it('every 3 months keeps the n-th weekday', () => {
    expect(expandRule(rule({ freq: 'monthly_nth_weekday', interval: 3, weekdays: [3], nth: 2, startDate: '2026-11-01', count: 3 }))).toEqual([
      '2026-11-11',
      '2027-02-10',
      '2027-05-12',
    ]);
  });

  it('refuses a rule that would give more than ten years of weekly occurrences', () => {
    expect(() => expandRule(rule({ freq: 'weekly', weekdays: [1, 2, 3], startDate: '2026-01-01', until: '2036-01-01' }))).toThrow(/at most/);
  });

  it('a split keeps the dates: the first half up to the day before, the rest with the remaining count', () => {
    const r = rule({ freq: 'weekly', weekdays: [2], startDate: '2026-11-24', count: 6 });
    const all = expandRule(r);
    expect([...expandRule(ruleUntil(r, all[2])), ...expandRule(ruleFrom(r, all[2]))]).toEqual(all);
  });

  it('property: weekly dates are sorted, unique, on the chosen weekdays, from the start date to the end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 300 }),
        (offset, weekdays, interval, span) => {
          const startDate = addDays('2024-01-01', offset);
          const until = addDays(startDate, span);
          const dates = expandRule(rule({ freq: 'weekly', weekdays, interval, startDate, until }));
          dates.forEach((d, i) => {
            expect(weekdays).toContain(isoWeekday(d));
            expect(d >= startDate && d <= until).toBe(true);
            if (i > 0) expect(d > dates[i - 1]).toBe(true);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the shipped holiday dataset', () => {
  it('covers 2004 to 2026 and not 2027', () => {
    const years = shippedCalendarYears().map((y) => y.year);
    expect(years[0]).toBe(2004);
    expect(years.at(-1)).toBe(2026);
    expect(shippedCalendarYear(2027)).toBeUndefined();
  });

  it('2026 National Day: Oct 1–7 off; Sun Sep 20 and Sat Oct 10 are make-up workdays that follow a weekday', () => {
    const days = new Map(shippedCalendarYear(2026)!.days.map((d) => [d.date, d]));
    for (let d = '2026-10-01'; d <= '2026-10-07'; d = addDays(d, 1)) expect(days.get(d)?.kind).toBe('holiday');
    expect(days.get('2026-10-01')?.name).toBe('国庆节');
    // The in-lieu days of 国庆 2026 are Tue Oct 6 and Wed Oct 7: the make-up days run their plans.
    expect(days.get('2026-09-20')).toMatchObject({ kind: 'workday', followsWeekday: 2 });
    expect(days.get('2026-10-10')).toMatchObject({ kind: 'workday', followsWeekday: 3 });
  });
});
