import { useMemo } from 'react';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import classicTheme from '@fullcalendar/react/themes/classic';
import zhCnLocale from '@fullcalendar/react/locales/zh-cn';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { useTranslation } from 'react-i18next';
import type { BookingView, Space } from '../../../../electron/shared/domain';
import type { BookingDialogTarget } from '../bookings/BookingDialog';
import { useMoveBooking } from '../bookings/useMoveBooking';
import { toLocalIso, type CalendarView } from './dates';
import type { Band } from './bands';
import { textOn } from '../../components/colour';

const FC_VIEW: Record<Exclude<CalendarView, 'site'>, string> = {
  week: 'timeGridWeek',
  day: 'timeGridDay',
  month: 'dayGridMonth',
};

const HOUR_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

/** FullCalendar's `daysOfWeek` counts Sunday as 0; ours counts Monday as 1 ... Sunday 7. */
function businessHours(space: Space) {
  return space.openingHours.map((h) => ({ daysOfWeek: [h.weekday % 7], startTime: h.open, endTime: h.close }));
}

function visibleHours(space: Space): { min: string; max: string } {
  if (space.openingHours.length === 0) return { min: '07:00', max: '22:00' };
  const min = space.openingHours.reduce((m, h) => (h.open < m ? h.open : m), '24:00');
  const max = space.openingHours.reduce((m, h) => (h.close > m ? h.close : m), '00:00');
  return { min: `${min.slice(0, 2)}:00`, max: max === '24:00' ? '24:00' : `${max.slice(0, 2)}:${max.slice(3)}` };
}

/** Week, day or month of one space; drag to book, drag or resize to move. */
export function SpaceCalendar(props: {
  space: Space;
  view: Exclude<CalendarView, 'site'>;
  anchor: string;
  bookings: BookingView[];
  bands: Band[];
  onOpen: (target: BookingDialogTarget) => void;
}) {
  const { i18n } = useTranslation();
  const moveBooking = useMoveBooking();
  const { space } = props;
  const hours = visibleHours(space);
  const events = useMemo(
    () =>
      props.bookings.map((b) => ({
        id: String(b.id),
        title: b.organisationName && !b.title.includes(b.organisationName) ? `${b.title} · ${b.organisationName}` : b.title,
        start: b.start,
        end: b.end,
        color: b.audienceColor ?? space.color,
        contrastColor: textOn(b.audienceColor ?? space.color),
        className: `booking-${b.status}`,
        extendedProps: { booking: b },
      })),
    [props.bookings, space.color],
  );
  // The plan's audience windows and closed days, drawn behind the bookings.
  const background = useMemo(
    () => props.bands.map((b) => ({ id: `band-${b.key}`, title: b.label, start: b.start, end: b.end, display: 'background' as const, color: b.color })),
    [props.bands],
  );

  async function move(info: { event: { id: string; startStr: string; endStr: string; start: Date | null; end: Date | null }; revert: () => void }) {
    const b = props.bookings.find((x) => String(x.id) === info.event.id);
    if (!b || !info.event.start || !info.event.end) return info.revert();
    if (!(await moveBooking(b, { start: toLocalIso(info.event.start), end: toLocalIso(info.event.end) }))) info.revert();
  }

  return (
    <FullCalendar
      key={`${props.view}-${props.anchor}-${space.id}-${i18n.language}`}
      plugins={[timeGridPlugin, dayGridPlugin, interactionPlugin, classicTheme]}
      locales={[zhCnLocale]}
      locale={i18n.language === 'en' ? 'en-GB' : 'zh-cn'}
      initialView={FC_VIEW[props.view]}
      initialDate={props.anchor}
      firstDay={1}
      height="100%"
      allDaySlot={false}
      nowIndicator
      selectable
      selectMirror
      editable
      eventOverlap={space.mode === 'shared'}
      slotDuration={{ minutes: space.slotMinutes }}
      snapDuration={{ minutes: space.slotMinutes }}
      slotMinTime={hours.min}
      slotMaxTime={hours.max}
      scrollTime={hours.min}
      slotHeaderFormat={HOUR_FORMAT}
      eventTimeFormat={HOUR_FORMAT}
      dayHeaderFormat={props.view === 'month' ? { weekday: 'short' } : { weekday: 'short', month: 'numeric', day: 'numeric' }}
      businessHours={businessHours(space)}
      events={[...background, ...events]}
      dayMaxEvents={props.view === 'month' ? 4 : false}
      select={(info) => {
        const start = toLocalIso(info.start);
        // A click in the month grid selects a whole day: start at opening time instead.
        const end = props.view === 'month' ? start : toLocalIso(info.end);
        props.onOpen({ mode: 'create', spaceId: space.id, start, end });
      }}
      eventClick={(info) => props.onOpen({ mode: 'edit', bookingId: Number(info.event.id) })}
      eventDrop={move}
      eventResize={move}
    />
  );
}
