/**
 * The family of a space: the spaces that share its ground. A half court lies inside the
 * full court, so booking either blocks the other; the family of a space is every space
 * above it (its parent, the parent's parent ...) and every one below it.
 */
import type { Space } from './domain';

export interface SpaceTree {
  parentOf(id: number): number | null;
  childrenOf(id: number): readonly number[];
}

/** The tree of the given spaces (archived ones included: their bookings still hold ground). */
export function spaceTree(spaces: Iterable<Pick<Space, 'id' | 'parentId'>>): SpaceTree {
  const parent = new Map<number, number | null>();
  const children = new Map<number, number[]>();
  for (const s of spaces) {
    parent.set(s.id, s.parentId);
    if (s.parentId !== null) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s.id]);
  }
  return { parentOf: (id) => parent.get(id) ?? null, childrenOf: (id) => children.get(id) ?? [] };
}

/** Every space above `spaceId` and every one below it; a loop in bad data ends the walk. */
export function familyOf(tree: SpaceTree, spaceId: number): { ancestors: number[]; descendants: number[] } {
  const ancestors: number[] = [];
  const seen = new Set([spaceId]);
  for (let p = tree.parentOf(spaceId); p !== null && !seen.has(p); p = tree.parentOf(p)) {
    ancestors.push(p);
    seen.add(p);
  }
  const descendants: number[] = [];
  const queue = [...tree.childrenOf(spaceId)];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    descendants.push(id);
    queue.push(...tree.childrenOf(id));
  }
  return { ancestors, descendants };
}

/** The family as one set, the space itself left out. */
export function familyIds(tree: SpaceTree, spaceId: number): Set<number> {
  const { ancestors, descendants } = familyOf(tree, spaceId);
  return new Set([...ancestors, ...descendants]);
}
