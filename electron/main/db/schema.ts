/** Kysely table types: column names as in SQL (snake_case). Repos map rows to domain objects. */
import type { Generated } from 'kysely';
import type { DeskTables } from './schema-desk';
import type { PlansTables } from './schema-plans';

export interface SitesTable {
  id: Generated<number>;
  name: string;
  name_en: string;
  address: string;
  address_en: Generated<string>;
  phone: string;
  timezone: string;
  archived: number;
}

export interface SpacesTable {
  id: Generated<number>;
  site_id: number;
  parent_id: number | null;
  name: string;
  name_en: string;
  kind: string;
  capacity: number;
  /** JSON array of strings */
  amenities: string;
  /** JSON array of {weekday, open, close} */
  opening_hours: string;
  slot_minutes: number;
  min_booking_minutes: number;
  max_booking_minutes: number;
  buffer_minutes: number;
  needs_approval: number;
  mode: string;
  color: string;
  archived: number;
  /** Added by migration 0006; one more on every write. */
  version: Generated<number>;
}

export interface AudiencesTable {
  id: Generated<number>;
  name: string;
  name_en: string;
  color: string;
  sort_order: number;
  archived: number;
}

export interface OrganisationsTable {
  id: Generated<number>;
  name: string;
  name_en: string;
  kind: string;
  note: string;
  archived: number;
}

export interface ContactsTable {
  id: Generated<number>;
  name: string;
  phone: string;
  organisation_id: number | null;
  note: string;
  /** Added by migration 0006; one more on every write. */
  version: Generated<number>;
}

export interface OperatorsTable {
  id: Generated<number>;
  name: string;
  role: string;
  archived: number;
  /** Added by migration 0007: a coordinator's PIN as `scrypt$salt$hash`, or NULL; never leaves the main process. */
  pin_hash: Generated<string | null>;
}

export interface BookingsTable {
  id: Generated<number>;
  space_id: number;
  start: string;
  end: string;
  title: string;
  contact_id: number | null;
  organisation_id: number | null;
  audience_id: number | null;
  head_count: number;
  status: string;
  note: string;
  series_id: number | null;
  override_reason: string | null;
  cancel_reason: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  /** Added by migration 0006; one more on every write. */
  version: Generated<number>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  operator_id: number | null;
  action: string;
  entity: string;
  entity_id: number | null;
  before: string | null;
  after: string | null;
}

/** One row whose stamp changes with every write to the tables the booking checks cache. */
export interface ReferenceStampTable {
  id: number;
  stamp: number;
}

/** Every table; each feature adds its own in schema-<feature>.ts. */
export interface DB extends PlansTables, DeskTables {
  sites: SitesTable;
  spaces: SpacesTable;
  audiences: AudiencesTable;
  organisations: OrganisationsTable;
  contacts: ContactsTable;
  operators: OperatorsTable;
  bookings: BookingsTable;
  audit_log: AuditLogTable;
  reference_stamp: ReferenceStampTable;
}
