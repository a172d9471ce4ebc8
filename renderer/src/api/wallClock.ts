/**
 * The running estimate of the main process's wall clock (Shanghai, `YYYY-MM-DDTHH:mm`):
 * its last answer plus the time the machine has measured since. No IPC and no DOM here
 * (see clock.ts for asking and for the React hooks), so it is tested on its own.
 */
import type { PluginFunc } from 'dayjs';

const MINUTE_MS = 60_000;
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** The main process's wall-clock time, as milliseconds of the same digits read as UTC, at a moment of Date.now(). */
let anchor: { wallMs: number; at: number } | null = null;
/** The minute subscribers last saw. */
let shown = '';
const listeners = new Set<() => void>();
let tick: ReturnType<typeof setTimeout> | undefined;

/** The machine's own wall clock: only until the main process has answered, or if it cannot. */
function machineWallMs(): number {
  const d = new Date();
  return d.getTime() - d.getTimezoneOffset() * MINUTE_MS;
}

function wallMs(): number {
  return anchor ? anchor.wallMs + (Date.now() - anchor.at) : machineWallMs();
}

/** Now, as the main process's wall-clock `YYYY-MM-DDTHH:mm`: for event handlers. */
export function getNow(): string {
  return new Date(wallMs()).toISOString().slice(0, 16);
}

/** Today, `YYYY-MM-DD`: for event handlers. */
export function getToday(): string {
  return getNow().slice(0, 10);
}

/**
 * Now as a browser Date whose local fields (year ... minute) are the main process's
 * wall clock, for libraries that work in the browser's zone (FullCalendar, dayjs).
 */
export function clockDate(): Date {
  const d = new Date(wallMs());
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}

/** The minute last announced to subscribers (stable between minutes, for useSyncExternalStore). */
export function shownNow(): string {
  return shown || getNow();
}

function publish(): void {
  const now = getNow();
  if (now === shown) return;
  shown = now;
  listeners.forEach((l) => l());
}

/** Wake up just after the next minute starts (nothing shows seconds). */
function scheduleTick(): void {
  clearTimeout(tick);
  tick = setTimeout(
    () => {
      publish();
      scheduleTick();
    },
    MINUTE_MS - (wallMs() % MINUTE_MS) + 20,
  );
}

/** Take an answer of the main process (to the minute); tell subscribers when the minute changes. */
export function adoptNow(now: string): void {
  if (!WALL_CLOCK.test(now)) return;
  const answered = Date.parse(`${now}:00Z`);
  // The running estimate knows the seconds: keep it while it is within the answered minute.
  const guess = wallMs();
  if (!anchor || guess < answered || guess >= answered + MINUTE_MS) anchor = { wallMs: answered, at: Date.now() };
  keepTicking();
}

/** Announce the current minute, and wake up at the next one (also without any answer yet). */
export function keepTicking(): void {
  publish();
  scheduleTick();
}

/** Called once a minute, and whenever an answer moves the clock. */
export function subscribeClock(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A dayjs plugin: `dayjs()` with no date means the main process's now, so that what
 * antd's date pickers mark and pick as "today" is the app's today.
 */
export const dayjsFollowsClock: PluginFunc = (_option, Dayjs) => {
  const proto = Dayjs.prototype as unknown as { parse(cfg: { date?: unknown }): void };
  const parse = proto.parse;
  proto.parse = function (cfg) {
    parse.call(this, cfg.date === undefined ? { ...cfg, date: clockDate() } : cfg);
  };
};
