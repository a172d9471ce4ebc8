import type { Handlers } from '../handlers';
import { audit, auditedArchive, auditedSave, type ServiceContext } from '../context';
import { findAudience, listAudiences, saveAudience, setAudienceArchived } from '../../db/repos/audiences';
import {
  findOrganisation,
  listOrganisations,
  saveOrganisation,
  setOrganisationArchived,
} from '../../db/repos/organisations';
import { deleteContact, findContact, saveContact, searchContacts } from '../../db/repos/contacts';
import { required } from '../not-found';
import { checkVersion } from '../versions';

type DirectoryMethods =
  | 'audiences.list'
  | 'audiences.save'
  | 'audiences.setArchived'
  | 'organisations.list'
  | 'organisations.save'
  | 'organisations.setArchived'
  | 'contacts.search'
  | 'contacts.save'
  | 'contacts.delete';

export function directoryHandlers(ctx: ServiceContext): Handlers<DirectoryMethods> {
  return {
    'audiences.list': async (i, db) => listAudiences(db, i.includeArchived),
    'audiences.save': async (i, tx) => auditedSave(ctx, tx, 'audience', i.id, findAudience, (tx) => saveAudience(tx, i)),
    'audiences.setArchived': async (i, tx) => auditedArchive(ctx, tx, 'audience', i, findAudience, setAudienceArchived),
    'organisations.list': async (i, db) => listOrganisations(db, i.includeArchived),
    'organisations.save': async (i, tx) => auditedSave(ctx, tx, 'organisation', i.id, findOrganisation, (tx) => saveOrganisation(tx, i)),
    'organisations.setArchived': async (i, tx) => auditedArchive(ctx, tx, 'organisation', i, findOrganisation, setOrganisationArchived),
    'contacts.search': async (i, db) => searchContacts(db, i.query, i.limit),
    'contacts.save': async (i, tx) =>
      auditedSave(ctx, tx, 'contact', i.id, findContact, async (tx, before) => {
        if (before) await checkVersion(tx, 'contact', before.id, before.version, i.version!);
        if (i.organisationId !== null) required(await findOrganisation(tx, i.organisationId), 'organisation', i.organisationId);
        return saveContact(tx, i);
      }),
    'contacts.delete': async ({ id }, tx) => {
      const before = required(await findContact(tx, id), 'contact', id);
      await deleteContact(tx, id);
      // The audit keeps that a contact was removed, not the personal data itself.
      await audit(ctx, tx, 'delete', 'contact', id, { id: before.id });
      return { id };
    },
  };
}
