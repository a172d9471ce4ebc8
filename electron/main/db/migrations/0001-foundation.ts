import type { Migration } from '../migrate';

/**
 * Sites, spaces, the directory (audiences, organisations, contacts), operators,
 * bookings and the audit log. Times are wall-clock ISO strings (see shared/time.ts).
 */
export const foundation: Migration = {
  version: 1,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE sites (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        timezone TEXT NOT NULL DEFAULT 'Asia/Shanghai',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
      ) STRICT;

      CREATE TABLE spaces (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES sites(id),
        parent_id INTEGER REFERENCES spaces(id),
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        capacity INTEGER NOT NULL CHECK (capacity > 0),
        amenities TEXT NOT NULL DEFAULT '[]',
        opening_hours TEXT NOT NULL DEFAULT '[]',
        slot_minutes INTEGER NOT NULL DEFAULT 30,
        min_booking_minutes INTEGER NOT NULL DEFAULT 30,
        max_booking_minutes INTEGER NOT NULL DEFAULT 240,
        buffer_minutes INTEGER NOT NULL DEFAULT 0,
        needs_approval INTEGER NOT NULL DEFAULT 0 CHECK (needs_approval IN (0, 1)),
        mode TEXT NOT NULL DEFAULT 'exclusive' CHECK (mode IN ('exclusive', 'shared')),
        color TEXT NOT NULL DEFAULT '#4e79a7',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
      ) STRICT;
      CREATE INDEX spaces_site ON spaces(site_id);
      CREATE INDEX spaces_parent ON spaces(parent_id);

      CREATE TABLE audiences (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        color TEXT NOT NULL,
        sort_order INTEGER NOT NULL DEFAULT 0,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
      ) STRICT;

      CREATE TABLE organisations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'other',
        note TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
      ) STRICT;

      CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        organisation_id INTEGER REFERENCES organisations(id),
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX contacts_name ON contacts(name);

      CREATE TABLE operators (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('desk', 'coordinator')),
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
      ) STRICT;

      CREATE TABLE bookings (
        id INTEGER PRIMARY KEY,
        space_id INTEGER NOT NULL REFERENCES spaces(id),
        start TEXT NOT NULL,
        end TEXT NOT NULL,
        title TEXT NOT NULL,
        -- a deleted contact leaves the booking, without the personal data
        contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
        organisation_id INTEGER REFERENCES organisations(id),
        audience_id INTEGER REFERENCES audiences(id),
        head_count INTEGER NOT NULL DEFAULT 1 CHECK (head_count > 0),
        status TEXT NOT NULL CHECK (status IN ('requested', 'confirmed', 'cancelled', 'checked_in', 'no_show')),
        note TEXT NOT NULL DEFAULT '',
        series_id INTEGER,
        override_reason TEXT,
        cancel_reason TEXT,
        created_by INTEGER REFERENCES operators(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (start < end)
      ) STRICT;
      -- Overlap queries are bounded below by (start >= from - 1 day) because no booking
      -- is longer than a day, so this index answers them without scanning history.
      CREATE INDEX bookings_space_start ON bookings(space_id, start);
      CREATE INDEX bookings_contact ON bookings(contact_id) WHERE contact_id IS NOT NULL;
      CREATE INDEX bookings_organisation ON bookings(organisation_id) WHERE organisation_id IS NOT NULL;
      CREATE INDEX bookings_series ON bookings(series_id) WHERE series_id IS NOT NULL;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operator_id INTEGER REFERENCES operators(id),
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        before TEXT,
        after TEXT
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
      CREATE INDEX audit_log_at ON audit_log(at);
    `);
  },
};
