/**
 * What the calendar says about one space on one day: closures, holidays and 调休,
 * and the time-sharing plan's audience windows. The booking rules, the series preview
 * and the desk's slot finder all read the calendar through this one function.
 */
import type { Kysely } from 'kysely';
import type { CalendarDay, Closure } from '../../../shared/contract/plans';
import type { DB } from '../../db/schema';
import { addDays, isoWeekday } from '../../../shared/time';
import type { HolidayPolicy } from '../../../shared/domain';
import type { PlanVersion } from '../../db/repos/plans';
import { referenceData, type ReferenceData } from '../../db/repos/reference';

export interface PlanWindowOfDay {
  start: string; // HH:MM
  end: string; // HH:MM
  audienceId: number;
  organisationId: number | null;
  maxPerWeek?: number | null;
  maxHeadCount?: number | null;
}

export interface SpaceDay {
  spaceId: number;
  date: string;
  /** Closed all day: a closure, or a holiday whose site plan is "closed". */
  closed: null | { kind: 'closure' | 'holiday'; reason: string };
  /** The weekday whose plan applies (a make-up workday follows another weekday's plan). */
  planWeekday: number;
  /** Audience windows that apply that day; empty when the space has no plan. */
  windows: PlanWindowOfDay[];
  /** No holiday data for that year: callers warn instead of assuming an ordinary day. */
  unknownYear: boolean;
  /** The holiday or make-up workday of that date, if any. */
  calendarDay?: { kind: 'holiday' | 'workday'; name: string } | null;
  /** The plan version in force (null: the space has no plan that day). */
  planId?: number | null;
}

export interface CalendarFacts {
  siteOf: ReadonlyMap<number, number>;
  plans: readonly PlanVersion[];
  days: ReadonlyMap<string, CalendarDay>;
  known: ReadonlyMap<number, unknown>;
  policies: ReadonlyMap<number, HolidayPolicy>;
  closures: readonly Closure[];
}

/** Every (space, date) in [from, to) (dates, `to` exclusive), as the database holds them now. */
export async function spaceDays(db: Kysely<DB>, spaceIds: number[], from: string, to: string): Promise<SpaceDay[]> {
  if (spaceIds.length === 0 || from >= to) return [];
  return spaceDaysFrom(await referenceData(db), spaceIds, from, to);
}

/** spaceDays over reference data already read in this transaction. */
export function spaceDaysFrom(ref: ReferenceData, spaceIds: number[], from: string, to: string): SpaceDay[] {
  if (spaceIds.length === 0 || from >= to) return [];
  return daysOf(calendarFacts(ref, spaceIds, from, to), spaceIds, datesBetween(from, to));
}

/** spaceDaysFrom for the given dates only (a series needs its dates, not the years between). */
export function spaceDaysOn(ref: ReferenceData, spaceIds: number[], dates: readonly string[]): SpaceDay[] {
  if (spaceIds.length === 0 || dates.length === 0) return [];
  const sorted = [...dates].sort();
  return daysOf(calendarFacts(ref, spaceIds, sorted[0], addDays(sorted[sorted.length - 1], 1)), spaceIds, sorted);
}

function calendarFacts(ref: ReferenceData, spaceIds: number[], from: string, to: string): CalendarFacts {
  const siteOf = new Map<number, number>();
  for (const id of spaceIds) {
    const space = ref.spaces.get(id);
    if (space) siteOf.set(id, space.siteId);
  }
  const sites = new Set(siteOf.values());
  const spaces = new Set(spaceIds);
  return {
    siteOf,
    plans: spaceIds.flatMap((id) => ref.plans.get(id) ?? []),
    days: ref.calendarDays,
    known: ref.knownYears,
    policies: ref.policies,
    // Only the closures that can matter, so the per-day lookup stays short.
    closures: ref.closures.filter(
      (c) => c.lastDay >= from && c.firstDay < to && ((c.spaceId !== null && spaces.has(c.spaceId)) || (c.siteId !== null && sites.has(c.siteId))),
    ),
  };
}

function* datesBetween(from: string, to: string): Generator<string> {
  for (let date = from; date < to; date = addDays(date, 1)) yield date;
}

/** The pure part of spaceDays, also used when a caller tries out a plan that is not saved. */
export function buildSpaceDays(facts: CalendarFacts, spaceIds: number[], from: string, to: string): SpaceDay[] {
  return daysOf(facts, spaceIds, datesBetween(from, to));
}

function daysOf(facts: CalendarFacts, spaceIds: number[], dates: Iterable<string>): SpaceDay[] {
  const plansBySpace = new Map<number, PlanVersion[]>();
  for (const p of facts.plans) plansBySpace.set(p.spaceId, [...(plansBySpace.get(p.spaceId) ?? []), p]);
  // The windows of one plan version on one weekday, shared by every day that has them:
  // a two-year series asks for a hundred days of the same few weekdays.
  const windowsOf = new Map<string, PlanWindowOfDay[]>();
  const windows = (plan: PlanVersion, weekday: number): PlanWindowOfDay[] => {
    const key = `${plan.id}/${weekday}`;
    let list = windowsOf.get(key);
    if (!list) {
      list = plan.windows.filter((w) => w.weekday === weekday).map(({ weekday: _w, ...w }) => w);
      windowsOf.set(key, list);
    }
    return list;
  };
  const out: SpaceDay[] = [];
  for (const date of dates) {
    const cal = facts.days.get(date) ?? null;
    const unknownYear = !facts.known.has(Number(date.slice(0, 4)));
    for (const spaceId of spaceIds) {
      const siteId = facts.siteOf.get(spaceId);
      const policy = siteId === undefined ? undefined : facts.policies.get(siteId);
      let planWeekday = isoWeekday(date);
      let closed: SpaceDay['closed'] = null;
      if (cal?.kind === 'workday' && cal.followsWeekday !== null) planWeekday = cal.followsWeekday;
      if (cal?.kind === 'holiday') {
        if (policy?.mode === 'closed') closed = { kind: 'holiday', reason: cal.name };
        else planWeekday = policy?.weekday ?? 7;
      }
      const closure = facts.closures.find(
        (c) => (c.spaceId === spaceId || (c.siteId !== null && c.siteId === siteId)) && c.firstDay <= date && date <= c.lastDay,
      );
      if (closure) closed = { kind: 'closure', reason: closure.reason };
      const plan = planOn(plansBySpace.get(spaceId), date);
      out.push({
        spaceId,
        date,
        closed,
        planWeekday,
        windows: plan ? windows(plan, planWeekday) : [],
        unknownYear,
        calendarDay: cal ? { kind: cal.kind, name: cal.name } : null,
        planId: plan?.id ?? null,
      });
    }
  }
  return out;
}

/** The version in force on `date`: the latest one starting on or before it. */
export function planOn<P extends { validFrom: string }>(versions: P[] | undefined, date: string): P | undefined {
  let found: P | undefined;
  for (const p of versions ?? []) if (p.validFrom <= date && (!found || p.validFrom > found.validFrom)) found = p;
  return found;
}
