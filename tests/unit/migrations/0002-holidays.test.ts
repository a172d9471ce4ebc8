/**
 * Migration 0002 writes the holidays of 2004–2026 from its own frozen copy
 * (0002-holidays.ts), not from whatever version of `chinese-days` is installed.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shippedCalendarYears } from '../../../electron/main/db/holiday-dataset';
import { migrate, type Migration } from '../../../electron/main/db/migrate';
import { frozenHolidayYears, parseHolidays, type FrozenYear } from '../../../electron/main/db/migrations/0002-holidays';
import { tempDbFile } from '../../helpers/backend';

/** The calendar as a database holds it, in the shape of the frozen data. */
function calendarOf(db: Database.Database): FrozenYear[] {
  const years = db.prepare('SELECT year, source, updated_at AS updatedAt FROM calendar_years ORDER BY year').all() as { year: number; source: string; updatedAt: string }[];
  for (const y of years) expect(y).toEqual({ year: y.year, source: 'dataset', updatedAt: `${y.year}-01-01T00:00` });
  const days = db.prepare('SELECT date, kind, name, follows_weekday AS followsWeekday FROM calendar_days ORDER BY rowid').all() as FrozenYear['days'];
  return years.map(({ year }) => ({ year, days: days.filter((d) => d.date.startsWith(`${year}-`)) }));
}

async function migrateTo2(migrations: readonly Migration[]): Promise<FrozenYear[]> {
  const db = new Database(tempDbFile());
  migrate(db, migrations.slice(0, 2));
  const calendar = calendarOf(db);
  expect((db.prepare('SELECT count(*) AS n FROM calendar_days').get() as { n: number }).n).toBe(calendar.flatMap((y) => y.days).length);
  db.close();
  return calendar;
}

afterEach(() => {
  vi.doUnmock('../../../electron/main/db/holiday-dataset');
  vi.resetModules();
});

describe('migration 0002: the holidays it writes are frozen with it', () => {
  it('the frozen data is what chinese-days 1.5.7 gives (years 2004–2026, kind, name, followed weekday)', () => {
    const installed = JSON.parse(fs.readFileSync(createRequire(import.meta.url).resolve('chinese-days/package.json'), 'utf8')).version;
    // The freeze was taken from 1.5.7. If the package moved, this says so: the migration's
    // data stays as it is (new or corrected years reach users through the import button
    // or a new migration); compare, then pin this test to the new version.
    expect(installed, 'chinese-days is no longer 1.5.7; migration 0002 keeps its frozen 1.5.7 data').toBe('1.5.7');
    const frozen = frozenHolidayYears();
    expect(frozen.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(frozen.flatMap((y) => y.days)).toHaveLength(769);
    expect(frozen).toEqual(shippedCalendarYears());
  });

  it('the migration writes exactly the frozen days, in date order', async () => {
    const { MIGRATIONS } = await import('../../../electron/main/db/migrations');
    expect(await migrateTo2(MIGRATIONS)).toEqual(frozenHolidayYears());
  });

  it('does not move when the installed dataset does', async () => {
    vi.resetModules();
    vi.doMock('../../../electron/main/db/holiday-dataset', () => ({
      // A different package: 2004 dropped, 2026 changed, a 2027 added.
      shippedCalendarYears: () => [
        { year: 2026, days: [{ date: '2026-01-01', kind: 'holiday', name: '元旦（新版）', followsWeekday: null }] },
        { year: 2027, days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦', followsWeekday: null }] },
      ],
      shippedCalendarYear: () => undefined,
    }));
    const { MIGRATIONS } = await import('../../../electron/main/db/migrations');
    expect(await migrateTo2(MIGRATIONS)).toEqual(frozenHolidayYears());
  });

  it('reads ranges, single days and make-up days, and refuses any line it cannot read', () => {
    expect(parseHolidays('\n2008-09-29..10-01 国庆节\n2008-09-27 国庆节 补班 周一\n\n2009-01-01 元旦\n')).toEqual([
      {
        year: 2008,
        days: [
          { date: '2008-09-27', kind: 'workday', name: '国庆节', followsWeekday: 1 },
          { date: '2008-09-29', kind: 'holiday', name: '国庆节', followsWeekday: null },
          { date: '2008-09-30', kind: 'holiday', name: '国庆节', followsWeekday: null },
          { date: '2008-10-01', kind: 'holiday', name: '国庆节', followsWeekday: null },
        ],
      },
      { year: 2009, days: [{ date: '2009-01-01', kind: 'holiday', name: '元旦', followsWeekday: null }] },
    ]);
    for (const bad of [
      '2026-02-30 春节',
      '2026-01-01..13-01 元旦',
      '2026-01-03..01-01 元旦',
      '2026-01-04 元旦 补班',
      '2026-01-04 元旦 补班 周八',
      '2026-01-04..01-05 元旦 补班 周五',
      '2026-1-4 元旦',
      '元旦 2026-01-01',
      '2026-01-01 元旦\n2026-01-01 元旦',
    ]) {
      expect(() => parseHolidays(bad), bad).toThrow();
    }
  });
});
