/** Time-sharing plan versions and their windows. */
import type { Kysely, Selectable } from 'kysely';
import type { PlanWindow, TimeSharingPlan } from '../../../shared/contract/plans';
import { addDays } from '../../../shared/time';
import type { DB } from '../schema';
import type { PlanWindowsTable } from '../schema-plans';

function toWindow(r: Selectable<PlanWindowsTable>): PlanWindow {
  return {
    weekday: r.weekday,
    start: r.start,
    end: r.end,
    audienceId: r.audience_id,
    organisationId: r.organisation_id,
    maxPerWeek: r.max_per_week,
    maxHeadCount: r.max_head_count,
  };
}

/** Every version of the given spaces, oldest first, each with its windows and end date. */
export async function listPlans(db: Kysely<DB>, spaceIds: number[]): Promise<TimeSharingPlan[]> {
  if (spaceIds.length === 0) return [];
  const plans = await db
    .selectFrom('plans')
    .selectAll()
    .where('space_id', 'in', spaceIds)
    .orderBy('space_id')
    .orderBy('valid_from')
    .execute();
  if (plans.length === 0) return [];
  const windows = await db
    .selectFrom('plan_windows')
    .selectAll()
    .where(
      'plan_id',
      'in',
      plans.map((p) => p.id),
    )
    .orderBy('weekday')
    .orderBy('start')
    .execute();
  const byPlan = new Map<number, PlanWindow[]>();
  for (const w of windows) byPlan.set(w.plan_id, [...(byPlan.get(w.plan_id) ?? []), toWindow(w)]);
  return plans.map((p, i) => {
    const next = plans[i + 1];
    return {
      id: p.id,
      spaceId: p.space_id,
      validFrom: p.valid_from,
      validTo: next && next.space_id === p.space_id ? addDays(next.valid_from, -1) : null,
      name: p.name,
      nameEn: p.name_en,
      windows: byPlan.get(p.id) ?? [],
      version: p.version,
    };
  });
}

/** A plan version with only what the calendar needs to lay out a day. */
export type PlanVersion = Pick<TimeSharingPlan, 'id' | 'spaceId' | 'validFrom' | 'windows'>;

export async function findPlan(db: Kysely<DB>, id: number): Promise<TimeSharingPlan | undefined> {
  const row = await db.selectFrom('plans').select('space_id').where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return (await listPlans(db, [row.space_id])).find((p) => p.id === id);
}

export async function findPlanVersion(db: Kysely<DB>, spaceId: number, validFrom: string): Promise<number | undefined> {
  const r = await db
    .selectFrom('plans')
    .select('id')
    .where('space_id', '=', spaceId)
    .where('valid_from', '=', validFrom)
    .executeTakeFirst();
  return r?.id;
}

/** Insert or replace one version; its windows are replaced as a whole. */
export async function savePlan(
  db: Kysely<DB>,
  p: { id?: number; spaceId: number; validFrom: string; name: string; nameEn: string; windows: PlanWindow[] },
): Promise<number> {
  let planId = p.id;
  if (planId === undefined) {
    planId = (
      await db
        .insertInto('plans')
        .values({ space_id: p.spaceId, valid_from: p.validFrom, name: p.name, name_en: p.nameEn })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  } else {
    await db
      .updateTable('plans')
      .set((eb) => ({ valid_from: p.validFrom, name: p.name, name_en: p.nameEn, version: eb('version', '+', 1) }))
      .where('id', '=', planId)
      .execute();
    await db.deleteFrom('plan_windows').where('plan_id', '=', planId).execute();
  }
  if (p.windows.length) {
    await db
      .insertInto('plan_windows')
      .values(
        p.windows.map((w) => ({
          plan_id: planId,
          weekday: w.weekday,
          start: w.start,
          end: w.end,
          audience_id: w.audienceId,
          organisation_id: w.organisationId,
          max_per_week: w.maxPerWeek,
          max_head_count: w.maxHeadCount,
        })),
      )
      .execute();
  }
  return planId;
}
