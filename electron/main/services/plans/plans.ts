/**
 * Time-sharing plans: effective-dated versions of a space's weekly audience windows.
 * Next term's version can be prepared now; `compare` lists the bookings a version
 * would leave outside its windows, so nothing is dropped without the coordinator seeing it.
 */
import type { PlanWindow, TimeSharingPlan } from '../../../shared/contract/plans';
import { ACTIVE_STATUSES } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { addDays, datePart } from '../../../shared/time';
import { bookingViews } from '../../db/repos/bookings';
import { findPlan, findPlanVersion, listPlans, savePlan } from '../../db/repos/plans';
import { findSpace } from '../../db/repos/spaces';
import type { Kysely } from 'kysely';
import type { Output } from '../../../shared/contract';
import type { DB } from '../../db/schema';
import { auditedSave, type ServiceContext } from '../context';
import { required } from '../not-found';
import { referenceData } from '../../db/repos/reference';
import { checkVersion } from '../versions';
import { foreignWindow } from '../rules/calendar-rules';
import { planOn, spaceDays } from '../rules/space-days';

type AffectedBooking = Output<'plans.compare'>['bookings'][number];

/** Two windows of one weekday may touch but not overlap: a moment belongs to one audience. */
function checkWindows(windows: PlanWindow[]): void {
  const sorted = [...windows].sort((a, b) => a.weekday - b.weekday || (a.start < b.start ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    if (a.weekday === b.weekday && b.start < a.end) {
      throw new AppError('validation', 'plans.windows_overlap', `Windows ${a.start}–${a.end} and ${b.start}–${b.end} overlap`, {
        params: { weekday: a.weekday, first: `${a.start}–${a.end}`, second: `${b.start}–${b.end}` },
      });
    }
  }
}

export async function planFor(db: Kysely<DB>, spaceId: number, date: string): Promise<TimeSharingPlan | null> {
  return planOn(await listPlans(db, [spaceId]), date) ?? null;
}

export async function savePlanVersion(
  ctx: ServiceContext,
  tx: Kysely<DB>,
  p: { id?: number; version?: number; spaceId: number; validFrom: string; name?: string; nameEn?: string; windows: PlanWindow[] },
): Promise<TimeSharingPlan> {
  checkWindows(p.windows);
  return auditedSave(ctx, tx, 'plan', p.id, findPlan, async (tx, before) => {
    // A copy onto an existing version replaces it on purpose and carries no version.
    if (before && p.version !== undefined) await checkVersion(tx, 'plan', before.id, before.version, p.version);
    // A version belongs to its space: it is not moved to another one by an edit.
    if (before && before.spaceId !== p.spaceId) {
      throw new AppError('validation', 'plans.other_space', 'A plan version cannot move to another space', {
        fields: [{ path: 'spaceId', code: 'plan_other_space' }],
      });
    }
    // The audiences and standing groups the windows name must exist.
    const ref = await referenceData(tx);
    for (const w of p.windows) {
      if (!ref.audienceIds.has(w.audienceId)) required(undefined, 'audience', w.audienceId);
      if (w.organisationId !== null && !ref.organisationIds.has(w.organisationId)) required(undefined, 'organisation', w.organisationId);
    }
    required(await findSpace(tx, p.spaceId), 'space', p.spaceId);
    const sameDay = await findPlanVersion(tx, p.spaceId, p.validFrom);
    if (sameDay !== undefined && sameDay !== p.id) {
      throw new AppError('validation', 'plans.version_exists', `A version from ${p.validFrom} exists already`, {
        params: { date: p.validFrom },
      });
    }
    // Names left out of an edit stay as they were.
    return savePlan(tx, { ...p, name: p.name ?? before?.name ?? '', nameEn: p.nameEn ?? before?.nameEn ?? '' });
  });
}

/** Copy a version's windows to another space, from the same date unless told otherwise. */
export async function copyPlanToSpace(ctx: ServiceContext, tx: Kysely<DB>, planId: number, spaceId: number, validFrom?: string) {
  const source = required(await findPlan(tx, planId), 'plan', planId);
  const from = validFrom ?? source.validFrom;
  const existing = await findPlanVersion(tx, spaceId, from);
  return savePlanVersion(ctx, tx, { id: existing, spaceId, validFrom: from, name: source.name, nameEn: source.nameEn, windows: source.windows });
}

/**
 * Bookings from the version's start (or today, whichever is later) until the next
 * version that the given windows would not admit. Overridden bookings are left out:
 * someone already decided they may sit outside the plan.
 */
export async function comparePlan(
  ctx: ServiceContext,
  db: Kysely<DB>,
  spaceId: number,
  validFrom: string,
  windows: PlanWindow[],
): Promise<{ bookings: AffectedBooking[] }> {
  const today = datePart(ctx.now());
  const from = validFrom > today ? validFrom : today;
  const next = (await listPlans(db, [spaceId])).find((p) => p.validFrom > validFrom);
  const to = next?.validFrom ?? addDays(from, 3 * 366);
  if (from >= to) return { bookings: [] };
  const days = new Map((await spaceDays(db, [spaceId], from, to)).map((d) => [d.date, d]));
  const bookings = await bookingViews(db, { from, to, spaceIds: [spaceId], includeCancelled: false });
  const out: AffectedBooking[] = [];
  for (const b of bookings) {
    const day = days.get(datePart(b.start));
    if (!day || b.overrideReason || !(ACTIVE_STATUSES as readonly string[]).includes(b.status)) continue;
    const dayWindows = windows.filter((w) => w.weekday === day.planWeekday);
    if (foreignWindow({ windows: dayWindows }, b)) {
      out.push({ id: b.id, spaceId, start: b.start, end: b.end, title: b.title, audienceId: b.audienceId, seriesId: b.seriesId, problem: 'outside_window' });
    }
  }
  return { bookings: out };
}
