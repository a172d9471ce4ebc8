import { z } from 'zod';
import { id, site, siteInput, space, spaceInput } from '../domain';

export const sitesContract = {
  'sites.list': {
    input: z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }),
    output: z.array(site),
  },
  'sites.save': { input: siteInput, output: site },
  'sites.setArchived': { input: z.object({ id, archived: z.boolean() }), output: site },
  'spaces.list': {
    input: z
      .object({ siteId: id.optional(), includeArchived: z.boolean().default(false) })
      .default({ includeArchived: false }),
    output: z.array(space),
  },
  'spaces.get': { input: z.object({ id }), output: space },
  'spaces.save': { input: spaceInput, output: space },
  'spaces.setArchived': { input: z.object({ id, archived: z.boolean() }), output: space },
} as const;
