/**
 * The app's clock. "Today" and "now" belong to the main process: wall-clock time in
 * Shanghai (`YYYY-MM-DDTHH:mm`, the same clock that checks and stamps every booking).
 * The machine's own date and zone may be anything; they are never read as today.
 *
 * The main process is asked at start (the first render waits for it), when the window
 * regains focus and every few minutes. In between the time runs on from its last answer
 * (wallClock.ts), and the hooks re-render when the minute or the day changes.
 */
import { useSyncExternalStore } from 'react';
import { invoke } from './client';
import { adoptNow, keepTicking, shownNow, subscribeClock } from './wallClock';

export { clockDate, dayjsFollowsClock, getNow, getToday } from './wallClock';

const REFRESH_MS = 5 * 60_000;

/** Ask the main process for the time again; on failure the clock runs on from the last answer. */
export async function refreshClock(): Promise<void> {
  try {
    adoptNow((await invoke('app.info', {})).now);
  } catch {
    // Keep the last answer (or the machine's clock before the first one).
  }
}

let started: Promise<void> | undefined;

/** Ask for the time once before the first render; then keep it fresh. */
export function startClock(): Promise<void> {
  started ??= refreshClock().then(() => {
    keepTicking();
    window.addEventListener('focus', () => void refreshClock());
    setInterval(() => void refreshClock(), REFRESH_MS);
  });
  return started;
}

/** The main process's now, `YYYY-MM-DDTHH:mm`; re-renders when the minute changes. */
export function useNow(): string {
  return useSyncExternalStore(subscribeClock, shownNow);
}

/** The main process's today, `YYYY-MM-DD`; re-renders when the day changes. */
export function useToday(): string {
  return useSyncExternalStore(subscribeClock, () => shownNow().slice(0, 10));
}
