/**
 * A fast-check arbitrary of the *input* a zod 4 schema accepts, built by walking the
 * schema's internals (`schema._zod.def`). zod-fast-check only knows zod 3, and the
 * contract changes under our feet, so the walk is generic: it reads the kind of each
 * node and its checks (lengths, bounds, regexes) at run time. Refinements (`.refine`)
 * cannot be inverted; the caller regenerates until `safeParse` passes (inputs.ts).
 * The domain hints (dates near today, existing ids, paired fields) come from hints.ts.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import {
  colourArb,
  dateArb,
  datetimeArb,
  echoParent,
  fixPairs,
  hhmmArb,
  idArb,
  intHint,
  kindOfRegex,
  STRING_SAMPLES,
  tableFor,
  textArb,
  TRUE_RATE,
  type IdRanges,
} from './hints';

export type Schema = z.core.$ZodType;
// zod's internal definitions differ per kind; the walk reads them loosely on purpose.
type Def = { type: string; checks?: { _zod: { def: any } }[]; [k: string]: any };
export const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Marks an optional or defaulted key the generated object leaves out. */
export const OMIT: unique symbol = Symbol('omit');

export interface WalkContext {
  method: string;
  ranges: IdRanges;
  /** The object key this schema sits under (array elements inherit the array's key). */
  key?: string;
  /** The key of the object that holds it, for `id` fields of nested objects. */
  parentKey?: string;
  /** Kinds met that the walk does not know; filled for the report. */
  unknownKinds: Set<string>;
  /** Arbitraries built so far in this run (they read this run's id ranges). */
  cache: Map<Schema, Map<string, fc.Arbitrary<unknown>>>;
}

/** Checks a schema node carries, by name: `min_length`, `greater_than`, `string_format`... */
function checksOf(def: Def): Record<string, unknown>[] {
  return (def.checks ?? []).map((c) => c._zod.def as Record<string, unknown>);
}

function numberArb(def: Def, ctx: WalkContext): fc.Arbitrary<unknown> {
  let int = false;
  let min = -Infinity;
  let max = Infinity;
  for (const c of checksOf(def)) {
    if (c.check === 'number_format') int = true;
    if (c.check === 'greater_than') min = Math.max(min, Number(c.value) + (c.inclusive ? 0 : int ? 1 : Number.EPSILON));
    if (c.check === 'less_than') max = Math.min(max, Number(c.value) - (c.inclusive ? 0 : int ? 1 : Number.EPSILON));
  }
  if (!int) return fc.double({ min: Number.isFinite(min) ? min : -1e6, max: Number.isFinite(max) ? max : 1e6, noNaN: true });
  // `greater_than` with `inclusive: false` on an int is stored before `int` is known: round up.
  min = Math.ceil(min);
  max = Math.floor(max);
  const table = tableFor(ctx.key, ctx.parentKey, ctx.method, ctx.ranges);
  if (table || (min >= 1 && max === Infinity && ctx.key && /(^id|Ids?)$/.test(ctx.key))) return idArb(ctx.ranges, table);
  const lo = Number.isFinite(min) ? min : Number.isFinite(max) ? max - 1000 : -10;
  const hi = Number.isFinite(max) ? max : Math.min(Number.MAX_SAFE_INTEGER, lo + 1_000_000);
  const hint = intHint(ctx.key, lo, hi);
  if (hint) return hint;
  if (!Number.isFinite(min) && !Number.isFinite(max)) return fc.integer({ min: -10, max: 10 });
  if (hi - lo <= 200) return fc.integer({ min: lo, max: hi });
  // Wide ranges (counts, limits, offsets): mostly small values, which are also the cheap ones.
  return fc.oneof(
    { arbitrary: fc.integer({ min: lo, max: lo + 30 }), weight: 12 },
    { arbitrary: fc.integer({ min: lo, max: Math.min(hi, lo + 1000) }), weight: 3 },
    { arbitrary: fc.integer({ min: lo, max: hi }), weight: 1 },
  );
}

function stringArb(def: Def, ctx: WalkContext): fc.Arbitrary<unknown> {
  let min = 0;
  let max = Infinity;
  let pattern: RegExp | undefined;
  for (const c of checksOf(def)) {
    if (c.check === 'min_length') min = Math.max(min, Number(c.minimum));
    if (c.check === 'max_length') max = Math.min(max, Number(c.maximum));
    if (c.check === 'length_equals') min = max = Number(c.length);
    if (c.check === 'string_format' && c.pattern instanceof RegExp) pattern ??= c.pattern;
  }
  if (pattern) {
    switch (kindOfRegex(pattern)) {
      case 'date':
        return dateArb;
      case 'datetime':
        return datetimeArb;
      case 'hhmm':
        return hhmmArb;
      case 'colour':
        return colourArb;
      default: {
        const cap = Number.isFinite(max) ? max : 60;
        return fc.stringMatching(pattern).map((s) => (s.length > cap ? s.slice(0, cap) : s));
      }
    }
  }
  const text = textArb(min, Number.isFinite(max) ? max : 200);
  const samples = ctx.key ? STRING_SAMPLES[ctx.key] : undefined;
  return samples ? fc.oneof({ arbitrary: fc.constantFrom(...samples), weight: 3 }, { arbitrary: text, weight: 1 }) : text;
}

function arrayArb(def: Def, ctx: WalkContext): fc.Arbitrary<unknown> {
  let min = 0;
  let max = 1000;
  for (const c of checksOf(def)) {
    if (c.check === 'min_length') min = Math.max(min, Number(c.minimum));
    if (c.check === 'max_length') max = Math.min(max, Number(c.maximum));
    if (c.check === 'length_equals') min = max = Number(c.length);
  }
  const element = build(def.element, ctx).map((v) => (v === OMIT ? undefined : v));
  // A few elements usually; now and then as many as allowed (big inputs cost time).
  return fc.oneof(
    { arbitrary: fc.array(element, { minLength: min, maxLength: Math.min(max, min + 4) }), weight: 30 },
    { arbitrary: fc.array(element, { minLength: min, maxLength: max }), weight: 1 },
  );
}

function objectArb(def: Def, ctx: WalkContext): fc.Arbitrary<unknown> {
  const keys = Object.keys(def.shape as Record<string, Schema>);
  const arbs = keys.map((k) => build(def.shape[k], { ...ctx, key: k, parentKey: ctx.key }));
  return fc.tuple(fc.tuple(...arbs), fc.integer({ min: 0, max: 0x7fffffff })).map(([values, seed]) => {
    const o: Record<string, unknown> = {};
    keys.forEach((k, i) => {
      if (values[i] !== OMIT) o[k] = values[i];
    });
    // A small deterministic stream from `seed` decides how the pairs are fixed.
    let s = seed;
    const pick = (m: number) => {
      s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
      return s % (m + 1);
    };
    return echoParent(fixPairs(o, pick), pick);
  });
}

/** The arbitrary of one schema node under the given context (cached per key and method). */
export function build(schema: Schema, ctx: WalkContext): fc.Arbitrary<unknown> {
  const cacheKey = `${ctx.method}|${ctx.parentKey}|${ctx.key}`;
  const byKey = ctx.cache.get(schema) ?? new Map<string, fc.Arbitrary<unknown>>();
  ctx.cache.set(schema, byKey);
  const hit = byKey.get(cacheKey);
  if (hit) return hit;
  const arb = buildUncached(schema, ctx);
  byKey.set(cacheKey, arb);
  return arb;
}

function buildUncached(schema: Schema, ctx: WalkContext): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return objectArb(def, ctx);
    case 'string':
      return stringArb(def, ctx);
    case 'number':
      return numberArb(def, ctx);
    case 'boolean': {
      const rate = ctx.key ? TRUE_RATE[ctx.key] : undefined;
      return rate === undefined ? fc.boolean() : fc.integer({ min: 0, max: 99 }).map((n) => n < rate * 100);
    }
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string | number>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'union':
      return fc.oneof(...(def.options as Schema[]).map((o) => build(o, ctx)));
    case 'array':
      return arrayArb(def, ctx);
    case 'nullable':
      return fc.oneof({ arbitrary: fc.constant(null), weight: 1 }, { arbitrary: build(def.innerType, ctx), weight: 5 });
    case 'optional':
      // An optional `id` is a save's "edit this row": mostly left out, so saves add rows
      // instead of rewriting the demo's spaces and plans into ones nothing fits in.
      if (ctx.key === 'id') return fc.oneof({ arbitrary: fc.constant(OMIT), weight: 3 }, { arbitrary: build(def.innerType, ctx), weight: 1 });
      return fc.oneof({ arbitrary: fc.constant(OMIT), weight: 1 }, { arbitrary: build(def.innerType, ctx), weight: 3 });
    case 'default':
    case 'prefault':
      return fc.oneof({ arbitrary: fc.constant(OMIT), weight: 1 }, { arbitrary: build(def.innerType, ctx), weight: 3 });
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return build(def.innerType, ctx);
    case 'pipe':
      // The caller sends what goes *in*; the transform's output is zod's business.
      return build(def.in, ctx);
    case 'lazy':
      return build(def.getter(), ctx);
    case 'tuple':
      return fc.tuple(...(def.items as Schema[]).map((i) => build(i, ctx)));
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), build(def.valueType, ctx), { maxKeys: 4 });
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'unknown':
    case 'any':
      return fc.anything();
    default:
      // Kinds the contract does not use today: anything at all, and say so in the report.
      ctx.unknownKinds.add(def.type);
      return fc.anything();
  }
}

/** The arbitrary of a method's whole input; a left-out top-level input is `undefined`. */
export function inputArbitrary(schema: Schema, ctx: WalkContext): fc.Arbitrary<unknown> {
  return build(schema, ctx).map((v) => (v === OMIT ? undefined : v));
}
