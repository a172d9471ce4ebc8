import { z } from 'zod';
import { audience, audienceInput, contact, contactInput, id, organisation, organisationInput } from '../domain';

const listInput = z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false });

export const directoryContract = {
  'audiences.list': { input: listInput, output: z.array(audience) },
  'audiences.save': { input: audienceInput, output: audience },
  'audiences.setArchived': { input: z.object({ id, archived: z.boolean() }), output: audience },
  'organisations.list': { input: listInput, output: z.array(organisation) },
  'organisations.save': { input: organisationInput, output: organisation },
  'organisations.setArchived': { input: z.object({ id, archived: z.boolean() }), output: organisation },
  /** Type-ahead: by name, or by the last digits of a phone number. */
  'contacts.search': {
    input: z.object({ query: z.string().trim().max(40).default(''), limit: z.number().int().min(1).max(200).default(20) }),
    output: z.array(contact),
  },
  'contacts.save': { input: contactInput, output: contact },
  'contacts.delete': { input: z.object({ id }), output: z.object({ id }) },
} as const;
