/**
 * The renderer's clock: today and now are the main process's Shanghai wall-clock time,
 * running on from its last answer, whatever the machine's zone and date.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import dayjs from 'dayjs';
import { adoptNow, clockDate, dayjsFollowsClock, getNow, getToday } from '../../renderer/src/api/wallClock';

const zone = process.env.TZ;
beforeAll(() => {
  // The machine is in New York, and a year behind.
  process.env.TZ = 'America/New_York';
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2025-12-31T22:00:00-05:00'));
  dayjs.extend(dayjsFollowsClock);
});
afterAll(() => {
  vi.useRealTimers();
  process.env.TZ = zone;
});

describe('the clock of the main process', () => {
  it('takes the answer and runs on from it by the machine’s elapsed time', () => {
    adoptNow('2026-11-23T09:00');
    expect(getNow()).toBe('2026-11-23T09:00');
    expect(getToday()).toBe('2026-11-23');
    vi.advanceTimersByTime(59_000);
    expect(getNow()).toBe('2026-11-23T09:00');
    vi.advanceTimersByTime(2_000);
    expect(getNow()).toBe('2026-11-23T09:01');
    // Across midnight, the day follows.
    vi.advanceTimersByTime(15 * 3_600_000);
    expect(getNow()).toBe('2026-11-24T00:01');
  });

  it('keeps its running estimate while the answer (to the minute) agrees, and jumps when it does not', () => {
    adoptNow('2026-11-24T00:01');
    vi.advanceTimersByTime(30_000);
    // Same minute: the estimate, which knows the seconds, stays.
    adoptNow('2026-11-24T00:01');
    vi.advanceTimersByTime(35_000);
    expect(getNow()).toBe('2026-11-24T00:02');
    // The main process's clock was changed (or the machine slept): follow it.
    adoptNow('2026-12-01T18:30');
    expect(getNow()).toBe('2026-12-01T18:30');
    adoptNow('not a time');
    expect(getNow()).toBe('2026-12-01T18:30');
  });

  it('gives libraries that work in the browser’s zone a Date with the main process’s wall clock', () => {
    adoptNow('2027-01-04T08:15');
    const d = clockDate();
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2027, 1, 4, 8, 15]);
    // dayjs() (what antd's pickers call "today") is the same moment; dates given stay as given.
    expect(dayjs().format('YYYY-MM-DD HH:mm')).toBe('2027-01-04 08:15');
    expect(dayjs('2026-10-01').format('YYYY-MM-DD')).toBe('2026-10-01');
    expect(dayjs(undefined).format('YYYY-MM-DD')).toBe('2027-01-04');
  });
});
