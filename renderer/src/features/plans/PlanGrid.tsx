import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audience } from '../../../../electron/shared/domain';
import type { PlanWindow } from '../../../../electron/shared/contract/plans';
import { hhmm, minutesOfDay } from '../../../../electron/shared/time';

/** The weekly grid: Monday–Sunday across, half hours down; drag in a day to draw a window. */
const FIRST = 7 * 60;
const LAST = 22 * 60;
const STEP = 30;
const ROW = 18;

export function PlanGrid(props: {
  windows: PlanWindow[];
  audiences: Audience[];
  audienceId: number | null;
  onChange(windows: PlanWindow[]): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<{ weekday: number; from: number; to: number } | null>(null);
  const dragging = useRef(false);
  const colour = new Map(props.audiences.map((a) => [a.id, a.color]));
  const name = new Map(props.audiences.map((a) => [a.id, a.name]));
  const rows = (LAST - FIRST) / STEP;
  const slotAt = (e: React.MouseEvent<HTMLDivElement>) => {
    const y = e.clientY - e.currentTarget.getBoundingClientRect().top;
    return FIRST + Math.max(0, Math.min(rows - 1, Math.floor(y / ROW))) * STEP;
  };
  const finish = () => {
    dragging.current = false;
    if (!draft || props.audienceId === null) return setDraft(null);
    const start = Math.min(draft.from, draft.to);
    const end = Math.max(draft.from, draft.to) + STEP;
    // A new window replaces whatever it covers on that day: a moment belongs to one audience.
    const kept = props.windows.filter(
      (w) => w.weekday !== draft.weekday || minutesOfDay(w.end) <= start || minutesOfDay(w.start) >= end,
    );
    props.onChange([
      ...kept,
      { weekday: draft.weekday, start: hhmm(start), end: hhmm(end), audienceId: props.audienceId, organisationId: null, maxPerWeek: null, maxHeadCount: null },
    ]);
    setDraft(null);
  };
  return (
    <div style={{ display: 'grid', gridTemplateColumns: `48px repeat(7, 1fr)`, userSelect: 'none' }} onMouseLeave={finish}>
      <div />
      {[1, 2, 3, 4, 5, 6, 7].map((d) => (
        <div key={d} style={{ textAlign: 'center', fontWeight: 600 }}>
          {t(`plans.weekday.${d}`)}
        </div>
      ))}
      <div style={{ position: 'relative', height: rows * ROW }}>
        {Array.from({ length: rows / 2 }, (_, i) => (
          <div key={i} style={{ position: 'absolute', top: i * 2 * ROW - 6, fontSize: 11, color: '#888' }}>
            {hhmm(FIRST + i * 60)}
          </div>
        ))}
      </div>
      {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
        <div
          key={weekday}
          role="grid"
          aria-label={t(`plans.weekday.${weekday}`)}
          data-weekday={weekday}
          style={{
            position: 'relative',
            height: rows * ROW,
            borderLeft: '1px solid #ddd',
            backgroundImage: `repeating-linear-gradient(#fff 0 ${2 * ROW - 1}px, #eee ${2 * ROW - 1}px ${2 * ROW}px)`,
            cursor: props.audienceId === null ? 'not-allowed' : 'crosshair',
          }}
          onMouseDown={(e) => {
            dragging.current = true;
            const m = slotAt(e);
            setDraft({ weekday, from: m, to: m });
          }}
          onMouseMove={(e) => dragging.current && draft?.weekday === weekday && setDraft({ ...draft, to: slotAt(e) })}
          onMouseUp={finish}
        >
          {props.windows
            .filter((w) => w.weekday === weekday)
            .map((w, i) => (
              <div
                key={i}
                title={t('plans.removeWindow')}
                onMouseDown={(e) => e.stopPropagation()}
                onDoubleClick={() => props.onChange(props.windows.filter((x) => x !== w))}
                style={{
                  position: 'absolute',
                  left: 2,
                  right: 2,
                  top: ((minutesOfDay(w.start) - FIRST) / STEP) * ROW,
                  height: ((minutesOfDay(w.end) - minutesOfDay(w.start)) / STEP) * ROW - 2,
                  background: colour.get(w.audienceId) ?? '#999',
                  color: '#fff',
                  borderRadius: 4,
                  fontSize: 12,
                  padding: '2px 4px',
                  overflow: 'hidden',
                }}
              >
                {w.start}–{w.end} {name.get(w.audienceId)}
              </div>
            ))}
          {draft?.weekday === weekday && (
            <div
              style={{
                position: 'absolute',
                left: 2,
                right: 2,
                top: ((Math.min(draft.from, draft.to) - FIRST) / STEP) * ROW,
                height: ((Math.abs(draft.to - draft.from) + STEP) / STEP) * ROW,
                background: colour.get(props.audienceId ?? -1) ?? '#999',
                opacity: 0.5,
              }}
            />
          )}
        </div>
      ))}
    </div>
  );
}
