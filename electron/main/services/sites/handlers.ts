import type { Kysely } from 'kysely';
import type { Handlers } from '../handlers';
import { auditedArchive, auditedSave, type ServiceContext } from '../context';
import { findSite, insertSite, listSites, setSiteArchived, updateSite } from '../../db/repos/sites';
import {
  findSpace,
  insertSpace,
  listSpaces,
  setSpaceArchived,
  updateSpace,
  type SpaceRow,
} from '../../db/repos/spaces';
import type { DB } from '../../db/schema';
import { referenceData } from '../../db/repos/reference';
import { familyOf } from '../../../shared/family';
import { required } from '../not-found';
import { clashingAfter } from '../rules/facts';
import { checkVersion } from '../versions';
import { AppError } from '../../../shared/errors';

type SitesMethods =
  | 'sites.list'
  | 'sites.save'
  | 'sites.setArchived'
  | 'spaces.list'
  | 'spaces.get'
  | 'spaces.save'
  | 'spaces.setArchived';

/** A parent space must be in the same site and must not be the space itself or one of its halves. */
export async function checkParent(tx: Kysely<DB>, spaceId: number | undefined, s: SpaceRow): Promise<void> {
  if (s.parentId === null) return;
  const parent = required(await findSpace(tx, s.parentId), 'space', s.parentId);
  if (parent.siteId !== s.siteId) {
    throw new AppError('validation', 'space.parent_other_site', 'The parent space belongs to another site', {
      fields: [{ path: 'parentId', code: 'parent_other_site' }],
    });
  }
  if (spaceId !== undefined) {
    const { descendants } = familyOf((await referenceData(tx)).tree, spaceId);
    if (s.parentId === spaceId || descendants.includes(s.parentId)) {
      throw new AppError('validation', 'space.parent_cycle', 'A space cannot be inside itself', {
        fields: [{ path: 'parentId', code: 'parent_cycle' }],
      });
    }
  }
}

/**
 * A smaller capacity, exclusive use, a longer turnover buffer or a new whole space above
 * it must not leave bookings still to come in a clash: the change is refused, naming
 * them, so the coordinator moves them first. Past bookings are history and do not count.
 */
export async function refuseBrokenBookings(tx: Kysely<DB>, spaceId: number, spaceName: string, now: string): Promise<void> {
  const broken = await clashingAfter(tx, spaceId, now);
  if (broken.length === 0) return;
  const first = broken[0].booking;
  throw new AppError('conflict', 'space.change_breaks_bookings', `${broken.length} bookings to come would clash after this change`, {
    params: { count: broken.length, title: first.title, start: first.start.replace('T', ' ') },
    conflicts: broken.map(({ booking: b }) => ({ bookingId: b.id, title: b.title, spaceName, start: b.start, end: b.end })),
  });
}

export function sitesHandlers(ctx: ServiceContext): Handlers<SitesMethods> {
  return {
    'sites.list': async (i, db) => listSites(db, i.includeArchived),
    'sites.save': async (i, tx) =>
      auditedSave(ctx, tx, 'site', i.id, findSite, async (tx) => {
        if (i.id === undefined) return insertSite(tx, i);
        await updateSite(tx, i.id, i);
        return i.id;
      }),
    'sites.setArchived': async (i, tx) => auditedArchive(ctx, tx, 'site', i, findSite, setSiteArchived),
    'spaces.list': async (i, db) => listSpaces(db, i),
    'spaces.get': async (i, db) => required(await findSpace(db, i.id), 'space', i.id),
    'spaces.save': async (i, tx) =>
      auditedSave(ctx, tx, 'space', i.id, findSpace, async (tx, before) => {
        if (before) await checkVersion(tx, 'space', before.id, before.version, i.version!);
        required(await findSite(tx, i.siteId), 'site', i.siteId);
        await checkParent(tx, i.id, i);
        if (i.id === undefined) return insertSpace(tx, i);
        await updateSpace(tx, i.id, i);
        await refuseBrokenBookings(tx, i.id, i.name, ctx.now());
        return i.id;
      }),
    'spaces.setArchived': async (i, tx) => auditedArchive(ctx, tx, 'space', i, findSpace, setSpaceArchived),
  };
}
