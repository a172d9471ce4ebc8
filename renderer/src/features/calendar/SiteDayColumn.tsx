import { memo, type DragEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingView, Space } from '../../../../electron/shared/domain';
import { addMinutes, diffMinutes, hhmm, minutesOfDay } from '../../../../electron/shared/time';
import type { BookingDialogTarget } from '../bookings/BookingDialog';
import { assignLanes } from './lanes';
import type { Band } from './bands';
import { textOn } from '../../components/colour';
import { HOLD_CLASS, useHoldText, type FamilyHold } from '../../components/familyHold';

export const PX_PER_MIN = 1.1;

export interface DayFrame {
  date: string;
  weekday: number;
  /** Minutes since midnight the view starts and ends at (whole hours). */
  from: number;
  to: number;
}

/** Which slot of a column the pointer is over, in minutes since midnight. */
function minuteAt(e: MouseEvent | DragEvent, space: Space, from: number): number {
  const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
  const m = from + (e.clientY - rect.top) / PX_PER_MIN;
  return Math.max(from, Math.floor(m / space.slotMinutes) * space.slotMinutes);
}

/**
 * One space's column of the site day. Memoised, and its bookings in a memoised child
 * of their own, so the minute tick of the "now" line, an opened dialog or another
 * column's chunk arriving does not redraw hundreds of bookings. `bookings` is null
 * while the column waits for its turn to be drawn.
 */
export const SiteDayColumn = memo(function SiteDayColumn(props: {
  space: Space;
  name: string;
  frame: DayFrame;
  bookings: readonly BookingView[] | null;
  bands: readonly Band[];
  /** The family's bookings that occupy this space (全场占用 / 半场占用). */
  holds: readonly FamilyHold[];
  nowMin: number | null;
  onOpen: (t: BookingDialogTarget) => void;
  onDropBooking: (bookingId: number, space: Space, start: string) => void;
}) {
  const { t } = useTranslation();
  const { space, frame, bookings } = props;
  const { date, from, to } = frame;
  const height = (to - from) * PX_PER_MIN;
  const open = space.openingHours.find((h) => h.weekday === frame.weekday);

  function clickColumn(e: MouseEvent) {
    if (e.target !== e.currentTarget) return;
    const start = `${date}T${hhmm(minuteAt(e, space, from))}`;
    props.onOpen({ mode: 'create', spaceId: space.id, start, end: addMinutes(start, Math.max(space.minBookingMinutes, 60)), timeChosen: true });
  }

  function drop(e: DragEvent) {
    e.preventDefault();
    const id = Number(e.dataTransfer.getData('text/booking'));
    if (id) props.onDropBooking(id, space, `${date}T${hhmm(minuteAt(e, space, from))}`);
  }

  return (
    <div className="site-day-column" role="gridcell" aria-label={props.name}>
      <div className="site-day-head" style={{ borderTopColor: space.color }}>
        {/* Plain text rather than antd Typography: 20-odd ellipsis measurers per day cost more than the CSS does. */}
        <span className="site-day-name">{props.name}</span>
        <span className="site-day-meta">
          {t(`space.mode.${space.mode}`)} · {t('desk.people', { count: space.capacity })}
        </span>
      </div>
      <div
        className="site-day-body"
        // Hour lines as one background (starting on the hour at `from`), not a dozen elements per column.
        style={{ height, ['--hour' as string]: `${60 * PX_PER_MIN}px` }}
        onClick={clickColumn}
        onDragOver={(e) => e.preventDefault()}
        onDrop={drop}
        data-testid={`column-${space.id}`}
      >
        {!open && <div className="site-day-closed" style={{ top: 0, height }}>{t('calendar.closed')}</div>}
        {open && minutesOfDay(open.open) > from && (
          <div className="site-day-closed" style={{ top: 0, height: (minutesOfDay(open.open) - from) * PX_PER_MIN }} />
        )}
        {open && minutesOfDay(open.close) < to && (
          <div className="site-day-closed" style={{ top: (minutesOfDay(open.close) - from) * PX_PER_MIN, height: (to - minutesOfDay(open.close)) * PX_PER_MIN }} />
        )}
        {props.bands.map((band) => {
          const top = band.closed ? 0 : (Math.max(minutesOfDay(band.start.slice(11)), from) - from) * PX_PER_MIN;
          const bottom = band.closed || band.end.slice(0, 10) > date ? height : (Math.min(minutesOfDay(band.end.slice(11)), to) - from) * PX_PER_MIN;
          return (
            <div key={band.key} className={band.closed ? 'site-day-closed' : 'site-day-band'} style={{ top, height: bottom - top, ['--band' as string]: band.color }}>
              {band.label}
            </div>
          );
        })}
        {props.nowMin !== null && props.nowMin >= from && props.nowMin <= to && (
          <div className="site-day-now" style={{ top: (props.nowMin - from) * PX_PER_MIN }} aria-label={t('calendar.now')} />
        )}
        {props.holds.length > 0 && <ColumnHolds holds={props.holds} from={from} to={to} date={date} onOpen={props.onOpen} />}
        {bookings && <ColumnBookings bookings={bookings} from={from} color={space.color} onOpen={props.onOpen} />}
      </div>
    </div>
  );
});

/** The family's bookings, grey and hatched across the column; a click opens the booking they belong to. */
function ColumnHolds(props: { holds: readonly FamilyHold[]; from: number; to: number; date: string; onOpen: (t: BookingDialogTarget) => void }) {
  const { label, detail } = useHoldText();
  const { from, to, date } = props;
  return props.holds.map((h) => {
    const startMin = h.start.slice(0, 10) < date ? from : Math.max(minutesOfDay(h.start.slice(11)), from);
    const endMin = h.end.slice(0, 10) > date ? to : Math.min(minutesOfDay(h.end.slice(11)), to);
    return (
      <button
        key={`${h.bookingId}`}
        type="button"
        title={detail(h)}
        aria-label={detail(h)}
        className={`site-day-booking site-day-hold ${HOLD_CLASS}`}
        onClick={() => props.onOpen({ mode: 'edit', bookingId: h.bookingId })}
        style={{ top: (startMin - from) * PX_PER_MIN, height: Math.max((endMin - startMin) * PX_PER_MIN - 2, 18), left: 2, right: 2 }}
      >
        <span className="family-hold-label">{label(h)}</span>
        <span className="site-day-time">{`${h.start.slice(11)}–${h.end.slice(11)}`}</span>
        <span className="site-day-title">{h.title}</span>
      </button>
    );
  });
}

const ColumnBookings = memo(function ColumnBookings(props: { bookings: readonly BookingView[]; from: number; color: string; onOpen: (t: BookingDialogTarget) => void }) {
  const { t } = useTranslation();
  const { from } = props;
  // Looked up once per column, not once per booking.
  const requested = t('booking.status.requested');
  const textColours = new Map<string, string>();
  const textFor = (bg: string) => textColours.get(bg) ?? textColours.set(bg, textOn(bg)).get(bg)!;
  return assignLanes(props.bookings).map(({ item: b, lane, lanes }) => {
    const start = b.start.slice(11);
    const end = b.end.slice(11);
    const top = (Math.max(minutesOfDay(start), from) - from) * PX_PER_MIN;
    const h = Math.max(diffMinutes(b.start, b.end) * PX_PER_MIN - 2, 18);
    const bg = b.audienceColor ?? props.color;
    return (
      <button
        key={b.id}
        title={`${start}–${end} ${b.title} · ${t('desk.people', { count: b.headCount })}`}
        type="button"
        className={`site-day-booking booking-${b.status}`}
        draggable
        onDragStart={(e) => e.dataTransfer.setData('text/booking', String(b.id))}
        onClick={() => props.onOpen({ mode: 'edit', bookingId: b.id })}
        style={{
          top,
          height: h,
          left: `calc(${(100 / lanes) * lane}% + 2px)`,
          width: `calc(${100 / lanes}% - 4px)`,
          background: bg,
          color: textFor(bg),
        }}
      >
        <span className="site-day-time">{`${start}–${end}`}</span>
        <span className="site-day-title">{b.title}</span>
        {b.status === 'requested' && <span className="site-day-flag">{requested}</span>}
      </button>
    );
  });
});
