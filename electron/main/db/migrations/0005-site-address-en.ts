import type { Migration } from '../migrate';

/**
 * A site's address in English, for the English and bilingual timetables on the door
 * (the Chinese address was printed on them until now). Empty means "print the Chinese".
 */
export const siteAddressEn: Migration = {
  version: 5,
  name: 'site-address-en',
  up(db) {
    db.exec(`ALTER TABLE sites ADD COLUMN address_en TEXT NOT NULL DEFAULT ''`);
  },
};
