import { z } from 'zod';
import { audience, audienceInput, contact, contactInput, id, organisation, organisationInput } from '../domain';

const listInput = z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false });

export const directoryContract = {
  'audiences.list': { kind: 'read', input: listInput, output: z.array(audience) },
  'audiences.save': { kind: 'write', input: audienceInput, output: audience },
  'audiences.setArchived': { kind: 'write', input: z.object({ id, archived: z.boolean() }), output: audience },
  'organisations.list': { kind: 'read', input: listInput, output: z.array(organisation) },
  'organisations.save': { kind: 'write', input: organisationInput, output: organisation },
  'organisations.setArchived': { kind: 'write', input: z.object({ id, archived: z.boolean() }), output: organisation },
  /** Type-ahead: by name, or by the last digits of a phone number. */
  'contacts.search': {
    kind: 'read',
    input: z.object({ query: z.string().trim().max(40).default(''), limit: z.number().int().min(1).max(200).default(20) }),
    output: z.array(contact),
  },
  'contacts.save': { kind: 'write', input: contactInput, output: contact },
  'contacts.delete': { kind: 'write', input: z.object({ id }), output: z.object({ id }) },
} as const;
