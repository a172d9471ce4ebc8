import { Input, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHolidayName } from '../../components/holidayName';
import type { Occurrence } from '../../../../electron/shared/contract/plans';
import { DATETIME_RE } from '../../../../electron/shared/time';
import { UNBROKEN, dayLabel } from '../../components/dayLabel';

export type DecisionAction = 'book' | 'skip' | 'keep' | 'move';
/** What the user chose for one date; a move carries its new day and times. */
export interface DecisionDraft {
  action: DecisionAction;
  moveDate?: string;
  moveStart?: string;
  moveEnd?: string;
}

export const STATUS_COLOUR: Record<string, string> = { free: 'green', clash: 'red', holiday: 'orange', closure: 'volcano', outside_window: 'purple', invalid: 'red', makeup: 'blue' };

/** Problems and dates gone by default to skip: nothing doubtful is booked unless the user says so. */
export function defaultDecisions(occurrences: Occurrence[]): Record<string, DecisionDraft> {
  return Object.fromEntries(occurrences.map((o) => [o.date, { action: o.status === 'free' && !o.past ? 'book' : 'skip' } as DecisionDraft]));
}

/** The decisions as the contract takes them; a move without a complete new time stays unsent so the server asks for it. */
export function toDecisions(drafts: Record<string, DecisionDraft>, keepReason: string) {
  return Object.entries(drafts).map(([date, d]) => ({
    date,
    action: d.action,
    ...(d.action === 'move' && d.moveDate && d.moveStart && d.moveEnd ? { start: `${d.moveDate}T${d.moveStart}`, end: `${d.moveDate}T${d.moveEnd}` } : {}),
    overrideReason: d.action === 'keep' ? keepReason : null,
  }));
}

/** What the rules say about an occurrence: its status, holiday and the bookings it clashes with. */
function OccurrenceStatus({ o, freeLabel }: { o: Occurrence; freeLabel?: string }) {
  const { t } = useTranslation();
  const holidayName = useHolidayName();
  // A 调休 workday runs another weekday's plan: say so on every such date, booked or offered.
  const makeUp = o.makeUpWorkday && o.followsWeekday ? t('plans.makeUpRuns', { weekday: t(`plans.weekday.${o.followsWeekday}`) }) : null;
  const label = o.status === 'makeup' && makeUp ? makeUp : o.status === 'free' && freeLabel ? freeLabel : t(`plans.status.${o.status}`);
  return (
    <Space wrap size={4}>
      {o.past && <Tag>{t('plans.tally.pastTag')}</Tag>}
      <Tag color={STATUS_COLOUR[o.status]}>{label}</Tag>
      {makeUp && o.status !== 'makeup' && <Tag color="blue">{makeUp}</Tag>}
      {o.holidayName && <span>{holidayName(o.holidayName)}</span>}
      {o.clashes.map((c) => (
        <span key={c.bookingId}>{t('plans.clashWith', { title: c.title, start: c.start.slice(11), end: c.end.slice(11) })}</span>
      ))}
    </Space>
  );
}

/** The new start and end of a move, once its day and both times are written out in full. */
export function movedTimes(d: DecisionDraft): { start: string; end: string } | null {
  if (d.action !== 'move' || !d.moveDate || !d.moveStart || !d.moveEnd) return null;
  const start = `${d.moveDate}T${d.moveStart}`;
  const end = `${d.moveDate}T${d.moveEnd}`;
  return DATETIME_RE.test(start) && DATETIME_RE.test(end) && start < end ? { start, end } : null;
}

/** The verdict on a move's new time, shown only while it is the time in the inputs. */
function MoveCheck({ draft, check }: { draft: DecisionDraft; check: Occurrence | undefined }) {
  const { t } = useTranslation();
  const times = movedTimes(draft);
  if (!times) return <span role="status">{t('plans.moveIncomplete')}</span>;
  if (!check || check.start !== times.start || check.end !== times.end) return null;
  return (
    <span role="status" aria-label={t('plans.moveVerdict')}>
      <OccurrenceStatus o={check} freeLabel={t('plans.moveFree')} />
    </span>
  );
}

/**
 * Every occurrence of a new or edited series with its problem (clash, holiday, closure,
 * outside the audience's window) and, when `decisions` is given, a choice per date.
 * Shared by the create preview and the edit preview so both read the same way.
 */
export function OccurrenceTable(props: {
  occurrences: Occurrence[];
  decisions?: Record<string, DecisionDraft>;
  onDecide?(date: string, d: DecisionDraft): void;
  actions?: DecisionAction[];
  /** The label of "go ahead" (预约 when creating, 修改 when editing). */
  bookLabel?: string;
  /** What the rules say about a moved date at its new time, by date (when the caller checks moves). */
  moveChecks?: Record<string, Occurrence>;
}) {
  const { t } = useTranslation();
  const actions = props.actions ?? ['book', 'skip', 'keep'];
  const decisionColumn = props.decisions && {
    title: t('plans.decision'),
    render: (_: unknown, o: Occurrence) => {
      const d = props.decisions![o.date] ?? { action: 'book' };
      const set = (patch: Partial<DecisionDraft>) => props.onDecide?.(o.date, { ...d, ...patch });
      return (
        <Space wrap size={4}>
          <Select<DecisionAction>
            aria-label={`${t('plans.decision')} ${o.date}`}
            style={{ width: 130 }}
            value={d.action}
            onChange={(action) =>
              set(action === 'move' ? { action, moveDate: d.moveDate ?? o.date, moveStart: d.moveStart ?? o.start.slice(11), moveEnd: d.moveEnd ?? o.end.slice(11) } : { action })
            }
            options={actions.map((a) => ({ value: a, label: a === 'book' && props.bookLabel ? props.bookLabel : t(`plans.action.${a}`) }))}
          />
          {d.action === 'move' && (
            <>
              <Input aria-label={`${t('plans.moveDate')} ${o.date}`} style={{ width: 110 }} value={d.moveDate} placeholder="YYYY-MM-DD" onChange={(e) => set({ moveDate: e.target.value })} />
              <Input aria-label={`${t('plans.moveStart')} ${o.date}`} style={{ width: 70 }} value={d.moveStart} placeholder="HH:mm" onChange={(e) => set({ moveStart: e.target.value })} />
              <span>–</span>
              <Input aria-label={`${t('plans.moveEnd')} ${o.date}`} style={{ width: 70 }} value={d.moveEnd} placeholder="HH:mm" onChange={(e) => set({ moveEnd: e.target.value })} />
              <MoveCheck draft={d} check={props.moveChecks?.[o.date]} />
            </>
          )}
        </Space>
      );
    },
  };
  return (
    <Table<Occurrence>
      rowKey="date"
      size="small"
      pagination={false}
      dataSource={props.occurrences}
      columns={[
        { title: t('plans.date'), render: (_, o) => <span style={UNBROKEN}>{dayLabel(t, o.date)}</span> },
        { title: t('plans.time'), render: (_, o) => <span style={UNBROKEN}>{`${o.start.slice(11)}–${o.end.slice(11)}`}</span> },
        { title: t('plans.statusTitle'), render: (_, o) => <OccurrenceStatus o={o} /> },
        ...(decisionColumn ? [decisionColumn] : []),
      ]}
    />
  );
}
