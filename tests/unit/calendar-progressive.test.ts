import { describe, expect, it } from 'vitest';
import { nextStep } from '../../renderer/src/features/calendar/chunks';

type Item = { id: number; v: string };
const same = (a: Item, b: Item) => a.id === b.id && a.v === b.v;
const list = (n: number, from = 0, v = 'a') => Array.from({ length: n }, (_, i) => ({ id: from + i, v }));

describe('drawing a busy calendar a chunk per frame', () => {
  it('takes the lists in order until the budget is spent, always at least one', () => {
    const target = new Map([
      [1, list(25)],
      [2, list(25, 100)],
      [3, list(60, 200)],
      [4, list(5, 300)],
    ]);
    let step = nextStep([1, 2, 3, 4], target, new Map(), 40, same);
    expect([...step.lists.keys()]).toEqual([1]);
    expect(step.pending).toBe(true);
    step = nextStep([1, 2, 3, 4], target, step.lists, 40, same);
    expect([...step.lists.keys()]).toEqual([1, 2]);
    // A list over the budget goes alone; the small one after it waits its turn.
    step = nextStep([1, 2, 3, 4], target, step.lists, 40, same);
    expect([...step.lists.keys()]).toEqual([1, 2, 3]);
    step = nextStep([1, 2, 3, 4], target, step.lists, 40, same);
    expect(step.pending).toBe(false);
    expect(step.lists.get(4)).toBe(target.get(4));
    // Nothing left to draw: the same map back, so nothing re-renders.
    expect(nextStep([1, 2, 3, 4], target, step.lists, 40, same).lists).toBe(step.lists);
  });

  it('keeps unchanged lists (the same array) and redraws only what changed', () => {
    const drawn = new Map([
      [1, list(25)],
      [2, list(25, 100)],
    ]);
    const target = new Map([
      [1, list(25)], // equal content, a new array from a reload
      [2, [...list(24, 100), { id: 124, v: 'moved' }]],
    ]);
    const step = nextStep([1, 2], target, drawn, 40, same);
    expect(step.pending).toBe(false);
    expect(step.lists.get(1)).toBe(drawn.get(1));
    expect(step.lists.get(2)).toBe(target.get(2));
  });

  it('empties a list whose items are gone, and draws empty lists without spending the budget', () => {
    const drawn = new Map([[1, list(30)]]);
    const step = nextStep([1, 2, 3], new Map([[3, list(40, 50)]]), drawn, 40, same);
    expect(step.lists.get(1)).toEqual([]);
    expect(step.lists.get(2)).toEqual([]);
    expect(step.lists.get(3)).toHaveLength(40);
    expect(step.pending).toBe(false);
  });
});
