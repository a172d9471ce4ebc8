/** Tables of the plans feature (added by migration 0002). */
import type { Generated } from 'kysely';

export interface PlansTable {
  id: Generated<number>;
  space_id: number;
  valid_from: string;
  name: string;
  /** Added by migration 0009; '' shows the Chinese name in English mode too. */
  name_en: Generated<string>;
  /** Added by migration 0006; one more on every write. */
  version: Generated<number>;
}

export interface PlanWindowsTable {
  id: Generated<number>;
  plan_id: number;
  weekday: number;
  start: string;
  end: string;
  audience_id: number;
  organisation_id: number | null;
  max_per_week: number | null;
  max_head_count: number | null;
}

export interface CalendarYearsTable {
  year: number;
  source: string;
  updated_at: string;
}

export interface CalendarDaysTable {
  date: string;
  kind: string;
  name: string;
  follows_weekday: number | null;
}

export interface HolidayPoliciesTable {
  site_id: number;
  mode: string;
  weekday: number;
}

export interface ClosuresTable {
  id: Generated<number>;
  site_id: number | null;
  space_id: number | null;
  first_day: string;
  last_day: string;
  reason: string;
}

export interface SeriesTable {
  id: Generated<number>;
  space_id: number;
  /** JSON of the recurrence rule */
  rule: string;
  start_time: string;
  end_time: string;
  title: string;
  audience_id: number | null;
  organisation_id: number | null;
  contact_id: number | null;
  head_count: number;
  note: string;
  created_at: string;
  /** Added by migration 0006; one more on every write. */
  version: Generated<number>;
}

export interface SeriesExceptionsTable {
  id: Generated<number>;
  series_id: number;
  date: string;
  kind: string;
  booking_id: number | null;
  note: string;
}

export interface PlansTables {
  plans: PlansTable;
  plan_windows: PlanWindowsTable;
  calendar_years: CalendarYearsTable;
  calendar_days: CalendarDaysTable;
  holiday_policies: HolidayPoliciesTable;
  closures: ClosuresTable;
  series: SeriesTable;
  series_exceptions: SeriesExceptionsTable;
}
