/** What the race test and its desk threads share: the signal's layout and the messages. */
export interface RaceWorkerData {
  /** The shared file, or the shared server (with the test's schema). */
  target: import('../../electron/main/backend').DatabaseTarget;
  /** How many desks race (the barrier before each slot waits for all of them). */
  desks: number;
  /** bookings.create inputs, in the order this desk tries them. */
  inputs: unknown[];
  /** An Int32Array over it, indexed by READY, GO and ARRIVED. */
  signal: SharedArrayBuffer;
}
/** Desks that have opened their connection and wait to be released. */
export const READY = 0;
/** Turned to 1 by the main thread once every desk is ready: all start at once. */
export const GO = 1;
/** Arrivals at the barrier before each slot: slot i starts when it reaches desks × (i + 1). */
export const ARRIVED = 2;
export const SIGNAL_BYTES = 3 * Int32Array.BYTES_PER_ELEMENT;

export type RaceOutcome = { ok: true; id: number } | { ok: false; kind: string; code: string };
