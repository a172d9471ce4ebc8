import { useEffect, useState, type DragEvent, type MouseEvent } from 'react';
import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BookingView, Space } from '../../../../electron/shared/domain';
import { addMinutes, diffMinutes, hhmm, isoWeekday, minutesOfDay } from '../../../../electron/shared/time';
import type { BookingDialogTarget } from '../bookings/BookingDialog';
import { useMoveBooking } from '../bookings/useMoveBooking';
import { toLocalIso } from './dates';
import { assignLanes } from './lanes';
import type { Band } from './bands';
import { textOn } from '../../components/colour';
import { useLocalName } from '../../components/localName';
import './site-day.css';

const PX_PER_MIN = 1.1;
const HEADER = 52;

function dayHours(spaces: Space[], date: string): { from: number; to: number } {
  const hours = spaces.flatMap((s) => s.openingHours.filter((h) => h.weekday === isoWeekday(date)));
  if (!hours.length) return { from: 8 * 60, to: 21 * 60 };
  const from = Math.min(...hours.map((h) => minutesOfDay(h.open)));
  const to = Math.max(...hours.map((h) => minutesOfDay(h.close)));
  return { from: Math.floor(from / 60) * 60, to: Math.ceil(to / 60) * 60 };
}

/**
 * One day of a whole site, spaces as columns: what the desk sees at a glance. Click an
 * empty slot to book it; drag a booking to another time or another space.
 */
export function SiteDayView(props: { spaces: Space[]; date: string; bookings: BookingView[]; bands: Band[]; onOpen: (t: BookingDialogTarget) => void }) {
  const { t } = useTranslation();
  const moveBooking = useMoveBooking();
  const localName = useLocalName();
  const { spaces, date } = props;
  const { from, to } = dayHours(spaces, date);
  const height = (to - from) * PX_PER_MIN;
  const [now, setNow] = useState(() => toLocalIso(new Date()));
  useEffect(() => {
    const timer = setInterval(() => setNow(toLocalIso(new Date())), 60_000);
    return () => clearInterval(timer);
  }, []);

  if (!spaces.length) return <Empty description={t('calendar.noSpaces')} />;

  const minuteAt = (e: MouseEvent | DragEvent, space: Space) => {
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const m = from + (e.clientY - rect.top) / PX_PER_MIN;
    return Math.max(from, Math.floor(m / space.slotMinutes) * space.slotMinutes);
  };

  function clickColumn(e: MouseEvent, space: Space) {
    if (e.target !== e.currentTarget) return;
    const start = `${date}T${hhmm(minuteAt(e, space))}`;
    props.onOpen({ mode: 'create', spaceId: space.id, start, end: addMinutes(start, Math.max(space.minBookingMinutes, 60)) });
  }

  async function drop(e: DragEvent, space: Space) {
    e.preventDefault();
    const id = Number(e.dataTransfer.getData('text/booking'));
    const b = props.bookings.find((x) => x.id === id);
    if (!b) return;
    const start = `${date}T${hhmm(minuteAt(e, space))}`;
    await moveBooking(b, { spaceId: space.id, start, end: addMinutes(start, diffMinutes(b.start, b.end)) });
  }

  const hoursTicks: number[] = [];
  for (let m = from; m < to; m += 60) hoursTicks.push(m);
  const nowMin = now.slice(0, 10) === date ? minutesOfDay(now.slice(11)) : null;

  return (
    <div className="site-day" role="grid" aria-label={t('calendar.siteDay')}>
      <div className="site-day-axis" style={{ height: height + HEADER }}>
        {hoursTicks.map((m) => (
          <div key={m} className="site-day-tick" style={{ top: HEADER + (m - from) * PX_PER_MIN }}>
            {hhmm(m)}
          </div>
        ))}
      </div>
      {spaces.map((space) => {
        const open = space.openingHours.find((h) => h.weekday === isoWeekday(date));
        const mine = props.bookings.filter((b) => b.spaceId === space.id);
        return (
          <div key={space.id} className="site-day-column" role="gridcell" aria-label={localName(space)}>
            <div className="site-day-head" style={{ borderTopColor: space.color }}>
              <Typography.Text strong ellipsis>
                {localName(space)}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`space.mode.${space.mode}`)} · {space.capacity}
                {t('common.people')}
              </Typography.Text>
            </div>
            <div
              className="site-day-body"
              style={{ height }}
              onClick={(e) => clickColumn(e, space)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => void drop(e, space)}
              data-testid={`column-${space.id}`}
            >
              {hoursTicks.map((m) => (
                <div key={m} className="site-day-line" style={{ top: (m - from) * PX_PER_MIN }} />
              ))}
              {!open && <div className="site-day-closed" style={{ top: 0, height }}>{t('calendar.closed')}</div>}
              {open && minutesOfDay(open.open) > from && (
                <div className="site-day-closed" style={{ top: 0, height: (minutesOfDay(open.open) - from) * PX_PER_MIN }} />
              )}
              {open && minutesOfDay(open.close) < to && (
                <div className="site-day-closed" style={{ top: (minutesOfDay(open.close) - from) * PX_PER_MIN, height: (to - minutesOfDay(open.close)) * PX_PER_MIN }} />
              )}
              {props.bands
                .filter((band) => band.spaceId === space.id && band.start.slice(0, 10) <= date)
                .map((band) => {
                  const top = band.closed ? 0 : (Math.max(minutesOfDay(band.start.slice(11)), from) - from) * PX_PER_MIN;
                  const bottom = band.closed || band.end.slice(0, 10) > date ? height : (Math.min(minutesOfDay(band.end.slice(11)), to) - from) * PX_PER_MIN;
                  return (
                    <div key={band.key} className={band.closed ? 'site-day-closed' : 'site-day-band'} style={{ top, height: bottom - top, ['--band' as string]: band.color }}>
                      {band.label}
                    </div>
                  );
                })}
              {nowMin !== null && nowMin >= from && nowMin <= to && (
                <div className="site-day-now" style={{ top: (nowMin - from) * PX_PER_MIN }} aria-label={t('calendar.now')} />
              )}
              {assignLanes(mine).map(({ item: b, lane, lanes }) => {
                const top = (Math.max(minutesOfDay(b.start.slice(11)), from) - from) * PX_PER_MIN;
                const h = Math.max(diffMinutes(b.start, b.end) * PX_PER_MIN - 2, 18);
                return (
                  <button
                      key={b.id}
                      title={`${b.start.slice(11)}–${b.end.slice(11)} ${b.title} · ${b.headCount}${t('common.people')}`}
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
                        background: b.audienceColor ?? space.color,
                        color: textOn(b.audienceColor ?? space.color),
                      }}
                    >
                      <span className="site-day-time">
                        {b.start.slice(11)}–{b.end.slice(11)}
                      </span>
                      <span className="site-day-title">{b.title}</span>
                      {b.status === 'requested' && <span className="site-day-flag">{t('booking.status.requested')}</span>}
                    </button>
                );
              })}
            </div>
          </div>
        );
      })}
    </div>
  );
}
