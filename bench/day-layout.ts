/**
 * Lays out one space's day for the generator: standing weekly blocks first, then
 * one-off bookings walked from opening to closing time around what is already taken
 * (its own blocks and, for a court, the whole court or its halves). The layout obeys
 * the app's conflict rule, so the generated database never holds a clash the app
 * would refuse.
 */
import type { Rng } from './prng';

/** Minutes since midnight, [start, end). */
export interface Interval {
  start: number;
  end: number;
}

/**
 * The time-sharing plan every space follows: the audience each window is for, and the
 * audiences that also book there now and then with a recorded override.
 */
export const PLAN_WINDOWS: readonly { start: number; end: number; audience: number; guests: readonly number[] }[] = [
  { start: 6 * 60, end: 12 * 60, audience: 0, guests: [1, 6] }, // residents; elders, staff
  { start: 12 * 60, end: 14 * 60, audience: 2, guests: [0] }, // teachers & students; residents
  { start: 14 * 60, end: 17 * 60, audience: 1, guests: [0, 6] }, // elders; residents, staff
  { start: 17 * 60, end: 22 * 60, audience: 3, guests: [4, 5, 0] }, // parents; researchers, partners, residents
];

export function windowAt(minute: number) {
  return PLAN_WINDOWS.find((w) => minute >= w.start && minute < w.end) ?? PLAN_WINDOWS[0];
}

/** The app's rule: a clash when either booking, with the turnover buffer after it, reaches into the other. */
export function clashes(c: Interval, taken: readonly Interval[], buffer: number): Interval | undefined {
  return taken.find((b) => c.start < b.end + buffer && b.start < c.end + buffer);
}

const alignUp = (m: number, slot: number) => Math.ceil(m / slot) * slot;

export interface WalkOptions {
  open: number;
  close: number;
  minLength: number;
  maxLength: number;
  buffer: number;
  /** Chance of an idle gap before each booking; higher leaves the space emptier. */
  idle: number;
}

const SLOT = 30;
const GAPS = [30, 30, 60, 60, 90, 120];
const LENGTHS = [60, 60, 60, 90, 90, 120, 120, 180];

/** One-off bookings from opening to closing time around `taken`, on the 30-minute grid. */
export function walkDay(rng: Rng, o: WalkOptions, taken: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let t = o.open;
  while (t < o.close) {
    if (rng.chance(o.idle)) t += rng.pick(GAPS);
    const length = Math.min(o.maxLength, Math.max(o.minLength, rng.pick(LENGTHS)));
    const c = { start: t, end: t + length };
    if (c.end > o.close) break;
    const hit = clashes(c, taken, o.buffer) ?? clashes(c, out, o.buffer);
    if (hit) {
      t = alignUp(Math.max(t + SLOT, hit.end + o.buffer), SLOT);
      continue;
    }
    out.push(c);
    t = alignUp(c.end + o.buffer, SLOT);
  }
  return out;
}

/** 2-5 standing weekly blocks that do not clash with each other (weekday 1-7, minutes). */
export function standingBlocks(rng: Rng, o: WalkOptions, sundayClose: number): (Interval & { weekday: number })[] {
  const blocks: (Interval & { weekday: number })[] = [];
  const wanted = rng.int(2, 5);
  for (let tries = 0; blocks.length < wanted && tries < 20; tries++) {
    const weekday = rng.int(1, 7);
    const length = Math.min(o.maxLength, Math.max(o.minLength, rng.pick([60, 90, 120])));
    const close = weekday === 7 ? sundayClose : o.close;
    const start = o.open + SLOT * rng.int(0, Math.floor((close - o.open - length) / SLOT));
    const b = { weekday, start, end: start + length };
    if (b.end > close) continue;
    if (clashes(b, blocks.filter((x) => x.weekday === weekday), o.buffer)) continue;
    blocks.push(b);
  }
  return blocks;
}
