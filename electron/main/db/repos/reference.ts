/**
 * The reference data every booking check reads: spaces, plan versions, the holiday
 * calendar, holiday policies, closures, and which audiences and organisations exist. A subdistrict has a few hundred rows of it
 * and changes them a few times a term, while the desk checks bookings all day, so the
 * main process keeps it in memory. Migration 0004 gives every write to these tables a
 * new random stamp; one read of the stamp, inside the caller's transaction, says
 * whether the copy in memory is still the database's (also after another desk on the
 * same file changed something), and a new stamp reloads everything.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import type { CalendarDay, Closure } from '../../../shared/contract/plans';
import type { Space } from '../../../shared/domain';
import { spaceTree, type SpaceTree } from '../../../shared/family';
import type { DB } from '../schema';
import type { HolidayPolicy } from '../../../shared/domain';
import { calendarDaysBetween, closuresTouching, holidayPolicies, knownYears } from './calendar';
import { listPlans, type PlanVersion } from './plans';
import { listSpaces } from './spaces';

export interface ReferenceData {
  stamp: number;
  /** Every space, archived ones included. Shared: never modify. */
  spaces: ReadonlyMap<number, Readonly<Space>>;
  /** Which space lies inside which (see shared/family.ts). */
  tree: SpaceTree;
  /** Every version of every space's plan, oldest first, each with all its windows. */
  plans: ReadonlyMap<number, readonly PlanVersion[]>;
  calendarDays: ReadonlyMap<string, CalendarDay>;
  knownYears: ReadonlyMap<number, 'dataset' | 'manual'>;
  /** Every site's policy (the default where none was chosen). */
  policies: ReadonlyMap<number, HolidayPolicy>;
  closures: readonly Closure[];
  /** The audiences and organisations that exist (archived ones too: a booking may name them). */
  audienceIds: ReadonlySet<number>;
  organisationIds: ReadonlySet<number>;
}

/** A few stamps are kept: tests and tools open several databases in one process. */
const KEPT = 4;
const loaded = new Map<number, ReferenceData>();

/** Read before every booking check: compiled once, not built anew each time. */
const STAMP = CompiledQuery.raw('SELECT stamp FROM reference_stamp WHERE id = 1');

export async function referenceStamp(db: Kysely<DB>): Promise<number> {
  return (await db.executeQuery<{ stamp: number }>(STAMP)).rows[0].stamp;
}

/** The reference data as the database holds it now (as `db`'s transaction sees it). */
export async function referenceData(db: Kysely<DB>): Promise<ReferenceData> {
  let stamp = await referenceStamp(db);
  for (let attempt = 0; ; attempt++) {
    const cached = loaded.get(stamp);
    if (cached) return cached;
    const data = await loadReference(db, stamp);
    // Outside a transaction each read sees the latest commit: if another desk changed
    // the reference data while it was being read, the copy may mix both, so read again.
    const after = await referenceStamp(db);
    if (after === stamp || attempt === 2) {
      if (after === stamp) {
        loaded.set(stamp, data);
        if (loaded.size > KEPT) loaded.delete(loaded.keys().next().value!);
      }
      return data;
    }
    stamp = after;
  }
}

async function loadReference(db: Kysely<DB>, stamp: number): Promise<ReferenceData> {
  const spaceList = (await listSpaces(db, { includeArchived: true })).map((s) => Object.freeze(s));
  const siteIds = [...new Set(spaceList.map((s) => s.siteId))];
  const [plans, days, known, policies, closures, audiences, organisations] = await Promise.all([
    listPlans(
      db,
      spaceList.map((s) => s.id),
    ),
    calendarDaysBetween(db, '0000-01-01', '9999-12-31'),
    knownYears(db),
    holidayPolicies(db, siteIds),
    closuresTouching(db, {}),
    db.selectFrom('audiences').select('id').execute(),
    db.selectFrom('organisations').select('id').execute(),
  ]);
  const plansBySpace = new Map<number, PlanVersion[]>();
  for (const p of plans) {
    const version: PlanVersion = { id: p.id, spaceId: p.spaceId, validFrom: p.validFrom, windows: p.windows };
    plansBySpace.set(p.spaceId, [...(plansBySpace.get(p.spaceId) ?? []), version]);
  }
  return {
    stamp,
    spaces: new Map(spaceList.map((s) => [s.id, s])),
    tree: spaceTree(spaceList),
    plans: plansBySpace,
    calendarDays: new Map(days.map((d) => [d.date, d])),
    knownYears: known,
    policies,
    closures,
    audienceIds: new Set(audiences.map((a) => a.id)),
    organisationIds: new Set(organisations.map((o) => o.id)),
  };
}
