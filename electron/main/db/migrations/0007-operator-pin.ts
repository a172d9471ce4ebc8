import type { Migration } from '../migrate';

/**
 * An optional PIN for a coordinator: only its salted hash (scrypt, see
 * services/staff/pin.ts) is kept; NULL means no PIN. Nothing else about staff changes.
 */
export const operatorPin: Migration = {
  version: 7,
  name: 'operator-pin',
  up(db) {
    db.exec('ALTER TABLE operators ADD COLUMN pin_hash TEXT');
  },
};
