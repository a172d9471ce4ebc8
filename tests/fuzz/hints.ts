/**
 * What the harness knows about the domain beyond the zod schemas, so that generated
 * inputs land where the data is: dates around the fixed "now" (Monday 2026-11-23),
 * times on the 30-minute grid, ids that exist in the database, and the second field of
 * a pair (start/end, from/to...) a little after the first. Everything is keyed by the
 * shape of a value (what a regex accepts) or by field-name conventions, never by
 * method, so methods added to the contract get the same treatment.
 */
import fc from 'fast-check';

export const NOW = '2026-11-23T09:00';
const TODAY_UTC = Date.UTC(2026, 10, 23);
const DAY_MS = 86_400_000;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export function dateOf(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
export const hhmmOf = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** Date.UTC, except that years 0-99 stay themselves (Date.UTC reads them as 1900-1999). */
export function utcMs(y: number, month: number, d: number, h = 0, mi = 0): number {
  const ms = Date.UTC(y, month, d, h, mi);
  if (y < 0 || y > 99) return ms;
  const dt = new Date(ms);
  dt.setUTCFullYear(dt.getUTCFullYear() - 1900);
  return dt.getTime();
}

/** Minutes since 1970 of `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or of `HH:MM` alone (since midnight). */
export function minutesOf(s: string): number {
  if (/^\d\d:\d\d$/.test(s)) return Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
  return utcMs(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)), Number(s.slice(11, 13) || 0), Number(s.slice(14, 16) || 0)) / 60_000;
}
const datetimeOf = (minutes: number) => {
  const d = new Date(minutes * 60_000);
  return `${dateOf(minutes * 60_000)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};

/** Which kind of text a regex stands for, found by asking the regex itself. */
export type StringKind = 'date' | 'datetime' | 'hhmm' | 'colour' | 'other';
export function kindOfRegex(re: RegExp): StringKind {
  const ok = (s: string) => new RegExp(re.source, re.flags.replace('g', '')).test(s);
  if (ok('2026-11-23') && !ok('2026-11-23T09:30')) return 'date';
  if (ok('2026-11-23T09:30')) return 'datetime';
  if (ok('09:30') && !ok('2026-11-23')) return 'hhmm';
  if (ok('#4e79a7')) return 'colour';
  return 'other';
}

/** Days around today: mostly the demo's fortnight and the weeks after it. */
const dayOffset = fc.oneof(
  { arbitrary: fc.integer({ min: -14, max: 28 }), weight: 14 },
  { arbitrary: fc.integer({ min: -400, max: 400 }), weight: 3 },
  { arbitrary: fc.integer({ min: -9800, max: 27000 }), weight: 1 }, // 2000 .. 2100
);
const EDGE_DATES = ['2026-01-01', '2026-10-01', '2026-10-08', '2026-12-31', '2027-01-01', '2027-02-06', '2024-02-29', '2026-02-28', '2026-11-23', '2026-11-30', '2026-09-27', '2000-01-01', '2100-12-31'];
export const dateArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: dayOffset.map((d) => dateOf(TODAY_UTC + d * DAY_MS)), weight: 9 },
  { arbitrary: fc.constantFrom(...EDGE_DATES), weight: 1 },
);

/** Times of day: mostly opening hours on the half hour, sometimes any minute. */
export const hhmmArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.integer({ min: 14, max: 44 }).map((h) => hhmmOf(h * 30)), weight: 16 },
  { arbitrary: fc.integer({ min: 0, max: 47 }).map((h) => hhmmOf(h * 30)), weight: 2 },
  { arbitrary: fc.constantFrom('00:00', '24:00', '23:30', '23:59', '12:15'), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 1439 }).map(hhmmOf), weight: 1 },
);
export const datetimeArb: fc.Arbitrary<string> = fc
  .tuple(dateArb, hhmmArb)
  .map(([d, t]) => `${d}T${t === '24:00' ? '23:30' : t}`);
export const colourArb = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

/** Largest id of each table, refreshed by the run loop as rows are added. */
export type IdRanges = Map<string, number>;

/** The table a field's ids belong to: `spaceId`/`spaceIds` -> spaces, `id` -> the enclosing object or the method's namespace. */
export function tableFor(key: string | undefined, parentKey: string | undefined, method: string, ranges: IdRanges): string | undefined {
  let base: string | undefined;
  if (key === 'id') base = parentKey ?? method.split('.')[0];
  else if (key && /Ids?$/.test(key)) base = key.replace(/Ids?$/, '').replace(/^freed/, '').toLowerCase();
  if (!base) return undefined;
  const candidates = [base, `${base}s`, `${base}es`, base.replace(/y$/, 'ies'), base.replace(/s$/, '')];
  return candidates.find((t) => ranges.has(t));
}

/**
 * The demo data has at most this many rows per table (18 spaces, 50 bookings...):
 * well-formed rows that calls can get through with, unlike most rows the run adds.
 */
const DEMO_ROWS = 20;

/**
 * An id: mostly one that exists (one of the first rows, any row, or one of the
 * newest), sometimes one just past the end (not found), rarely any positive integer.
 * The range is read at draw time, so rows created during the run are hit too.
 */
class IdArbitrary extends fc.Arbitrary<number> {
  constructor(
    private readonly ranges: IdRanges,
    private readonly table: string | undefined,
  ) {
    super();
  }
  generate(mrng: fc.Random): fc.Value<number> {
    const max = this.table ? Math.max(1, this.ranges.get(this.table) ?? 1) : 30;
    const r = mrng.nextInt(0, 99);
    let n: number;
    if (r < 40) n = mrng.nextInt(1, Math.min(max, DEMO_ROWS));
    else if (r < 70) n = mrng.nextInt(1, max);
    else if (r < 85) n = mrng.nextInt(Math.max(1, max - 10), max);
    else if (r < 95) n = max + mrng.nextInt(1, 3);
    else n = mrng.nextInt(1, 0x7fffffff);
    return new fc.Value(n, undefined);
  }
  canShrinkWithoutContext(_value: unknown): _value is number {
    return false; // calls are replayed by seed, never shrunk
  }
  shrink(): fc.Stream<fc.Value<number>> {
    return fc.Stream.nil();
  }
}
export const idArb = (ranges: IdRanges, table: string | undefined): fc.Arbitrary<number> => new IdArbitrary(ranges, table);

/** Integers by field name where the name says more than the bounds (minutes on the grid, years near now). */
export function intHint(key: string | undefined, min: number, max: number): fc.Arbitrary<number> | undefined {
  const within = (xs: number[]) => xs.filter((x) => x >= min && x <= max);
  if (key && /Minutes$/.test(key)) {
    const grid = within([0, 5, 15, 30, 45, 60, 90, 120, 180, 240, 480, 1440]);
    if (grid.length) return fc.oneof({ arbitrary: fc.constantFrom(...grid), weight: 4 }, { arbitrary: fc.integer({ min, max }), weight: 1 });
  }
  if (key === 'headCount' && max >= 10) {
    // Groups as they come to the desk: most fit every room; a few are too big.
    return fc.oneof({ arbitrary: fc.integer({ min: Math.max(min, 1), max: 10 }), weight: 6 }, { arbitrary: fc.integer({ min, max: Math.min(max, 60) }), weight: 1 });
  }
  if (key && /^years?$/.test(key) && min <= 2026 && max >= 2026) {
    return fc.oneof({ arbitrary: fc.integer({ min: Math.max(min, 2024), max: Math.min(max, 2028) }), weight: 4 }, { arbitrary: fc.integer({ min, max }), weight: 1 });
  }
  return undefined;
}

/**
 * How often a boolean field is true, where half the time would wear the data down:
 * archiving half of the time soon leaves no space to book.
 */
export const TRUE_RATE: Record<string, number> = { archived: 0.1, cancelHits: 0.3, includeArchived: 0.3 };

/** Strings no regex describes but a refinement checks: a few real samples. */
export const STRING_SAMPLES: Record<string, string[]> = {
  phone: ['13800138000', '13912345678', '021-65550303', '65550303', '', '+86 138 0013 8000'],
  query: ['138', '0303', '李', '老师', '', '新北郊'],
};

/** Words for free text: Chinese and English, quotes, wildcards and markup that SQL or HTML might trip on. */
const WORDS = ['居民', '读书会', '议事', '英语角', '篮球', '老年人', '手作课', 'Room', 'meeting', 'test', "O'Brien", '%', '_', '"', '\\', '<b>', ';--', 'Ω', '😀', '  '];
export function textArb(minLength: number, maxLength: number): fc.Arbitrary<string> {
  const cap = Math.min(maxLength, Math.max(minLength, 24));
  return fc
    .oneof(
      { arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')), weight: 5 },
      { arbitrary: fc.string({ minLength, maxLength: cap }), weight: 3 },
      { arbitrary: fc.string({ minLength, maxLength: cap, unit: 'grapheme' }), weight: 1 },
      { arbitrary: fc.constantFrom('', ' ', '\t\n', 'x'.repeat(Math.min(maxLength, 5000))), weight: 1 },
    )
    .map((s) => (s.length > maxLength ? s.slice(0, maxLength) : s));
}

/** Field pairs where the second is usually a little after the first, as a user would enter them. */
export const PAIRS: [string, string][] = [
  ['start', 'end'],
  ['from', 'to'],
  ['startTime', 'endTime'],
  ['earliest', 'latest'],
  ['firstDay', 'lastDay'],
  ['open', 'close'],
  ['startDate', 'until'],
];

/** Put the second field of each pair shortly after the first (most of the time); `pick` draws small integers. */
export function fixPairs(o: Record<string, unknown>, pick: (max: number) => number): Record<string, unknown> {
  for (const [a, b] of PAIRS) {
    const x = o[a];
    if (typeof x !== 'string' || typeof o[b] !== 'string' || pick(99) < 6) continue;
    if (/^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(x)) o[b] = datetimeOf(minutesOf(x) + 30 * (1 + pick(7)));
    else if (/^\d{4}-\d\d-\d\d$/.test(x)) o[b] = dateOf((minutesOf(x) + 1440 * (pick(19) < 18 ? 1 + pick(13) : 1 + pick(60))) * 60_000);
    else if (/^\d\d:\d\d$/.test(x)) o[b] = hhmmOf(Math.min(1440, minutesOf(x) + 30 * (1 + pick(7))));
  }
  return o;
}

/**
 * A nested object usually repeats a field of its parent (`{date, day: {date}}`): the
 * service compares them, so copy the parent's value down most of the time.
 */
export function echoParent(o: Record<string, unknown>, pick: (max: number) => number): Record<string, unknown> {
  for (const child of Object.values(o)) {
    if (child === null || typeof child !== 'object' || Array.isArray(child)) continue;
    for (const k of Object.keys(child)) {
      if (k !== 'id' && k in o && typeof o[k] !== 'object' && pick(9) < 8) (child as Record<string, unknown>)[k] = o[k];
    }
  }
  return o;
}

/**
 * The input with every date pair at its top level (from/to...) at most `days` apart,
 * or the same input when no pair is longer (then `capped` is false).
 */
export function capSpan(input: unknown, days: number): { input: unknown; capped: boolean } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { input, capped: false };
  const o = input as Record<string, unknown>;
  const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d\d-\d\d/.test(v);
  for (const [a, b] of PAIRS) {
    const x = o[a];
    const y = o[b];
    if (isDate(x) && isDate(y) && minutesOf(y.slice(0, 10)) - minutesOf(x.slice(0, 10)) > days * 1440) {
      const copy = Object.assign(Object.create(Object.getPrototypeOf(o) as object | null) as object, o) as Record<string, unknown>;
      copy[b] = dateOf((minutesOf(x.slice(0, 10)) + days * 1440) * 60_000) + y.slice(10);
      return { input: capSpan(copy, days).input, capped: true };
    }
  }
  return { input, capped: false };
}

/**
 * The same value moved in time: every datetime by `minutes`, every date by whole days,
 * every time of day by the rest (when it stays within the day). A successful booking
 * moved by half an hour is the best probe of the overlap and capacity rules.
 */
export function shiftTimes(v: unknown, minutes: number): unknown {
  if (typeof v === 'string') {
    if (/^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(v)) return datetimeOf(minutesOf(v) + minutes);
    if (/^\d{4}-\d\d-\d\d$/.test(v)) return dateOf((minutesOf(v) + Math.trunc(minutes / 1440) * 1440) * 60_000);
    if (/^\d\d:\d\d$/.test(v)) {
      const m = minutesOf(v) + (minutes % 1440);
      return m >= 0 && m <= 1440 ? hhmmOf(m) : v;
    }
    return v;
  }
  if (Array.isArray(v)) return v.map((x) => shiftTimes(x, minutes));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shiftTimes(x, minutes)]));
  return v;
}

/** Shifts that keep a value on the 30-minute grid: the neighbouring slots, days and weeks. */
export const SHIFTS = [0, 30, -30, 60, -60, 90, 120, 1440, -1440, 2 * 1440, 7 * 1440, -7 * 1440, 14 * 1440];
