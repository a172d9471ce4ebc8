import { z } from 'zod';
import { operator, operatorInput, id, pin } from '../domain';

export const appContract = {
  'app.info': {
    kind: 'read',
    input: z.object({}).default({}),
    /** today and now are the main process's clock: Shanghai wall-clock time, `now` as `YYYY-MM-DDTHH:mm`. */
    output: z.object({ version: z.string(), schemaVersion: z.number().int(), today: z.string(), now: z.string() }),
  },
  'operators.list': {
    kind: 'read',
    input: z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }),
    output: z.array(operator),
  },
  /** Add or rename a member of staff, or change their role (coordinators only; see shared/staff.ts). */
  'operators.save': { kind: 'write', input: operatorInput, output: operator },
  /** Retire a member of staff (gone from the switcher, still named in the audit log) or bring them back. */
  'operators.setArchived': { kind: 'write', input: z.object({ id, archived: z.boolean() }), output: operator },
  /** Set, change (pin) or clear (null) a coordinator's PIN. */
  'operators.setPin': { kind: 'write', input: z.object({ id, pin: pin.nullable() }), output: operator },
  /**
   * Who is at the desk now; every change is recorded against this operator. A coordinator
   * with a PIN needs it; a few wrong tries in a row lock that coordinator for a short while.
   */
  'session.setOperator': { kind: 'write', input: z.object({ operatorId: id, pin: pin.optional() }), output: operator },
  'session.current': { kind: 'read', input: z.object({}).default({}), output: operator.nullable() },
} as const;
