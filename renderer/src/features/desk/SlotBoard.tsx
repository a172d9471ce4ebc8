/**
 * The finder's answer as a room finder: a group per space (the one with the best slot
 * first), a row per day of the search with the day's time bar and its free stretches as
 * buttons. ↑ ↓ walk the stretches, ← → move the start within one (through the slots the
 * back end offered, nothing else), Enter books; a click on a bar picks the time there.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Radio, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BoardSpace, BoardStretch, FreeSlot } from '../../../../electron/shared/contract/desk';
import { minutesOfDay } from '../../../../electron/shared/time';
import { useLocalName } from '../../components/localName';
import { BarAxis, DayBar, type BarFrame } from './DayBar';
import './slot-board.css';

const keyOf = (spaceId: number, stretch: BoardStretch) => `${spaceId}/${stretch.start}`;

/** The bars' common hours: the earliest opening to the latest closing of what is shown. */
function frameOf(spaces: BoardSpace[]): BarFrame {
  const days = spaces.flatMap((s) => s.days).filter((d) => d.open !== null && d.close !== null);
  if (!days.length) return { from: 8 * 60, to: 21 * 60 };
  const from = Math.min(...days.map((d) => minutesOfDay(d.open!)));
  const to = Math.max(...days.map((d) => minutesOfDay(d.close!)));
  return { from: Math.floor(from / 60) * 60, to: Math.ceil(to / 60) * 60 };
}

/** The slot as the quick booking takes it: every field as the finder gave it. */
export function slotOf(space: BoardSpace, day: BoardSpace['days'][number], stretch: BoardStretch, index: number): FreeSlot {
  const slot = stretch.slots[index];
  return {
    spaceId: space.spaceId,
    spaceName: space.spaceName,
    spaceNameEn: space.spaceNameEn,
    start: slot.start,
    end: slot.end,
    capacity: space.capacity,
    mode: space.mode,
    freePlaces: slot.freePlaces,
    needsApproval: space.needsApproval,
    windowAudienceId: slot.windowAudienceId,
    unknownYear: day.unknownYear,
  };
}

export function SlotBoard(props: { spaces: BoardSpace[]; onBook: (slot: FreeSlot) => void; listRef: React.RefObject<HTMLDivElement | null>; footer?: React.ReactNode }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const [picked, setOnly] = useState<number | 'all'>('all');
  // The filter stays across a new answer (after a booking) while its space is still in it.
  const only = props.spaces.some((s) => s.spaceId === picked) ? picked : 'all';
  // The slot chosen in each stretch (← →), and the stretch that has the focus.
  const [chosen, setChosen] = useState<Map<string, number>>(new Map());
  const [focused, setFocused] = useState<string | null>(null);
  useEffect(() => setChosen(new Map()), [props.spaces]);
  const shown = useMemo(() => props.spaces.filter((s) => only === 'all' || s.spaceId === only), [props.spaces, only]);
  const frame = useMemo(() => frameOf(props.spaces), [props.spaces]);
  const held = useMemo(() => props.spaces.some((s) => s.days.some((d) => d.busy.some((b) => b.hold !== 'own'))), [props.spaces]);
  const buttonFor = useRef(new Map<string, HTMLButtonElement>());

  function choose(key: string, index: number) {
    setChosen((m) => new Map(m).set(key, index));
  }

  function keys(e: React.KeyboardEvent<HTMLDivElement>) {
    const buttons = [...(props.listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-slot]') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      buttons[Math.max(0, Math.min(buttons.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    } else if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && i >= 0) {
      const key = buttons[i].dataset.slot!;
      const count = Number(buttons[i].dataset.count);
      const now = chosen.get(key) ?? 0;
      choose(key, Math.max(0, Math.min(count - 1, now + (e.key === 'ArrowRight' ? 1 : -1))));
    } else return;
    e.preventDefault();
  }

  return (
    <div className="slot-board">
      <div className="slot-board-tools">
        {props.spaces.length > 1 && (
          <Radio.Group
            aria-label={t('desk.board.filter')}
            size="small"
            optionType="button"
            value={only}
            onChange={(e) => setOnly(e.target.value as number | 'all')}
            options={[
              { value: 'all', label: t('desk.board.all') },
              ...props.spaces.map((s) => ({ value: s.spaceId, label: localName({ name: s.spaceName, nameEn: s.spaceNameEn }) })),
            ]}
          />
        )}
        <div className="slot-board-legend" aria-hidden>
          <span className="slot-board-key free" /> {t('desk.board.legendFree')}
          <span className="slot-board-key busy" /> {t('desk.board.legendBooked')}
          {held && (
            <>
              <span className="slot-board-key held family-hold" /> {t('desk.board.legendHeld')}
            </>
          )}
          <span className="slot-board-key closed" /> {t('desk.board.legendClosed')}
        </div>
      </div>
      <div ref={props.listRef} role="list" aria-label={t('desk.find.results')} onKeyDown={keys} className="slot-board-list">
        <Typography.Text type="secondary">{t('desk.board.hint')}</Typography.Text>
        {shown.map((space) => {
          const name = localName({ name: space.spaceName, nameEn: space.spaceNameEn });
          const freeDays = space.days.filter((d) => d.stretches.length > 0).length;
          return (
            <div role="listitem" aria-label={name} key={space.spaceId} className="slot-board-space">
              <div className="slot-board-head">
                <strong>{name}</strong>
                <Tag>{t('desk.find.holds', { count: space.capacity })}</Tag>
                {space.needsApproval && <Tag color="orange">{t('desk.find.needsApproval')}</Tag>}
                {space.days.length > 1 && <Typography.Text type="secondary">{t('desk.board.days', { count: freeDays })}</Typography.Text>}
              </div>
              <div className="slot-board-row slot-board-axis-row">
                <span />
                <BarAxis frame={frame} />
                <span />
              </div>
              {space.days.map((day) => {
                const dayText = dayjs(day.date).format(t('desk.dayFormat'));
                const focusedHere = day.stretches.find((s) => keyOf(space.spaceId, s) === focused);
                return (
                  <div key={day.date} className="slot-board-row">
                    <span className="slot-board-day">{dayText}</span>
                    <DayBar
                      day={day}
                      frame={frame}
                      label={t('desk.board.openBar', { space: name, day: dayText })}
                      chosen={focusedHere ? { stretch: focusedHere, slot: chosen.get(focused!) ?? 0 } : null}
                      onPick={(stretch, slot) => {
                        const key = keyOf(space.spaceId, stretch);
                        choose(key, slot);
                        buttonFor.current.get(key)?.focus();
                      }}
                    />
                    <div className="slot-board-stretches">
                      {day.stretches.length === 0 && (
                        <Typography.Text type="secondary" className="slot-board-none">
                          {day.open === null || day.closed ? t('desk.board.closed') : t('desk.board.noneThisDay')}
                        </Typography.Text>
                      )}
                      {day.stretches.map((stretch) => {
                        const key = keyOf(space.spaceId, stretch);
                        const index = Math.min(chosen.get(key) ?? 0, stretch.slots.length - 1);
                        const slot = stretch.slots[index];
                        return (
                          <button
                            key={key}
                            type="button"
                            data-slot={key}
                            data-count={stretch.slots.length}
                            ref={(el) => {
                              if (el) buttonFor.current.set(key, el);
                              else buttonFor.current.delete(key);
                            }}
                            className="slot-board-stretch"
                            title={stretch.slots.length > 1 ? t('desk.board.shiftHint', { count: stretch.slots.length }) : undefined}
                            onFocus={() => setFocused(key)}
                            onBlur={() => setFocused((f) => (f === key ? null : f))}
                            onClick={() => props.onBook(slotOf(space, day, stretch, index))}
                          >
                            {/* Said first by a screen reader, and what the row shows beside the bar. */}
                            <span className="visually-hidden">{`${name} ${dayText} `}</span>
                            <span className="slot-board-span">
                              {stretch.start.slice(11)}–{stretch.end.slice(11)}
                            </span>
                            {/* What Enter books: shown on the highlighted stretch (and one whose start was moved). */}
                            {(focused === key || index > 0) && (
                              <span className="slot-board-book">{t('desk.board.book', { time: `${slot.start.slice(11)}–${slot.end.slice(11)}` })}</span>
                            )}
                            {space.mode === 'shared' && <span className="slot-board-book">{t('desk.find.places', { count: slot.freePlaces })}</span>}
                            {day.unknownYear && <Tag color="red">{t('desk.find.unknownYear')}</Tag>}
                          </button>
                        );
                      })}
                    </div>
                  </div>
                );
              })}
            </div>
          );
        })}
        {props.footer}
      </div>
    </div>
  );
}
