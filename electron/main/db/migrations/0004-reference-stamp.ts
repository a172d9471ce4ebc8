import type { Migration } from '../migrate';

/**
 * The tables every booking check reads but that change rarely: spaces, plans, the
 * holiday calendar, holiday policies, closures, audiences and organisations. Any write
 * to them gives the one row of reference_stamp a new random stamp, so the main process
 * can keep them in memory and know, with one indexed read inside its transaction,
 * whether its copy is still current, also when another desk on the same file made the
 * change. A random stamp rather than a counter: a rolled-back change can never come
 * back as a stamp that names other data. (Kept within 2^53 so JavaScript reads it
 * exactly.)
 */
export const WATCHED = [
  'spaces',
  'plans',
  'plan_windows',
  'calendar_days',
  'calendar_years',
  'holiday_policies',
  'closures',
  'audiences',
  'organisations',
];

export const referenceStamp: Migration = {
  version: 4,
  name: 'reference-stamp',
  up(db) {
    db.exec(`
      CREATE TABLE reference_stamp (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        stamp INTEGER NOT NULL
      ) STRICT;
      INSERT INTO reference_stamp (id, stamp) VALUES (1, abs(random() % 9007199254740991));
    `);
    for (const table of WATCHED) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        // Table and event names come from the constant lists above, never from input.
        db.exec(`CREATE TRIGGER ${table}_${event.toLowerCase()}_stamp AFTER ${event} ON ${table}
          BEGIN UPDATE reference_stamp SET stamp = abs(random() % 9007199254740991) WHERE id = 1; END;`);
      }
    }
  },
};
