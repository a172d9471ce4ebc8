import { useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Audience } from '../../../../electron/shared/domain';
import { useLocalName } from '../../components/localName';
import type { PlanWindow } from '../../../../electron/shared/contract/plans';
import { hhmm, minutesOfDay } from '../../../../electron/shared/time';

/** The weekly grid: Monday–Sunday across, half hours down; drag in a day to draw a window. */
const FIRST = 7 * 60;
const LAST = 22 * 60;
const STEP = 30;
const ROW = 18;

/** The window's label: time, audience, and its standing group and quotas when it has them. */
/** Line height of a window's label: three lines fit in an hour and a half. */
const LINE = 15;

function windowLabel(t: TFunction, w: PlanWindow, audience: string | undefined, organisation: string | undefined): string {
  const parts = [`${w.start}–${w.end} ${audience ?? ''}`];
  if (organisation) parts.push(organisation);
  if (w.maxPerWeek !== null) parts.push(t('plans.quota.perWeekShort', { max: w.maxPerWeek }));
  if (w.maxHeadCount !== null) parts.push(t('plans.quota.headCountShort', { max: w.maxHeadCount }));
  return parts.join(' · ');
}

export function PlanGrid(props: {
  windows: PlanWindow[];
  audiences: Audience[];
  organisations: { id: number; name: string; nameEn?: string }[];
  audienceId: number | null;
  /** Index in `windows` of the window whose settings are open, or null. */
  selected: number | null;
  onSelect(index: number | null): void;
  onChange(windows: PlanWindow[]): void;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const orgName = new Map(props.organisations.map((o) => [o.id, localName(o)]));
  const [draft, setDraft] = useState<{ weekday: number; from: number; to: number } | null>(null);
  const dragging = useRef(false);
  const colour = new Map(props.audiences.map((a) => [a.id, a.color]));
  const name = new Map(props.audiences.map((a) => [a.id, localName(a)]));
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
    // The new window is selected so its group and quotas can be set right away.
    props.onSelect(kept.length);
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
            .map((w, i) => {
              const index = props.windows.indexOf(w);
              const label = windowLabel(t, w, name.get(w.audienceId), w.organisationId === null ? undefined : orgName.get(w.organisationId));
              const height = ((minutesOfDay(w.end) - minutesOfDay(w.start)) / STEP) * ROW - 2;
              const remove = () => {
                props.onSelect(null);
                props.onChange(props.windows.filter((x) => x !== w));
              };
              return (
                <div
                  key={i}
                  role="button"
                  tabIndex={0}
                  aria-label={`${t(`plans.weekday.${weekday}`)} ${label}`}
                  aria-pressed={props.selected === index}
                  title={`${label}\n${t('plans.removeWindow')}`}
                  onMouseDown={(e) => e.stopPropagation()}
                  onClick={() => props.onSelect(index)}
                  onDoubleClick={remove}
                  onKeyDown={(e) => {
                    // Keyboard: Enter or space opens the window's settings, Delete removes it.
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      props.onSelect(index);
                    } else if (e.key === 'Delete' || e.key === 'Backspace') remove();
                  }}
                  style={{
                    outline: props.selected === index ? '3px solid #1f1f1f' : undefined,
                    outlineOffset: 1,
                    cursor: 'pointer',
                    zIndex: props.selected === index ? 1 : undefined,
                    position: 'absolute',
                    left: 2,
                    right: 2,
                    top: ((minutesOfDay(w.start) - FIRST) / STEP) * ROW,
                    height,
                    background: colour.get(w.audienceId) ?? '#999',
                    color: '#fff',
                    borderRadius: 4,
                    fontSize: 12,
                    lineHeight: `${LINE}px`,
                    padding: '2px 4px',
                    overflow: 'hidden',
                  }}
                >
                  {/* As many whole lines as the window has room for, the last one ending in "…"
                      when the label is longer; the whole label is in the tooltip. */}
                  <span style={{ display: '-webkit-box', WebkitBoxOrient: 'vertical', WebkitLineClamp: Math.max(1, Math.floor((height - 4) / LINE)), overflow: 'hidden' }}>{label}</span>
                </div>
              );
            })}
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
