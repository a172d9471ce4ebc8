/**
 * Break a valid input in one place: pick a random path in it (the root too) and apply
 * one mutation that a careless caller, an old renderer or a hostile page could send:
 * the wrong type, a number out of range, an impossible date, a datetime with seconds,
 * an empty or huge string, a deleted key, an unknown key (`__proto__` included). One
 * change at a time, so a failure points at the field that caused it.
 */
import fc from 'fast-check';
import type { Rand } from './rng';

export type Path = (string | number)[];

/** Every path of plain objects and arrays in `v`, up to a depth that covers the contract. */
export function pathsOf(v: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (prefix.length < 6 && v !== null && typeof v === 'object') {
    for (const k of Object.keys(v)) pathsOf((v as Record<string, unknown>)[k], [...prefix, Array.isArray(v) ? Number(k) : k], out);
  }
  return out;
}

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)?.[k], root);
}

/** An own, enumerable property even for `__proto__` (what JSON.parse or structured clone produce). */
export function defineKey(o: object, key: string | number, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

const WRONG_TYPES: unknown[] = [null, undefined, true, false, 0, 1, -1, 1.5, NaN, '', '1', 'abc', [], [1], {}, { a: 1 }];
const ODD_NUMBERS = [0, -0, -1, 0.5, 1e21, -1e21, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, Number.MAX_VALUE, Number.MIN_VALUE, Infinity, -Infinity, NaN];
const ODD_STRINGS = ['', ' ', '\u0000', '\ud800', '😀'.repeat(50), "'; DROP TABLE bookings; --", '%', '_', '\\', 'null', 'undefined', '<img src=x>', '𠀀'];
const BAD_DATES = ['2026-02-30', '2026-02-29', '2026-04-31', '2026-11-31', '2026-13-01', '2026-00-10', '2026-11-00', '2026-11-23 ', '2026-1-5', '20261123'];
/**
 * Years the date regex accepts but no one books: a plan version from 9999-12-31 makes
 * every later plans.compare of that space walk 8000 years of days (20 s, 1 GB). Off by
 * default so runs stay fast (see `extremeYears`).
 */
const EXTREME_DATES = ['0000-01-01', '9999-12-31', '0001-01-01', '1900-02-29'];
const BAD_DATETIMES = ['2026-12-02T12:00:00', '2026-11-23T09:00:00.000Z', '2026-02-30T10:00', '2026-11-23T24:00', '2026-11-23 10:00', '2026-11-23T9:00', '2026-11-23T10:00Z', '2026-11-23T10:00+08:00', '2026-11-31T10:00'];
const BAD_TIMES = ['24:30', '23:60', '7:00', '07:15', '07:00:00', '-01:00', '25:00', '24:00'];
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'then', '', 'extra'];

/** A string that looks like the original but is wrong in the way its kind is usually wrong. */
function oddString(cur: string, r: Rand, extremeYears: boolean): string {
  if (/^\d{4}-\d\d-\d\d$/.test(cur) && r.chance(0.7)) {
    if (extremeYears && r.chance(0.2)) return r.pick(EXTREME_DATES);
    return r.chance(0.5) ? `${cur.slice(0, 4)}${r.pick(['-02-30', '-02-31', '-04-31', '-06-31', '-02-29'])}` : r.pick(BAD_DATES);
  }
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(cur) && r.chance(0.7)) {
    return r.pick([`${cur}:00`, `${cur}:59`, `${cur.slice(0, 4)}-02-30${cur.slice(10)}`, r.pick(BAD_DATETIMES)]);
  }
  if (/^\d\d:\d\d$/.test(cur) && r.chance(0.7)) return r.pick(BAD_TIMES);
  return r.pick([...ODD_STRINGS, ...BAD_DATES, ...BAD_DATETIMES, ...BAD_TIMES, ` ${cur} `, cur.toUpperCase(), 'x'.repeat(r.pick([201, 5000, 200_000]))]);
}

function oddNumber(cur: number, r: Rand): unknown {
  return r.pick([cur + 1, cur - 1, cur * 1000, cur + 0.5, -cur, String(cur), ...ODD_NUMBERS]);
}

/** A deeply nested value: recursive code that walks inputs must not blow the stack. */
function deep(depth: number, asArray: boolean): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

export interface Mutated {
  input: unknown;
  /** What was changed, for the failure report: `start: 2026-12-02T12:00:00`. */
  change: string;
}

/** `valid` is cloned first; the same valid value can be mutated again. `extremeYears` adds years 0000 and 9999. */
export function mutate(valid: unknown, r: Rand, extremeYears = false): Mutated {
  const root = { v: valid === undefined ? undefined : structuredClone(valid) };
  const path = r.pick(pathsOf(root.v));
  const full: Path = ['v', ...path];
  const parent = getAt(root, full.slice(0, -1)) as Record<string | number, unknown>;
  const key = full[full.length - 1];
  const cur = parent[key];
  const where = path.join('.') || '(root)';
  const set = (value: unknown, what: string): Mutated => {
    parent[key] = value;
    return { input: root.v, change: `${where}: ${what}` };
  };
  const roll = r.int(0, 99);
  if (roll < 12 && path.length > 0) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    return { input: root.v, change: `${where}: deleted` };
  }
  if (roll < 22) {
    // An unknown key next to the real ones (or on the chosen object itself).
    const target = cur !== null && typeof cur === 'object' ? cur : path.length > 0 ? parent : undefined;
    if (target && !Array.isArray(target)) {
      const k = r.pick(ODD_KEYS);
      const value = r.pick<unknown>([{ polluted: true }, 'x', null, 1]);
      defineKey(target, k, value);
      return { input: root.v, change: `${where}: unknown key ${JSON.stringify(k)}` };
    }
  }
  if (roll < 30) {
    const value = r.chance(0.5) ? r.pick(WRONG_TYPES) : r.draw(fc.anything({ maxDepth: 2 }));
    return set(value, `wrong type ${fc.stringify(value).slice(0, 80)}`);
  }
  if (roll < 33) return set(deep(r.pick([100, 3000]), r.chance(0.5)), 'deeply nested value');
  if (typeof cur === 'string') {
    const value = oddString(cur, r, extremeYears);
    return set(value, `string ${JSON.stringify(value.slice(0, 80))}${value.length > 80 ? ` (${value.length} chars)` : ''}`);
  }
  if (typeof cur === 'number') {
    const value = oddNumber(cur, r);
    return set(value, `number ${fc.stringify(value)}`);
  }
  if (Array.isArray(cur)) {
    const value = r.pick<unknown[]>([[], [...cur, ...cur], Array.from({ length: 700 }, () => cur[0] ?? 1), [...cur, r.pick(WRONG_TYPES)], [null]]);
    return set(value, `array of ${value.length}`);
  }
  if (typeof cur === 'boolean') return set(r.pick([!cur, 'true', 1, 0, null]), 'boolean changed');
  const value = r.pick(WRONG_TYPES);
  return set(value, `replaced by ${fc.stringify(value)}`);
}
