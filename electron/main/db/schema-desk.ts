/** Tables of the desk feature (added by migration 0003-desk). */
import type { Generated } from 'kysely';

export interface WaitlistTable {
  id: Generated<number>;
  site_id: number;
  space_id: number | null;
  contact_id: number;
  /** Wanted days [from, to), dates. */
  from: string;
  to: string;
  /** Wanted time of day, HH:MM. */
  earliest: string;
  latest: string;
  duration_minutes: number;
  head_count: number;
  /** JSON array of strings */
  amenities: string;
  audience_id: number | null;
  note: string;
  status: string;
  created_by: number | null;
  created_at: string;
}

export interface WaitlistOffersTable {
  id: Generated<number>;
  waitlist_id: number;
  /** The cancelled (or declined) booking that freed the slot. */
  booking_id: number;
  space_id: number;
  start: string;
  end: string;
  created_at: string;
}

export interface SettingsTable {
  key: string;
  /** JSON */
  value: string;
}

export interface DeskTables {
  waitlist: WaitlistTable;
  waitlist_offers: WaitlistOffersTable;
  settings: SettingsTable;
}
