import { z } from 'zod';
import { id, site, siteInput, space, spaceInput } from '../domain';

export const sitesContract = {
  'sites.list': {
    kind: 'read',
    input: z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }),
    output: z.array(site),
  },
  'sites.save': { kind: 'write', input: siteInput, output: site },
  'sites.setArchived': { kind: 'write', input: z.object({ id, archived: z.boolean() }), output: site },
  'spaces.list': {
    kind: 'read',
    input: z
      .object({ siteId: id.optional(), includeArchived: z.boolean().default(false) })
      .default({ includeArchived: false }),
    output: z.array(space),
  },
  'spaces.get': { kind: 'read', input: z.object({ id }), output: space },
  'spaces.save': { kind: 'write', input: spaceInput, output: space },
  'spaces.setArchived': { kind: 'write', input: z.object({ id, archived: z.boolean() }), output: space },
} as const;
