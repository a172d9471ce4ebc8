import type { Migration } from '../migrate';

/**
 * The front desk: the waitlist and the offers made to it when a slot is freed, the
 * desk's settings, and indexes for the approval queue and the audit log's filters.
 */
export const desk: Migration = {
  version: 3,
  name: 'desk',
  up(db) {
    db.exec(`
      CREATE TABLE waitlist (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES sites(id),
        space_id INTEGER REFERENCES spaces(id),
        -- deleting a contact removes their personal data, waitlist entries included
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        "from" TEXT NOT NULL,
        "to" TEXT NOT NULL,
        earliest TEXT NOT NULL,
        latest TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        head_count INTEGER NOT NULL CHECK (head_count > 0),
        amenities TEXT NOT NULL DEFAULT '[]',
        audience_id INTEGER REFERENCES audiences(id),
        note TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('waiting', 'booked', 'withdrawn')),
        created_by INTEGER REFERENCES operators(id),
        created_at TEXT NOT NULL,
        CHECK ("from" < "to"),
        CHECK (earliest < latest)
      ) STRICT;
      CREATE INDEX waitlist_site_status ON waitlist(site_id, status, "to");
      CREATE INDEX waitlist_contact ON waitlist(contact_id);

      CREATE TABLE waitlist_offers (
        id INTEGER PRIMARY KEY,
        waitlist_id INTEGER NOT NULL REFERENCES waitlist(id) ON DELETE CASCADE,
        booking_id INTEGER NOT NULL REFERENCES bookings(id),
        space_id INTEGER NOT NULL REFERENCES spaces(id),
        start TEXT NOT NULL,
        end TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (waitlist_id, booking_id)
      ) STRICT;
      CREATE INDEX waitlist_offers_start ON waitlist_offers(start);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- The approval queue reads the few requested bookings without walking history.
      CREATE INDEX bookings_requested ON bookings(start) WHERE status = 'requested';
      CREATE INDEX audit_log_operator ON audit_log(operator_id, at);
    `);
  },
};
