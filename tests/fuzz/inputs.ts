/**
 * The inputs a call sends, in three kinds: valid ones (generated from the method's zod
 * schema until it parses, so calls get past validation and really write), valid ones
 * broken in one place (mutate.ts), and anything at all (fast-check's anything and a
 * few values known to upset code: undefined, NaN, -0, huge strings, deep nesting,
 * prototype keys, objects with the method's own keys holding nonsense).
 */
import fc from 'fast-check';
import { contract, type Method } from '../../electron/shared/contract';
import { shiftTimes, SHIFTS, type IdRanges } from './hints';
import { defineKey, mutate } from './mutate';
import type { Rand } from './rng';
import { defOf, inputArbitrary, type Schema, type WalkContext } from './zod-arbitrary';

export type InputKind = 'valid' | 'mutated' | 'anything';

export interface GeneratedInput {
  kind: InputKind;
  input: unknown;
  /** For a mutated input: what was broken. */
  change?: string;
}

/** The object schema under wrappers (default, optional, pipe), if the input is an object. */
function objectKeys(schema: Schema): string[] {
  let def = defOf(schema);
  for (let i = 0; i < 10 && ['default', 'optional', 'nullable', 'pipe', 'prefault'].includes(def.type); i++) {
    def = defOf(def.type === 'pipe' ? def.in : def.innerType);
  }
  return def.type === 'object' ? Object.keys(def.shape) : [];
}

const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

function withProtoKey(value: unknown): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  defineKey(o, '__proto__', value);
  return o;
}

function deepObject(depth: number): unknown {
  let v: unknown = {};
  for (let i = 0; i < depth; i++) v = { a: v, b: [v] };
  return v;
}

/** Values that have broken dispatchers before; cheap to build once. */
const EDGE_VALUES: unknown[] = [
  undefined,
  null,
  NaN,
  -0,
  0,
  '',
  [],
  {},
  Object.create(null),
  'x'.repeat(1_000_000),
  deepObject(2000),
  withProtoKey({ polluted: true }),
  withProtoKey(null),
  { constructor: { prototype: { polluted: true } } },
  new Date('2026-11-23T01:00:00Z'),
  new Map([['id', 1]]),
  [1, 2, 3],
  Number.MAX_VALUE,
  10n,
];

export class InputGenerator {
  private readonly ctx: WalkContext;
  private readonly valids = new Map<Method, fc.Arbitrary<unknown>>();
  private readonly anythings = new Map<Method, fc.Arbitrary<unknown>>();
  private any: fc.Arbitrary<unknown> | undefined;
  private readonly corpus = new Map<Method, unknown[]>();
  /** Per method: valid inputs asked for, and how many parsed (a method whose inputs never parse needs better hints). */
  readonly validStats = new Map<Method, { asked: number; parsed: number }>();

  constructor(
    private readonly rand: Rand,
    ranges: IdRanges,
    /** Also mutate dates to years 0000 and 9999 (slow: see mutate.ts). */
    private readonly extremeYears = false,
  ) {
    this.ctx = { method: '', ranges, unknownKinds: new Set(), cache: new Map() };
  }

  get unknownKinds(): ReadonlySet<string> {
    return this.ctx.unknownKinds;
  }

  private validArb(method: Method): fc.Arbitrary<unknown> {
    let arb = this.valids.get(method);
    if (!arb) {
      arb = inputArbitrary(contract[method].input as Schema, { ...this.ctx, method });
      this.valids.set(method, arb);
    }
    return arb;
  }

  /**
   * fast-check's anything, built once: building it is slow (tens of milliseconds), so
   * every method shares one whose keys include the top-level keys of every method.
   */
  private sharedAnything(): fc.Arbitrary<unknown> {
    if (!this.any) {
      const keys = [...new Set((Object.keys(contract) as Method[]).flatMap((m) => objectKeys(contract[m].input as Schema)))];
      this.any = fc.anything({
        key: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...ODD_KEYS, ...keys)),
        maxDepth: 3,
        maxKeys: 6,
        withBoxedValues: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withBigInt: true,
        withDate: true,
        withTypedArray: true,
        withSparseArray: true,
        // Any Unicode text ('binary' and withUnicodeString take seconds to set up;
        // lone surrogates come from mutate.ts instead).
        stringUnit: 'grapheme',
      });
    }
    return this.any;
  }

  private anythingArb(method: Method): fc.Arbitrary<unknown> {
    let arb = this.anythings.get(method);
    if (!arb) {
      const any = this.sharedAnything();
      const keys = objectKeys(contract[method].input as Schema);
      const options: fc.Arbitrary<unknown>[] = [any, fc.constantFrom(...EDGE_VALUES)];
      // The method's own keys with nonsense in them get past the first type check.
      if (keys.length) options.push(fc.record(Object.fromEntries(keys.map((k) => [k, any])), { requiredKeys: [] }));
      arb = fc.oneof(...options);
      this.anythings.set(method, arb);
    }
    return arb;
  }

  /**
   * A valid input: drawn until the schema accepts it (refinements such as start < end
   * or a Monday cannot be generated directly). After 12 tries the last one is sent
   * anyway; `validStats` shows how often that happens.
   */
  valid(method: Method): unknown {
    const schema = contract[method].input;
    const stats = this.validStats.get(method) ?? { asked: 0, parsed: 0 };
    this.validStats.set(method, stats);
    stats.asked++;
    const pool = this.corpus.get(method);
    if (pool?.length && this.rand.chance(0.35)) {
      const moved = shiftTimes(this.rand.pick(pool), this.rand.pick(SHIFTS));
      if (schema.safeParse(moved).success) {
        stats.parsed++;
        return moved;
      }
    }
    let input: unknown;
    for (let i = 0; i < 12; i++) {
      input = this.rand.draw(this.validArb(method));
      if (schema.safeParse(input).success) {
        stats.parsed++;
        return input;
      }
    }
    return input;
  }

  /**
   * Keep an input that went through: later valid inputs are often one of these moved
   * a little in time, which reaches the conflict rules far more often than fresh
   * random ones (a free slot is rare, the slot next to a booked one is not).
   */
  remember(method: Method, input: unknown): void {
    const pool = this.corpus.get(method) ?? [];
    this.corpus.set(method, pool);
    if (pool.length < 30) pool.push(input);
    else pool[this.rand.int(0, pool.length - 1)] = input;
  }

  next(method: Method): GeneratedInput {
    const roll = this.rand.int(0, 99);
    if (roll < 12) return { kind: 'anything', input: this.rand.draw(this.anythingArb(method)) };
    if (roll < 50) {
      const m = mutate(this.valid(method), this.rand, this.extremeYears);
      return { kind: 'mutated', input: m.input, change: m.change };
    }
    return { kind: 'valid', input: this.valid(method) };
  }
}
