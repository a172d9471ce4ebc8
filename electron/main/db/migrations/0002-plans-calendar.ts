import type { Migration } from '../migrate';

/** Reserved for issue 4 — time-sharing plans, series, calendar days, closures. Filled before the first release. */
export const plansCalendar: Migration = {
  version: 2,
  name: 'plans-calendar',
  up() {},
};
