import type { Output } from '../../../../electron/shared/contract';
import { addDays } from '../../../../electron/shared/time';

export type SpaceDayView = Output<'spaceDays.list'>[number];
export type AudienceLookup = (id: number) => { name: string; color: string } | undefined;

/** A window or closed day as a time band: the background of the calendars. */
export interface Band {
  key: string;
  spaceId: number;
  start: string;
  end: string;
  label: string;
  color: string;
  closed: boolean;
}

const endOf = (date: string, hhmm: string) => (hhmm === '24:00' ? `${addDays(date, 1)}T00:00` : `${date}T${hhmm}`);

export function bandsOf(days: SpaceDayView[], audience: AudienceLookup, closedLabel: (reason: string) => string): Band[] {
  return days.flatMap((d): Band[] => {
    if (d.closed) {
      return [{ key: `${d.spaceId}-${d.date}-closed`, spaceId: d.spaceId, start: `${d.date}T00:00`, end: `${addDays(d.date, 1)}T00:00`, label: closedLabel(d.closed.reason), color: '#8c8c8c', closed: true }];
    }
    return d.windows.map((w, i) => {
      const a = audience(w.audienceId);
      return { key: `${d.spaceId}-${d.date}-${i}`, spaceId: d.spaceId, start: `${d.date}T${w.start}`, end: endOf(d.date, w.end), label: a?.name ?? '', color: a?.color ?? '#bfbfbf', closed: false };
    });
  });
}
