/**
 * One desk in its own thread with its own connection to the shared file or server. It opens the
 * back end, says it is ready, waits until the main thread releases every desk at once,
 * then books each slot of the list in turn and reports how each attempt went. Before
 * each slot the desks meet at a barrier, so every slot is tried by all of them at the
 * same moment (otherwise one desk drifts ahead and the other only meets finished
 * bookings). The race test bundles this file for the thread (see race.test.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openBackend } from '../../electron/main/backend';
import { ARRIVED, GO, READY, type RaceOutcome, type RaceWorkerData } from './race-signal';

const WAIT_MS = 20_000;
const { target, desks, inputs, signal } = workerData as RaceWorkerData;
const flags = new Int32Array(signal);

/** Blocks this thread (never the main one) until flags[index] is at least `target`. */
function waitFor(index: number, target: number): void {
  const deadline = Date.now() + WAIT_MS;
  for (let seen = Atomics.load(flags, index); seen < target; seen = Atomics.load(flags, index)) {
    const left = deadline - Date.now();
    if (left <= 0 || Atomics.wait(flags, index, seen, left) === 'timed-out') throw new Error(`desk waited ${WAIT_MS} ms for signal ${index}`);
  }
}

const backend = await openBackend(target, {});
Atomics.add(flags, READY, 1);
Atomics.notify(flags, READY);
waitFor(GO, 1);
const outcomes: RaceOutcome[] = [];
for (const [i, input] of inputs.entries()) {
  Atomics.add(flags, ARRIVED, 1);
  Atomics.notify(flags, ARRIVED);
  waitFor(ARRIVED, desks * (i + 1));
  const r = await backend.dispatch('bookings.create', input);
  outcomes.push(r.ok ? { ok: true, id: (r.value as { id: number }).id } : { ok: false, kind: r.error.kind, code: r.error.details.code });
}
await backend.close();
parentPort!.postMessage(outcomes);
