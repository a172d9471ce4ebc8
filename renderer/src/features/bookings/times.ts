import type { Space } from '../../../../electron/shared/domain';
import { hhmm, isoWeekday, minutesOfDay } from '../../../../electron/shared/time';

/** Start/end choices on the space's slot grid within its opening hours that day. */
export function timeOptions(space: Space | undefined, date: string | undefined): string[] {
  const step = space?.slotMinutes ?? 30;
  const hours = space && date ? space.openingHours.find((h) => h.weekday === isoWeekday(date)) : undefined;
  const open = hours ? minutesOfDay(hours.open) : 7 * 60;
  const close = hours ? minutesOfDay(hours.close) : 22 * 60;
  const out: string[] = [];
  for (let m = Math.ceil(open / step) * step; m <= close; m += step) out.push(hhmm(m));
  return out;
}
