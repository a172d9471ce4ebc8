import type { Migration } from '../migrate';
import { frozenHolidayYears } from './0002-holidays';

/**
 * Time-sharing plans (effective-dated versions of weekly audience windows), recurring
 * series and their exceptions, statutory holidays and 调休 make-up workdays, each
 * site's holiday rule, and closures. The holidays published when this migration was
 * released (2004–2026) are written here, from its own frozen copy (0002-holidays.ts),
 * so a new database knows them from its first start whatever package is installed.
 */
export const plansCalendar: Migration = {
  version: 2,
  name: 'plans-calendar',
  up(db) {
    db.exec(`
      CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        space_id INTEGER NOT NULL REFERENCES spaces(id),
        -- a version applies from this date until the next version of the same space
        valid_from TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        UNIQUE (space_id, valid_from)
      ) STRICT;

      CREATE TABLE plan_windows (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        start TEXT NOT NULL,
        end TEXT NOT NULL,
        audience_id INTEGER NOT NULL REFERENCES audiences(id),
        organisation_id INTEGER REFERENCES organisations(id),
        -- at most this many bookings per organisation per week in this window
        max_per_week INTEGER CHECK (max_per_week > 0),
        max_head_count INTEGER CHECK (max_head_count > 0),
        CHECK (start < end)
      ) STRICT;
      CREATE INDEX plan_windows_plan ON plan_windows(plan_id, weekday);

      CREATE TABLE calendar_years (
        year INTEGER PRIMARY KEY,
        source TEXT NOT NULL CHECK (source IN ('dataset', 'manual')),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE calendar_days (
        date TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
        name TEXT NOT NULL DEFAULT '',
        -- a make-up workday runs the plan of this weekday
        follows_weekday INTEGER CHECK (follows_weekday BETWEEN 1 AND 7),
        CHECK (kind = 'holiday' OR follows_weekday IS NOT NULL)
      ) STRICT;

      CREATE TABLE holiday_policies (
        site_id INTEGER PRIMARY KEY REFERENCES sites(id),
        mode TEXT NOT NULL CHECK (mode IN ('closed', 'weekday_plan')),
        weekday INTEGER NOT NULL DEFAULT 7 CHECK (weekday BETWEEN 1 AND 7)
      ) STRICT;

      CREATE TABLE closures (
        id INTEGER PRIMARY KEY,
        site_id INTEGER REFERENCES sites(id),
        space_id INTEGER REFERENCES spaces(id),
        first_day TEXT NOT NULL,
        last_day TEXT NOT NULL,
        reason TEXT NOT NULL,
        CHECK ((site_id IS NULL) <> (space_id IS NULL)),
        CHECK (first_day <= last_day)
      ) STRICT;
      CREATE INDEX closures_site ON closures(site_id, last_day) WHERE site_id IS NOT NULL;
      CREATE INDEX closures_space ON closures(space_id, last_day) WHERE space_id IS NOT NULL;

      CREATE TABLE series (
        id INTEGER PRIMARY KEY,
        space_id INTEGER NOT NULL REFERENCES spaces(id),
        rule TEXT NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        title TEXT NOT NULL,
        audience_id INTEGER REFERENCES audiences(id),
        organisation_id INTEGER REFERENCES organisations(id),
        contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
        head_count INTEGER NOT NULL CHECK (head_count > 0),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;

      -- Dates of the rule that do not hold an ordinary occurrence: skipped or moved.
      CREATE TABLE series_exceptions (
        id INTEGER PRIMARY KEY,
        series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('skipped', 'moved')),
        booking_id INTEGER REFERENCES bookings(id),
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (series_id, date)
      ) STRICT;
    `);
    const year = db.prepare(`INSERT INTO calendar_years (year, source, updated_at) VALUES (?, 'dataset', ?)`);
    const day = db.prepare(`INSERT INTO calendar_days (date, kind, name, follows_weekday) VALUES (?, ?, ?, ?)`);
    for (const y of frozenHolidayYears()) {
      year.run(y.year, `${y.year}-01-01T00:00`);
      for (const d of y.days) day.run(d.date, d.kind, d.name, d.followsWeekday);
    }
  },
};
