/** Pure part of the progressive drawing (progressive.ts), kept free of the DOM so unit tests can load it. */
export type Lists<T> = ReadonlyMap<number, readonly T[]>;

export interface Step<T> {
  /** What to draw now: a list per key; a key without one is not drawn yet. */
  lists: Lists<T>;
  /** Whether more keys wait for a later frame. */
  pending: boolean;
}

const NONE: readonly never[] = [];

/**
 * One step of drawing `target` (a list per key, keys in `order`) over what is drawn
 * already (`drawn`): keys whose list has not changed keep it (the same array, so
 * memoised children skip it); changed keys are taken in order until their items
 * would exceed `budget` (always at least one); the rest keep what they show until a
 * later step. Returns `drawn` itself when nothing changed.
 */
export function nextStep<T>(
  order: readonly number[],
  target: Lists<T>,
  drawn: Lists<T>,
  budget: number,
  same: (a: T, b: T) => boolean,
): Step<T> {
  const next = new Map(drawn);
  let spent = 0;
  let changed = false;
  let pending = false;
  for (const key of order) {
    const want = target.get(key) ?? NONE;
    const have = drawn.get(key);
    if (have && (have === want || (have.length === want.length && have.every((x, i) => same(x, want[i]))))) continue;
    // In order: once one list waits, the ones after it wait too.
    if (pending || (spent > 0 && spent + want.length > budget)) {
      pending = true;
      continue;
    }
    next.set(key, want);
    spent += want.length;
    changed = true;
  }
  return changed ? { lists: next, pending } : { lists: drawn, pending: false };
}
