import type { Migration } from '../migrate';

/** Reserved for issue 5 — waitlist, approvals, check-in. Filled before the first release. */
export const desk: Migration = {
  version: 3,
  name: 'desk',
  up() {},
};
