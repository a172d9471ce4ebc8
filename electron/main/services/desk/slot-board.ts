/**
 * The desk's room finder: one search of the rule engine's finder over every day asked
 * for, laid out per space and day instead of as one list of near-identical half hours
 * (which, over a fortnight, filled up with today). Nothing here decides what is free:
 * the stretches are runs of the slots the finder offered, each slot kept as offered;
 * the bookings around them are only there to be drawn grey.
 */
import type { Kysely } from 'kysely';
import type { Output } from '../../../shared/contract';
import type { BoardDay, BoardSpace, BoardStretch, FindSlotsInput, FreeSlot } from '../../../shared/contract/desk';
import type { Space } from '../../../shared/domain';
import { addDays, datePart, isoWeekday } from '../../../shared/time';
import { activeOverlapping } from '../../db/repos/bookings';
import type { DB } from '../../db/schema';
import { familyHolds } from '../rules/family-holds';
import { findFreeSlots, rankSlots } from '../rules/free-slots';
import { spaceDays } from '../rules/space-days';
import { spacesToSearch } from './slots';

/**
 * Runs of slots, by start: a slot that starts before (or as) the run's last one ends
 * joins it. Every minute of a stretch is then inside some slot the rules accept.
 */
export function stretchesOf(slots: readonly FreeSlot[]): BoardStretch[] {
  const out: BoardStretch[] = [];
  for (const s of [...slots].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))) {
    const slot = { start: s.start, end: s.end, freePlaces: s.freePlaces, windowAudienceId: s.windowAudienceId };
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      last.slots.push(slot);
      if (s.end > last.end) last.end = s.end;
    } else {
      out.push({ start: s.start, end: s.end, slots: [slot] });
    }
  }
  return out;
}

type Busy = BoardDay['busy'][number];

export async function slotBoard(db: Kysely<DB>, input: FindSlotsInput, now: string): Promise<Output<'desk.slotBoard'>> {
  const searched = await spacesToSearch(db, input);
  // Every day of the range: no early stop, so a fortnight is spread over its days.
  const slots = rankSlots(await findFreeSlots(db, { need: input, spaces: searched, from: input.from, to: input.to, notBefore: now }), input.headCount);
  // Spaces in the order of their best slot; one without any is left out.
  const order = [...new Set(slots.map((s) => s.spaceId))];
  const spaces = order.map((id) => searched.find((s) => s.id === id)!);
  const ids = spaces.map((s) => s.id);
  const [own, held, calendar] = await Promise.all([
    // The lean read the rules use (active bookings, a few columns): a fortnight of a busy site is hundreds of rows.
    activeOverlapping(db, ids, `${input.from}T00:00`, `${input.to}T00:00`),
    familyHolds(db, ids, input.from, input.to),
    spaceDays(db, ids, input.from, input.to),
  ]);
  const busy: (Busy & { spaceId: number })[] = [
    ...own.map((b) => ({ spaceId: b.spaceId, start: b.start, end: b.end, title: b.title, hold: 'own' as const })),
    ...held.map((h) => ({ spaceId: h.spaceId, start: h.start, end: h.end, title: h.title, hold: h.relation })),
  ];
  const dayOf = new Map(calendar.map((d) => [`${d.spaceId}/${d.date}`, d]));
  const slotsOf = new Map<string, FreeSlot[]>();
  for (const s of slots) {
    const key = `${s.spaceId}/${datePart(s.start)}`;
    slotsOf.set(key, [...(slotsOf.get(key) ?? []), s]);
  }

  const board = (space: Space): BoardSpace => {
    const days: BoardDay[] = [];
    for (let date = input.from; date < input.to; date = addDays(date, 1)) {
      const key = `${space.id}/${date}`;
      const hours = space.openingHours.find((h) => h.weekday === isoWeekday(date));
      const day = dayOf.get(key);
      const dayStart = `${date}T00:00`;
      const dayEnd = `${addDays(date, 1)}T00:00`;
      days.push({
        date,
        open: hours?.open ?? null,
        close: hours?.close ?? null,
        closed: day?.closed ?? null,
        unknownYear: day?.unknownYear ?? false,
        busy: busy
          .filter((b) => b.spaceId === space.id && b.start < dayEnd && b.end > dayStart)
          .map(({ start, end, title, hold }) => ({ start, end, title, hold }))
          .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)),
        stretches: stretchesOf(slotsOf.get(key) ?? []),
      });
    }
    return {
      spaceId: space.id,
      spaceName: space.name,
      spaceNameEn: space.nameEn,
      capacity: space.capacity,
      mode: space.mode,
      needsApproval: space.needsApproval,
      days,
    };
  };
  return { spaces: spaces.map(board) };
}
