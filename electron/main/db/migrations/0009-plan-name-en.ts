import type { Migration } from '../migrate';

/**
 * A plan version's name in English (2026 秋季学期 / Autumn term 2026), shown in English
 * mode; empty means "show the Chinese name".
 */
export const planNameEn: Migration = {
  version: 9,
  name: 'plan-name-en',
  up(db) {
    db.exec(`ALTER TABLE plans ADD COLUMN name_en TEXT NOT NULL DEFAULT ''`);
  },
};
