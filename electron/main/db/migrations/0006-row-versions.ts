import type { Migration } from '../migrate';

/**
 * A version on every row a user edits in a form or by dragging: bookings, series,
 * spaces, plans and contacts. Every write of such a row adds one; an edit carries the
 * version it was made from, and one made from an older version (another desk changed
 * the row meanwhile) is refused instead of silently overwriting that change.
 */
const VERSIONED = ['bookings', 'series', 'spaces', 'plans', 'contacts'];

export const rowVersions: Migration = {
  version: 6,
  name: 'row-versions',
  up(db) {
    // Table names come from the constant list above, never from input.
    for (const table of VERSIONED) db.exec(`ALTER TABLE ${table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)`);
  },
};
