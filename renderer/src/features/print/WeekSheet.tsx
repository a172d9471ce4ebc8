/**
 * One space's week as a poster for the door: the space's name large, the week number
 * and dates, Monday to Sunday across and the hours down the side, every booking in
 * its audience's colour with a pattern and a label (so it also reads in black and
 * white), the plan's audience windows behind them, holidays and closures marked.
 */
import { holidayNameKey } from '../../components/holidayName';
import type { LegendAudience, PublicBooking, PublicHold, TimetableDay, TimetableSpace } from '../../../../electron/shared/contract/print';
import { datePart, diffMinutes, hhmm, isoWeekday, minutesOfDay, timePart } from '../../../../electron/shared/time';
import { assignLanes } from '../calendar/lanes';
import { Bi, useSheetText } from './language';
import { swatch, tint } from './patterns';
import { legendIndex, Legend, SheetFooter } from './SheetParts';
import { dayLabel, weekNumber, weekRange } from './sheetDates';
import './week-sheet.css';
import { fitBlock, notesHeightMm, SHEET, type BlockFit } from './fit';

const NO_AUDIENCE = '#8c8c8c';

interface HourRange {
  from: number;
  to: number;
}

/** The hours to print: opening hours, widened to whatever is booked or planned, in whole hours. */
function hourRange(space: TimetableSpace): HourRange {
  const starts = space.openingHours.map((h) => minutesOfDay(h.open));
  const ends = space.openingHours.map((h) => minutesOfDay(h.close));
  for (const day of space.days) {
    for (const b of [...day.bookings, ...day.held]) {
      starts.push(datePart(b.start) < day.date ? 0 : minutesOfDay(timePart(b.start)));
      ends.push(datePart(b.end) > day.date ? 24 * 60 : minutesOfDay(timePart(b.end)));
    }
    for (const w of day.windows) {
      starts.push(minutesOfDay(w.start));
      ends.push(minutesOfDay(w.end));
    }
  }
  if (!starts.length) return { from: 8 * 60, to: 21 * 60 };
  return { from: Math.floor(Math.min(...starts) / 60) * 60, to: Math.ceil(Math.max(...ends) / 60) * 60 };
}

/** The hour grid's time span and printed height. */
interface Grid extends HourRange {
  heightMm: number;
}

function mmAt(minute: number, grid: Grid): number {
  return ((Math.min(Math.max(minute, grid.from), grid.to) - grid.from) / (grid.to - grid.from)) * grid.heightMm;
}

/** Minutes of a booking within one day (a booking past midnight is cut at the day's edge). */
function minutesOn(b: PublicBooking | PublicHold, date: string): { start: number; end: number } {
  const start = datePart(b.start) < date ? 0 : minutesOfDay(timePart(b.start));
  return { start, end: start + Math.min(diffMinutes(b.start, b.end), 24 * 60 - start) };
}

interface PlacedBooking {
  booking: PublicBooking;
  lane: number;
  lanes: number;
  organisation: string;
  fit: BlockFit;
  /** Number of the note under the grid that prints the full title, when the block is too small. */
  note: number | null;
}

interface WeekLayout {
  grid: Grid;
  days: Map<string, PlacedBooking[]>;
  notes: { n: number; date: string; booking: PublicBooking }[];
}

/**
 * Place every booking: lanes side by side where they overlap, text fitted to the block.
 * Notes for titles that do not fit take room from the grid, which makes blocks
 * smaller, so the layout is repeated until the notes stop changing.
 */
function layoutWeek(space: TimetableSpace, range: HourRange, baseMm: number, organisationOf: (b: PublicBooking) => string, noteText: (date: string, b: PublicBooking) => string): WeekLayout {
  let layout: WeekLayout = { grid: { ...range, heightMm: baseMm }, days: new Map(), notes: [] };
  for (let pass = 0; pass < 3; pass++) {
    const grid = { ...range, heightMm: baseMm - notesHeightMm(layout.notes.map((n) => noteText(n.date, n.booking))) };
    const days = new Map<string, PlacedBooking[]>();
    const notes: WeekLayout['notes'] = [];
    for (const day of space.days) {
      if (day.closed) continue;
      days.set(
        day.date,
        assignLanes(day.bookings).map(({ item, lane, lanes }) => {
          const { start, end } = minutesOn(item, day.date);
          const organisation = organisationOf(item);
          const fit = fitBlock(item.title, organisation && !item.title.includes(organisation) ? organisation : '', mmAt(end, grid) - mmAt(start, grid), lanes);
          const note = fit.fits ? null : notes.push({ n: notes.length + 1, date: day.date, booking: item });
          return { booking: item, lane, lanes, organisation, fit, note };
        }),
      );
    }
    const settled = notes.length === layout.notes.length;
    layout = { grid, days, notes };
    if (settled) break;
  }
  return layout;
}

export function WeekSheet(props: { space: TimetableSpace; weekStart: string; today: string; audiences: LegendAudience[] }) {
  const s = useSheetText();
  const { space, audiences } = props;
  const used = new Set(space.days.flatMap((d) => [...d.bookings.map((b) => b.audienceId), ...d.windows.map((w) => w.audienceId)]));
  const unknownYear = space.days.some((d) => d.unknownYear);
  // Held by the whole court or a half is not free: such a week is not announced as empty.
  const empty = space.days.every((d) => d.bookings.length === 0 && d.held.length === 0);
  const held = space.days.some((d) => d.held.length > 0);
  const organisationOf = (b: PublicBooking) => s.one({ zh: b.organisationName ?? '', en: b.organisationNameEn ?? '' });
  const noteText = (date: string, b: PublicBooking) => `${s.one(s.t(`weekday.${isoWeekday(date)}`))} ${timePart(b.start)}–${timePart(b.end)} ${b.title}`;
  const range = hourRange(space);
  const gridMm = SHEET.gridMm - (s.language === 'both' ? SHEET.englishTitleMm : 0) - (unknownYear || empty ? SHEET.noticeMm : 0);
  const layout = layoutWeek(space, range, gridMm, organisationOf, noteText);
  const hours: number[] = [];
  for (let m = range.from; m <= range.to; m += 60) hours.push(m);

  return (
    <section className="print-sheet week-sheet" role="article" aria-label={s.one(s.name(space))}>
      <header className="sheet-header">
        <div className="sheet-heading">
          <div className="sheet-site">
            <Bi inline text={s.name(space.site)} />
          </div>
          <h1 className="sheet-title">
            <Bi text={s.name(space)} />
          </h1>
          <div className="sheet-facts">
            <Bi inline text={s.t('print.sheet.capacity', { count: space.capacity })} />
            {space.mode === 'shared' && (
              <>
                {' · '}
                <Bi inline text={s.t('print.sheet.shared')} />
              </>
            )}
          </div>
        </div>
        <div className="sheet-week">
          <div className="sheet-week-no">
            <Bi text={s.t('print.sheet.weekNo', { week: weekNumber(props.weekStart) })} />
          </div>
          <div className="sheet-week-range">
            <Bi text={weekRange(props.weekStart)} />
          </div>
          <div className="sheet-kind">
            <Bi inline text={s.t('print.sheet.timetable')} />
          </div>
        </div>
      </header>
      {(unknownYear || empty) && (
        <div className="sheet-notice">
          <Bi inline text={s.t(unknownYear ? 'print.sheet.unknownYear' : 'print.sheet.empty')} />
        </div>
      )}
      <div className="week-grid">
        <div className="week-axis">
          <div className="day-head" />
          <div className="day-body" style={{ height: `${layout.grid.heightMm}mm` }}>
            {hours.map((m) => (
              <span key={m} className="week-hour" style={{ top: `${mmAt(m, layout.grid)}mm` }}>
                {hhmm(m)}
              </span>
            ))}
          </div>
        </div>
        {space.days.map((day) => (
          <DayColumn key={day.date} day={day} space={space} grid={layout.grid} hours={hours} placed={layout.days.get(day.date) ?? []} audiences={audiences} />
        ))}
      </div>
      {layout.notes.length > 0 && (
        <ol className="sheet-notes">
          {layout.notes.map((n) => (
            <li key={n.n}>
              <span className="note-mark">{n.n}</span>
              {noteText(n.date, n.booking)}
            </li>
          ))}
        </ol>
      )}
      <SheetFooter site={space.site} today={props.today} legend={<Legend audiences={audiences} shown={audiences.filter((a) => used.has(a.id))} held={held} />} />
    </section>
  );
}

function DayColumn(props: { day: TimetableDay; space: TimetableSpace; grid: Grid; hours: number[]; placed: PlacedBooking[]; audiences: LegendAudience[] }) {
  const s = useSheetText();
  const { day, grid } = props;
  const weekday = isoWeekday(day.date);
  const open = props.space.openingHours.find((h) => h.weekday === day.planWeekday);
  // A statutory holiday is named in English too; a closure's reason was typed in one language only.
  const holidayKey = day.closed?.kind === 'holiday' ? holidayNameKey(day.closed.reason) : null;
  const closedText = day.closed
    ? { zh: day.closed.reason || s.t(`print.sheet.${day.closed.kind}`).zh, en: holidayKey ? s.t(holidayKey).en : s.t(`print.sheet.${day.closed.kind}`).en }
    : !open
      ? s.t('print.sheet.closed')
      : null;
  const band = (fromMin: number, toMin: number) => ({ top: `${mmAt(fromMin, grid)}mm`, height: `${mmAt(toMin, grid) - mmAt(fromMin, grid)}mm` });

  return (
    <div className={`week-day ${weekday >= 6 ? 'weekend' : ''}`}>
      <div className="day-head">
        <Bi className="day-name" inline text={s.t(`weekday.${weekday}`)} />
        <div className="day-date">
          {s.one(dayLabel(day.date))}
          {day.closed && <span className="day-tag">{s.one(s.t(`print.sheet.${day.closed.kind}`))}</span>}
          {!day.closed && day.planWeekday !== weekday && (
            <span className="day-tag">{s.one(s.t('print.sheet.makeUp', { weekday: s.one(s.t(`weekday.${day.planWeekday}`)) }))}</span>
          )}
        </div>
      </div>
      <div className="day-body" style={{ height: `${grid.heightMm}mm` }}>
        {props.hours.map((m) => (
          <div key={m} className="day-hour-line" style={{ top: `${mmAt(m, grid)}mm` }} />
        ))}
        {!day.closed &&
          day.windows.map((w) => {
            const i = legendIndex(props.audiences, w.audienceId);
            const colour = props.audiences[i]?.color ?? NO_AUDIENCE;
            return (
              <div key={`${w.start}-${w.audienceId}`} className="day-window" style={{ ...band(minutesOfDay(w.start), minutesOfDay(w.end)), background: tint(colour, 0.88) }}>
                <span className="day-window-edge" style={{ background: swatch(colour, i) }} />
                <span className="day-window-label">{s.one(s.name(props.audiences[i]))}</span>
              </div>
            );
          })}
        {/* Closed hours cover any plan window that runs past them; bookings stay on top. */}
        {open && !day.closed && <div className="day-closed-hours" style={band(grid.from, minutesOfDay(open.open))} />}
        {open && !day.closed && <div className="day-closed-hours" style={band(minutesOfDay(open.close), grid.to)} />}
        {!day.closed && day.held.map((h) => <HoldBlock key={h.id} hold={h} date={day.date} grid={grid} />)}
        {props.placed.map((p) => (
          <BookingBlock key={p.booking.id} placed={p} date={day.date} grid={grid} audiences={props.audiences} />
        ))}
        {closedText && (
          <div className="day-closed">
            <Bi text={closedText} />
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * The ground held by another space of the family (全场占用 / 半场占用): grey hatching, the
 * label first, then the time and the title, so a half never looks free on the door while
 * the whole court is booked.
 */
function HoldBlock(props: { hold: PublicHold; date: string; grid: Grid }) {
  const s = useSheetText();
  const { hold: h, grid } = props;
  const { start, end } = minutesOn(h, props.date);
  const top = mmAt(start, grid);
  const height = mmAt(end, grid) - top;
  return (
    <div className={`sheet-hold ${height < 9 ? 'compact' : ''}`} style={{ top: `${top}mm`, height: `${height}mm` }}>
      <div>
        <span className="sheet-hold-label">
          <Bi inline text={s.t(`occupancy.${h.relation}`)} />
        </span>
      </div>
      <div>
        <span className="sheet-hold-time">
          {timePart(h.start)}–{timePart(h.end)}
        </span>
      </div>
      <div>
        <span className="sheet-hold-title">{h.title}</span>
      </div>
    </div>
  );
}

function BookingBlock(props: { placed: PlacedBooking; date: string; grid: Grid; audiences: LegendAudience[] }) {
  const s = useSheetText();
  const { booking: b, fit, lane, lanes, note } = props.placed;
  const { start, end } = minutesOn(b, props.date);
  const top = mmAt(start, props.grid);
  const i = legendIndex(props.audiences, b.audienceId);
  const audience = props.audiences[i];
  const colour = audience?.color ?? NO_AUDIENCE;
  const requested = b.status === 'requested';
  const mark = note !== null && <span className="note-mark">{note}</span>;

  return (
    <div
      className={`sheet-booking ${fit.compact ? 'compact' : ''} ${fit.timeRange ? '' : 'narrow'} ${requested ? 'requested' : ''}`}
      style={{
        top: `${top}mm`,
        height: `${mmAt(end, props.grid) - top}mm`,
        left: `${(100 / lanes) * lane}%`,
        width: `${100 / lanes}%`,
        background: tint(colour, 0.8),
        borderColor: colour,
      }}
    >
      <span className="sheet-booking-bar" style={{ background: swatch(colour, i) }} />
      <div className="sheet-booking-text">
        {fit.compact ? (
          <div className="sheet-booking-line">
            {mark}
            <b>{timePart(b.start)}</b> {b.title}
          </div>
        ) : (
          <>
            <div className="sheet-booking-time">
              {mark}
              {/* A narrow block with a note leaves its time to the note. */}
              {(note === null || fit.timeRange) && <b>{fit.timeRange ? `${timePart(b.start)}–${timePart(b.end)}` : timePart(b.start)}</b>}
              {requested && <span className="sheet-booking-flag">{s.one(s.t('print.sheet.requested'))}</span>}
              {audience && fit.timeRange && <span className="sheet-booking-audience">{s.one(s.name(audience))}</span>}
            </div>
            <div className="sheet-booking-title" style={{ fontSize: `${fit.titleMm}mm`, WebkitLineClamp: fit.lines }}>
              {b.title}
            </div>
            {fit.showOrganisation && <div className="sheet-booking-org">{props.placed.organisation}</div>}
          </>
        )}
      </div>
    </div>
  );
}
