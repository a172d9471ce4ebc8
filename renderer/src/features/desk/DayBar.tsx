/**
 * One space's day as a small time bar, like a room finder: closed hours hatched, its own
 * bookings grey, the family's (全场占用 / 半场占用) grey and hatched, the free stretches the
 * rule engine found in colour. Only draws what the back end said; decides nothing.
 */
import { useTranslation } from 'react-i18next';
import type { BoardDay, BoardStretch } from '../../../../electron/shared/contract/desk';
import { minutesOfDay } from '../../../../electron/shared/time';
import { HOLD_CLASS } from '../../components/familyHold';

/** The hours every bar of a board spans (minutes since midnight), so bars line up. */
export interface BarFrame {
  from: number;
  to: number;
}

/** Minutes since the day's midnight of a time that may fall on the day before or after. */
function minuteOn(iso: string, date: string): number {
  const day = iso.slice(0, 10);
  if (day < date) return 0;
  if (day > date) return 24 * 60;
  return minutesOfDay(iso.slice(11));
}

const time = (iso: string) => iso.slice(11);

export function DayBar(props: {
  day: BoardDay;
  frame: BarFrame;
  label: string;
  /** The stretch with the keyboard focus and the slot chosen in it, outlined. */
  chosen: { stretch: BoardStretch; slot: number } | null;
  onPick: (stretch: BoardStretch, slot: number) => void;
}) {
  const { t } = useTranslation();
  const { day, frame } = props;
  const span = frame.to - frame.from;
  const pct = (m: number) => `${((Math.min(Math.max(m, frame.from), frame.to) - frame.from) / span) * 100}%`;
  const width = (a: number, b: number) => `${((Math.min(b, frame.to) - Math.max(a, frame.from)) / span) * 100}%`;
  const segment = (a: number, b: number) => ({ left: pct(a), width: width(a, b) });
  const open = day.open !== null && !day.closed ? minutesOfDay(day.open) : null;
  const close = day.close !== null && !day.closed ? minutesOfDay(day.close) : null;

  /** A click on a free stretch picks the slot that starts nearest before the point. */
  function pickAt(e: React.MouseEvent<HTMLDivElement>, stretch: BoardStretch) {
    const bar = (e.currentTarget.parentElement as HTMLElement).getBoundingClientRect();
    const minute = frame.from + ((e.clientX - bar.left) / bar.width) * span;
    let slot = 0;
    stretch.slots.forEach((s, i) => {
      if (minuteOn(s.start, day.date) <= minute) slot = i;
    });
    props.onPick(stretch, slot);
  }

  return (
    <div className="day-bar" aria-label={props.label} role="img">
      {open === null || close === null ? (
        <div className="day-bar-closed" style={{ left: 0, width: '100%' }}>
          {day.closed?.reason || t('desk.board.closed')}
        </div>
      ) : (
        <>
          {open > frame.from && <div className="day-bar-closed" style={segment(frame.from, open)} />}
          {close < frame.to && <div className="day-bar-closed" style={segment(close, frame.to)} />}
        </>
      )}
      {day.busy.map((b, i) => (
        <div
          key={`busy-${i}`}
          className={`day-bar-busy ${b.hold === 'own' ? '' : HOLD_CLASS}`}
          style={segment(minuteOn(b.start, day.date), minuteOn(b.end, day.date))}
          title={`${time(b.start)}–${time(b.end)} ${b.hold === 'own' ? '' : `${t(`occupancy.${b.hold}`)} · `}${b.title}`}
        />
      ))}
      {day.stretches.map((s) => {
        const a = minuteOn(s.start, day.date);
        const b = minuteOn(s.end, day.date);
        // The chosen slot's outline would sit over the stretch's start time; the slot's own
        // row beside the bar says its time then.
        const labelled = (b - a) / span >= 0.16 && props.chosen?.stretch.start !== s.start;
        return (
          <div key={s.start} className="day-bar-free" style={segment(a, b)} title={t('desk.board.free', { time: `${time(s.start)}–${time(s.end)}` })} onClick={(e) => pickAt(e, s)}>
            {labelled && <span className="day-bar-time">{time(s.start)}</span>}
          </div>
        );
      })}
      {props.chosen && (
        <div
          className="day-bar-chosen"
          style={segment(minuteOn(props.chosen.stretch.slots[props.chosen.slot].start, day.date), minuteOn(props.chosen.stretch.slots[props.chosen.slot].end, day.date))}
        />
      )}
    </div>
  );
}

/** The hour marks above a board's bars. */
export function BarAxis(props: { frame: BarFrame }) {
  const { from, to } = props.frame;
  const step = to - from > 10 * 60 ? 180 : 120;
  const marks: number[] = [];
  for (let m = Math.ceil(from / step) * step; m < to; m += step) marks.push(m);
  return (
    <div className="day-bar-axis" aria-hidden>
      {marks.map((m) => (
        <span key={m} style={{ left: `${((m - from) / (to - from)) * 100}%` }}>
          {`${Math.floor(m / 60)}:00`}
        </span>
      ))}
    </div>
  );
}
