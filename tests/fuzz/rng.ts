/**
 * One seeded random source for the whole run, so a seed replays the exact same calls.
 * fast-check's `Random` needs a pure-rand style generator; pure-rand is only a
 * dependency of fast-check, not of this project, so a small sfc32 generator with the
 * same interface (next, clone, getState) is written here. Everything the harness draws
 * (methods, mutations, and fast-check arbitraries) goes through the one `Rand`.
 */
import fc from 'fast-check';

/** sfc32: four 32-bit words of state, good statistical quality, tiny and fast. */
class Sfc32 {
  constructor(private readonly s: number[]) {}

  static fromSeed(seed: number): Sfc32 {
    const g = new Sfc32([0x9e3779b9, 0x243f6a88, 0xb7e15162, seed >>> 0]);
    for (let i = 0; i < 15; i++) g.next(); // mix the seed into every word
    return g;
  }

  next(): number {
    const s = this.s;
    const t = (((s[0] + s[1]) | 0) + s[3]) | 0;
    s[3] = (s[3] + 1) | 0;
    s[0] = s[1] ^ (s[1] >>> 9);
    s[1] = (s[2] + (s[2] << 3)) | 0;
    s[2] = (s[2] << 21) | (s[2] >>> 11);
    s[2] = (s[2] + t) | 0;
    return t; // a signed 32-bit integer, as pure-rand generators return
  }

  clone(): Sfc32 {
    return new Sfc32([...this.s]);
  }

  getState(): readonly number[] {
    return [...this.s];
  }
}

export class Rand {
  readonly mrng: fc.Random;

  constructor(seed: number) {
    this.mrng = new fc.Random(Sfc32.fromSeed(seed));
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return this.mrng.nextInt(min, max);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.mrng.nextInt(0, 0x3fffffff) / 0x40000000;
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  /** An index chosen in proportion to the weights. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((s, w) => s + w, 0);
    let r = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /**
   * A value of a fast-check arbitrary, drawn from this run's random stream. The bias
   * (fast-check's preference for small and edge values) varies between draws so both
   * edge cases and ordinary values show up.
   */
  draw<T>(arb: fc.Arbitrary<T>): T {
    const bias = this.pick([undefined, 2, 5, 20]);
    return arb.generate(this.mrng, bias).value;
  }
}
