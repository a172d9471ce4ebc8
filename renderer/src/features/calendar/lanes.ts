/**
 * Side-by-side layout for overlapping bookings in one column (shared spaces): each
 * booking gets a lane; lanes are reused as soon as the earlier booking has ended.
 */
export function assignLanes<T extends { start: string; end: string }>(items: readonly T[]): { item: T; lane: number; lanes: number }[] {
  const sorted = [...items].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const laneEnds: string[] = [];
  const placed: { item: T; lane: number; group: number }[] = [];
  const groupLanes: number[] = [];
  let group = -1;
  let groupEnd = '';
  for (const item of sorted) {
    if (item.start >= groupEnd) {
      // Nothing running any more: start a new cluster that can use the full width.
      group++;
      groupLanes[group] = 0;
      laneEnds.length = 0;
    }
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane === -1) lane = laneEnds.push(item.end) - 1;
    else laneEnds[lane] = item.end;
    groupEnd = item.end > groupEnd ? item.end : groupEnd;
    groupLanes[group] = Math.max(groupLanes[group], lane + 1);
    placed.push({ item, lane, group });
  }
  return placed.map((p) => ({ item: p.item, lane: p.lane, lanes: groupLanes[p.group] }));
}
