import { startTransition, useLayoutEffect, useMemo, useState } from 'react';
import { nextStep, type Lists } from './chunks';

/**
 * Draws a long, keyed set of lists a chunk per frame: the browser paints each chunk and
 * stays responsive between them, instead of rendering, styling, laying out and
 * painting everything in one long task. A new `scope` (another day) starts from
 * nothing; within a scope only the lists that changed are drawn again (after a
 * booking moved, one or two columns, in one step). `budget` is a chunk's size in items.
 * With `transition`, each later step is a transition: React renders it in slices of a
 * few milliseconds, yielding in between, so a child whose render is heavy for its size
 * (FullCalendar re-derives its whole grid on every change) is not one long task per step.
 */
export function useProgressiveLists<T>(
  order: readonly number[],
  target: Lists<T>,
  scope: string,
  budget: number,
  same: (a: T, b: T) => boolean,
  transition = false,
): Lists<T> {
  const [shown, setShown] = useState<{ scope: string; lists: Lists<T> }>(() => ({ scope, lists: new Map() }));
  const drawn = useMemo(() => (shown.scope === scope ? shown.lists : new Map<number, readonly T[]>()), [shown, scope]);
  // `same` is a plain comparison; leaving it out keeps callers from having to memoise it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const step = useMemo(() => nextStep(order, target, drawn, budget, same), [order, target, drawn, budget]);
  // A layout effect, so the frame is asked for before the browser paints this commit.
  useLayoutEffect(() => {
    if (step.lists === drawn) return;
    const set = () => setShown({ scope, lists: step.lists });
    const commit = transition ? () => startTransition(set) : set;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    // The last step only records what is drawn: not in this task, which already drew it.
    if (!step.pending) timer = setTimeout(commit);
    // The next chunk from a timeout queued in the animation callback of the frame that
    // draws this one: chunks come a frame apart, each frame styling and painting one.
    else
      frame = requestAnimationFrame(() => {
        timer = setTimeout(commit);
      });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [step, drawn, scope, transition]);
  return step.lists;
}
