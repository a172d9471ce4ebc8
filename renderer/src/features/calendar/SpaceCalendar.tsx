import { startTransition, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import FullCalendar, { type CalendarRef } from '@fullcalendar/react';
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
import { toLocalIso, visibleRange, type CalendarView } from './dates';
import { useProgressiveLists } from './progressive';
import { addDays } from '../../../../electron/shared/time';
import type { Band } from './bands';
import { textOn } from '../../components/colour';
import { useNow } from '../../api/clock';
import { useEntityNames } from '../../components/entityNames';
import { HOLD_CLASS, useHoldText, type FamilyHold } from '../../components/familyHold';

const FC_VIEW: Record<Exclude<CalendarView, 'site'>, string> = {
  week: 'timeGridWeek',
  day: 'timeGridDay',
  month: 'dayGridMonth',
};

const HOUR_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
// Options are kept identical between renders (module constants, memos): FullCalendar
// compares them by identity, and a "changed" locale list or plugin list rebuilds its date
// environment, re-renders the whole grid and resets the scroll, a long task each time.
const PLUGINS = [timeGridPlugin, dayGridPlugin, interactionPlugin, classicTheme];
const LOCALES = [zhCnLocale];
const MONTH_HEADER = { weekday: 'short' } as const;
const DAY_HEADER = { weekday: 'short', month: 'numeric', day: 'numeric' } as const;

const EVENTS_PER_FRAME = 100;
/** Added to the theme's classes of the now line, so that it can be found. */
const NOW_LINE_CLASS = 'space-calendar-now';
/** The id of a family hold's event: the booking it belongs to, marked as not this space's own. */
const HOLD_PREFIX = 'hold-';

type CalendarEvent = { id: string; title: string; start: string; end: string; color: string; contrastColor: string; className: string; extendedProps: { booking: BookingView } };

/** A day as a number (20261123), from a date or a datetime. */
const dayKey = (iso: string) => Number(iso.slice(0, 10).replaceAll('-', ''));

function sameEvent(a: CalendarEvent, b: CalendarEvent): boolean {
  return a.id === b.id && a.title === b.title && a.start === b.start && a.end === b.end && a.color === b.color && a.className === b.className;
}

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
  /** The family's bookings that occupy the space (全场占用 / 半场占用), drawn grey and hatched. */
  holds: FamilyHold[];
  bands: Band[];
  onOpen: (target: BookingDialogTarget) => void;
}) {
  const { i18n } = useTranslation();
  const moveBooking = useMoveBooking();
  const { space } = props;
  // Today and now are the main process's, not the machine's. A value that changes once a
  // minute, not a function: FullCalendar would call a function for every day it draws.
  const now = useNow();
  // What FullCalendar draws follows paging and the bookings' answer at transition
  // priority: React renders its grid in slices of a few milliseconds and yields in
  // between. Urgently (in the key's task, in the answer's task) this component renders
  // with the values it had, and the memoised calendar element below skips the calendar;
  // FullCalendar re-deriving its month grid in one go was the long task of paging.
  const anchor = useDeferredValue(props.anchor);
  const bookings = useDeferredValue(props.bookings);
  const bands = useDeferredValue(props.bands);
  const holds = useDeferredValue(props.holds);
  const holdText = useHoldText();
  const names = useEntityNames();
  const hours = useMemo(() => visibleHours(space), [space]);
  const hoursOpen = useMemo(() => businessHours(space), [space]);
  const slot = useMemo(() => ({ minutes: space.slotMinutes }), [space.slotMinutes]);
  const events = useMemo(
    () =>
      bookings.map((b): CalendarEvent => {
        const organisation = names.organisation(b.organisationId, b.organisationName);
        // A title that names its group already (新北郊中学午间自修) is not followed by it again.
        const named = !b.organisationName || b.title.includes(b.organisationName) || b.title.includes(organisation);
        return {
          id: String(b.id),
          title: named ? b.title : `${b.title} · ${organisation}`,
          start: b.start,
          end: b.end,
          color: b.audienceColor ?? space.color,
          contrastColor: textOn(b.audienceColor ?? space.color),
          className: `booking-${b.status}`,
          extendedProps: { booking: b },
        };
      }),
    [bookings, space.color, names],
  );
  // Not draggable: a hold moves with its own booking, in its own space.
  const holdEvents = useMemo(
    () =>
      holds.map((h) => ({
        id: `${HOLD_PREFIX}${h.bookingId}`,
        title: `${holdText.label(h)} · ${h.title}`,
        start: h.start,
        end: h.end,
        color: '#e4e4e4',
        contrastColor: '#434343',
        className: HOLD_CLASS,
        editable: false,
      })),
    [holds, holdText],
  );
  // The plan's audience windows and closed days, drawn behind the bookings.
  const background = useMemo(
    () => bands.map((b) => ({ id: `band-${b.key}`, title: b.label, start: b.start, end: b.end, display: 'background' as const, color: b.color })),
    [bands],
  );
  // A busy month is handed to FullCalendar a week at a time or a few, one step per frame
  // (every day complete, so "+N more" is right at each step): all in one step was a long
  // task of FullCalendar's rendering, styling and measuring.
  const groups = useMemo(() => {
    const { from, to } = visibleRange(props.view, anchor);
    const byDay = new Map<number, number>();
    let i = 0;
    for (let d = from; d < to; d = addDays(d, 1), i++) byDay.set(dayKey(d), props.view === 'month' ? Math.floor(i / 7) : i);
    return { byDay, order: [...new Set(byDay.values())], from };
  }, [props.view, anchor]);
  const grouped = useMemo(() => {
    const map = new Map<number, CalendarEvent[]>();
    const { byDay, order, from } = groups;
    for (const e of events) {
      // One that starts before the range (and runs into it) goes with the first group;
      // FullCalendar itself leaves out whatever is not in view.
      const key = byDay.get(dayKey(e.start)) ?? (e.start < from ? order[0] : order[order.length - 1]);
      const list = map.get(key);
      if (list) list.push(e);
      else map.set(key, [e]);
    }
    return map;
  }, [events, groups]);
  // Each later step a transition too, for the same reason.
  const drawn = useProgressiveLists(groups.order, grouped, `${props.view}|${anchor}|${space.id}`, EVENTS_PER_FRAME, sameEvent, true);
  const all = useMemo(() => [...background, ...holdEvents, ...groups.order.flatMap((g) => drawn.get(g) ?? [])], [background, holdEvents, groups, drawn]);

  // Paging moves the mounted calendar to the new date instead of building a new one (a
  // remount per arrow key was a long task of its own before the bookings arrived). The
  // calendar's own re-render for it is a transition as well (its state update takes the
  // priority of the code that calls gotoDate), so the new grid is rendered in slices too.
  const calendar = useRef<CalendarRef>(null);
  const shownAnchor = useRef(anchor);
  useEffect(() => {
    if (shownAnchor.current === anchor) return;
    shownAnchor.current = anchor;
    startTransition(() => calendar.current?.getApi().gotoDate(anchor));
  }, [anchor]);

  // Handlers that stay the same function: FullCalendar counts a new one as a changed
  // option and re-renders its whole grid for it. They read the latest props from a ref.
  const latest = useRef({ props, moveBooking });
  useLayoutEffect(() => {
    latest.current = { props, moveBooking };
  });
  const handlers = useMemo(
    () => ({
      select(info: { start: Date; end: Date }) {
        const { props: p } = latest.current;
        const start = toLocalIso(info.start);
        // A click in the month grid selects a whole day: start at opening time instead.
        const end = p.view === 'month' ? start : toLocalIso(info.end);
        p.onOpen({ mode: 'create', spaceId: p.space.id, start, end, timeChosen: p.view !== 'month' });
      },
      eventClick(info: { event: { id: string } }) {
        // A hold opens the booking it belongs to (the whole court's, or a half's).
        const id = info.event.id.startsWith(HOLD_PREFIX) ? info.event.id.slice(HOLD_PREFIX.length) : info.event.id;
        latest.current.props.onOpen({ mode: 'edit', bookingId: Number(id) });
      },
      async move(info: { event: { id: string; start: Date | null; end: Date | null }; revert: () => void }) {
        const { props: p, moveBooking: moveIt } = latest.current;
        const b = p.bookings.find((x) => String(x.id) === info.event.id);
        if (!b || !info.event.start || !info.event.end) return info.revert();
        if (!(await moveIt(b, { start: toLocalIso(info.event.start), end: toLocalIso(info.event.end) }))) info.revert();
      },
    }),
    [],
  );

  // The same element while nothing it shows has changed: React then skips FullCalendar
  // entirely in the urgent renders above (the options themselves are stable, see PLUGINS).
  const { view } = props;
  const { language } = i18n;
  const spaceId = space.id;
  const shared = space.mode === 'shared';
  return useMemo(
    () => (
      <FullCalendar
        ref={calendar}
        key={`${view}-${spaceId}-${language}`}
        plugins={PLUGINS}
        locales={LOCALES}
        locale={language === 'en' ? 'en-GB' : 'zh-cn'}
        initialView={FC_VIEW[view]}
        initialDate={anchor}
        firstDay={1}
        height="100%"
        allDaySlot={false}
        nowIndicator
        now={now}
        nowIndicatorLineClass={NOW_LINE_CLASS}
        selectable
        selectMirror
        editable
        eventOverlap={shared}
        slotDuration={slot}
        snapDuration={slot}
        slotMinTime={hours.min}
        slotMaxTime={hours.max}
        scrollTime={hours.min}
        slotHeaderFormat={HOUR_FORMAT}
        eventTimeFormat={HOUR_FORMAT}
        dayHeaderFormat={view === 'month' ? MONTH_HEADER : DAY_HEADER}
        businessHours={hoursOpen}
        events={all}
        dayMaxEvents={view === 'month' ? 4 : false}
        select={handlers.select}
        eventClick={handlers.eventClick}
        eventDrop={handlers.move}
        eventResize={handlers.move}
      />
    ),
    [view, spaceId, language, anchor, shared, slot, hours, hoursOpen, all, handlers],
  );
}
