import { z } from 'zod';
import { dateString, id } from '../domain';

const spaceDay = z.object({
  spaceId: id,
  date: z.string(),
  closed: z.object({ kind: z.enum(['closure', 'holiday']), reason: z.string() }).nullable(),
  planWeekday: z.number().int(),
  windows: z.array(z.object({ start: z.string(), end: z.string(), audienceId: id, organisationId: id.nullable() })),
  unknownYear: z.boolean(),
});

/** What the calendar says about each space and day: windows to draw as bands, closed days. */
export const calendarContract = {
  'spaceDays.list': {
    kind: 'read',
    input: z
      .object({ spaceIds: z.array(id).min(1).max(200), from: dateString, to: dateString })
      .refine((r) => r.from < r.to, { message: 'start_before_end', path: ['to'] }),
    output: z.array(spaceDay),
  },
} as const;
