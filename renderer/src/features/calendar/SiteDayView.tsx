import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BookingView, Space } from '../../../../electron/shared/domain';
import { addMinutes, diffMinutes, hhmm, isoWeekday, minutesOfDay } from '../../../../electron/shared/time';
import type { BookingDialogTarget } from '../bookings/BookingDialog';
import { useMoveBooking } from '../bookings/useMoveBooking';
import type { Band } from './bands';
import { useProgressiveLists } from './progressive';
import { PX_PER_MIN, SiteDayColumn, type DayFrame } from './SiteDayColumn';
import { useLocalName } from '../../components/localName';
import { useNow } from '../../api/clock';
import { holdsOnDay, type FamilyHold } from '../../components/familyHold';
import './site-day.css';

const HEADER = 52;
/**
 * Bookings drawn per frame while a busy day fills in. Each booking costs a fraction of a
 * millisecond to render, style, lay out and paint; this many keep every task well under
 * the 50 ms that a person notices as a stutter, even on a slow two-core machine.
 */
const BOOKINGS_PER_FRAME = 40;
const NO_BANDS: readonly Band[] = [];
const NO_HOLDS: readonly FamilyHold[] = [];

/** Everything a booking shows or is placed by: an answer that changes none of it redraws nothing. */
function sameBooking(a: BookingView, b: BookingView): boolean {
  return (
    a.id === b.id &&
    a.start === b.start &&
    a.end === b.end &&
    a.title === b.title &&
    a.status === b.status &&
    a.headCount === b.headCount &&
    a.audienceColor === b.audienceColor
  );
}

function dayHours(spaces: Space[], weekday: number): { from: number; to: number } {
  const hours = spaces.flatMap((s) => s.openingHours.filter((h) => h.weekday === weekday));
  if (!hours.length) return { from: 8 * 60, to: 21 * 60 };
  const from = Math.min(...hours.map((h) => minutesOfDay(h.open)));
  const to = Math.max(...hours.map((h) => minutesOfDay(h.close)));
  return { from: Math.floor(from / 60) * 60, to: Math.ceil(to / 60) * 60 };
}

/**
 * One day of a whole site, spaces as columns: what the desk sees at a glance. Click an
 * empty slot to book it; drag a booking to another time or another space. A busy day is
 * drawn a few columns per frame, left to right, so the first columns show at once and
 * the window never freezes while the rest fill in.
 */
export function SiteDayView(props: {
  spaces: Space[];
  date: string;
  bookings: BookingView[];
  /** Bookings of the whole court in each half's column, of a half in the whole's (全场占用 / 半场占用). */
  holds: FamilyHold[];
  bands: Band[];
  onOpen: (t: BookingDialogTarget) => void;
}) {
  const { t } = useTranslation();
  const moveBooking = useMoveBooking();
  const localName = useLocalName();
  const { spaces, date, bookings, onOpen } = props;
  const now = useNow();

  const frame = useMemo((): DayFrame => {
    const weekday = isoWeekday(date);
    return { date, weekday, ...dayHours(spaces, weekday) };
  }, [spaces, date]);

  // Each column's bookings in one pass. Only this day's: the answer for the day before
  // may still be on hand for a moment after paging, and belongs to no column here.
  const bySpace = useMemo(() => {
    const map = new Map<number, BookingView[]>();
    const dayEnd = `${date}T24:00`;
    for (const b of bookings) {
      if (b.start >= dayEnd || b.end <= `${date}T00:00`) continue;
      const list = map.get(b.spaceId);
      if (list) list.push(b);
      else map.set(b.spaceId, [b]);
    }
    return map;
  }, [bookings, date]);
  const bandsBySpace = useMemo(() => {
    const map = new Map<number, Band[]>();
    for (const band of props.bands) {
      if (band.start.slice(0, 10) > date) continue;
      const list = map.get(band.spaceId);
      if (list) list.push(band);
      else map.set(band.spaceId, [band]);
    }
    return map;
  }, [props.bands, date]);

  const holdsBySpace = useMemo(() => {
    const map = new Map<number, FamilyHold[]>();
    for (const h of holdsOnDay(props.holds, date)) map.set(h.spaceId, [...(map.get(h.spaceId) ?? []), h]);
    return map;
  }, [props.holds, date]);

  // Columns are drawn in chunks of about BOOKINGS_PER_FRAME bookings, left to right;
  // after a change on the same day, only the columns that changed.
  const order = useMemo(() => spaces.map((s) => s.id), [spaces]);
  const drawn = useProgressiveLists(order, bySpace, date, BOOKINGS_PER_FRAME, sameBooking);

  // Stable for the memoised columns; reads the bookings of the latest render.
  const latest = useRef({ bookings, moveBooking });
  useLayoutEffect(() => {
    latest.current = { bookings, moveBooking };
  });
  const dropBooking = useCallback((id: number, space: Space, start: string) => {
    const b = latest.current.bookings.find((x) => x.id === id);
    if (b) void latest.current.moveBooking(b, { spaceId: space.id, start, end: addMinutes(start, diffMinutes(b.start, b.end)) });
  }, []);

  if (!spaces.length) return <Empty description={t('calendar.noSpaces')} />;

  const height = (frame.to - frame.from) * PX_PER_MIN;
  const hoursTicks: number[] = [];
  for (let m = frame.from; m < frame.to; m += 60) hoursTicks.push(m);
  const nowMin = now.slice(0, 10) === date ? minutesOfDay(now.slice(11)) : null;

  return (
    <div className="site-day" role="grid" aria-label={t('calendar.siteDay')}>
      <div className="site-day-axis" style={{ height: height + HEADER }}>
        {hoursTicks.map((m) => (
          <div key={m} className="site-day-tick" style={{ top: HEADER + (m - frame.from) * PX_PER_MIN }}>
            {hhmm(m)}
          </div>
        ))}
      </div>
      {spaces.map((space) => (
        <SiteDayColumn
          key={space.id}
          space={space}
          name={localName(space)}
          frame={frame}
          bookings={drawn.get(space.id) ?? null}
          bands={bandsBySpace.get(space.id) ?? NO_BANDS}
          holds={holdsBySpace.get(space.id) ?? NO_HOLDS}
          nowMin={nowMin}
          onOpen={onOpen}
          onDropBooking={dropBooking}
        />
      ))}
    </div>
  );
}
