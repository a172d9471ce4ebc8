import { z } from 'zod';
import { operator, operatorInput, id } from '../domain';

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
  'operators.save': { kind: 'write', input: operatorInput, output: operator },
  /** Who is at the desk now; every change is recorded against this operator. */
  'session.setOperator': { kind: 'write', input: z.object({ operatorId: id }), output: operator },
  'session.current': { kind: 'read', input: z.object({}).default({}), output: operator.nullable() },
} as const;
