/**
 * One desk in its own thread with its own connection: waits for the start signal,
 * then tries to book the contested slot and reports the outcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openBackend } from '../../electron/main/backend';

const { file, input, signal } = workerData as { file: string; input: unknown; signal: SharedArrayBuffer };
const backend = await openBackend(file, {});
// Both threads spin until released together, to make the race real.
Atomics.wait(new Int32Array(signal), 0, 0);
const result = await backend.dispatch('bookings.create', input);
await backend.close();
parentPort!.postMessage(result);
