/**
 * The wall-clock helpers do date arithmetic with integers for speed; they must agree
 * with the calendar as JavaScript's Date knows it, on every day from 1900 to 2200.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMinutes, dateOfDayNumber, dayNumber, diffMinutes, isoWeekday, minutesOfDay } from '../../electron/shared/time';

const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;
const dayMs = fc.integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2200, 0, 1) / DAY }).map((d) => d * DAY);

describe('wall-clock time helpers', () => {
  it('day numbers round-trip and match Date on every day from 1900 to 2200', () => {
    for (let ms = Date.UTC(1900, 0, 1); ms < Date.UTC(2200, 0, 1); ms += DAY) {
      const date = utcDate(ms);
      const n = dayNumber(date);
      if (n !== ms / DAY || dateOfDayNumber(n) !== date) expect({ date, n, back: dateOfDayNumber(n) }).toEqual({ date, n: ms / DAY, back: date });
    }
  });

  it('property: addDays and isoWeekday agree with Date', () => {
    fc.assert(
      fc.property(dayMs, fc.integer({ min: -800, max: 800 }), (ms, days) => {
        const date = utcDate(ms);
        expect(addDays(date, days)).toBe(utcDate(ms + days * DAY));
        expect(isoWeekday(date)).toBe(new Date(ms).getUTCDay() || 7);
      }),
    );
  });

  it('known dates: 国庆 2026 starts on a Thursday, leap days, month ends', () => {
    expect(isoWeekday('2026-10-01')).toBe(4);
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('minutes: within a day, across midnight, and between datetimes', () => {
    expect(minutesOfDay('08:05')).toBe(485);
    expect(minutesOfDay('24:00')).toBe(1440);
    expect(addMinutes('2026-11-23T23:30', 45)).toBe('2026-11-24T00:15');
    expect(addMinutes('2026-11-23T00:10', -20)).toBe('2026-11-22T23:50');
    expect(addMinutes('2026-11-23T09:00', -1440 * 3)).toBe('2026-11-20T09:00');
    expect(diffMinutes('2026-12-31T23:00', '2027-01-01T01:30')).toBe(150);
    expect(addMinutes('2026-11-23T09:00', 0)).toBe('2026-11-23T09:00');
    expect(minutesOfDay('9:30')).toBe(570);
  });

  it('something that is not a time or a date gives NaN, never a number', () => {
    for (const t of ['', '0930', 'ab:cd', '09:3x', ':30']) expect(minutesOfDay(t), t).toBeNaN();
    for (const d of ['2026-1x-23', 'abcd-11-23', '']) expect(dayNumber(d), d).toBeNaN();
  });
});
