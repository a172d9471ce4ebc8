import { App, Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../electron/shared/contract';
import type { BookingView } from '../../../../electron/shared/domain';
import { invoke } from '../../api/client';
import { describeError } from '../../api/errors';
import { useLocalName } from '../../components/localName';
import { useEntityNames } from '../../components/entityNames';
import { useHolidayName } from '../../components/holidayName';
import { BookingStatusTags } from '../../components/BookingStatusTags';
import { isRunning } from '../../components/bookingStatus';
import { useNow } from '../../api/clock';
import { MoreSpacesCue, useHiddenColumns } from './MoreSpacesCue';
import './today-board.css';
import { HOLD_CLASS, useHoldText, type FamilyHold } from '../../components/familyHold';

type Today = Output<'desk.today'>;
type Column = Today['spaces'][number];

function BookingRow(props: { b: BookingView; column: Column; now: string; today: boolean; organisation: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { b, column } = props;
  const running = props.today && isRunning(b, props.now);
  const late = column.late.some((c) => c.id === b.id);
  const call = async (method: 'bookings.checkIn' | 'bookings.undoCheckIn') => {
    try {
      await invoke(method, { id: b.id });
      message.success(t(method === 'bookings.checkIn' ? 'desk.today.checkedIn' : 'desk.today.undone', { title: b.title }));
    } catch (e) {
      message.error(describeError(t, e), 6);
    }
  };
  return (
    <div
      role="listitem"
      aria-label={`${b.start.slice(11)} ${b.title}`}
      style={{ borderLeft: `4px solid ${b.audienceColor ?? '#bbb'}`, padding: '4px 8px', background: running ? '#f0f7ff' : undefined, borderRadius: 4 }}
    >
      <Space size={4} wrap>
        <Typography.Text strong>
          {b.start.slice(11)}–{b.end.slice(11)}
        </Typography.Text>
        <BookingStatusTags booking={b} now={props.today ? props.now : ''} />
        {late && <Tag color="error">{t('desk.today.late')}</Tag>}
      </Space>
      <div>{b.title}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[b.contactName, props.organisation, t('desk.people', { count: b.headCount })].filter(Boolean).join(' · ')}
      </Typography.Text>
      {props.today && (b.status === 'confirmed' || b.status === 'no_show') && (
        <div>
          <Button size="small" type="primary" onClick={() => void call('bookings.checkIn')}>
            {t('desk.today.checkIn')}
          </Button>
        </div>
      )}
      {props.today && b.status === 'checked_in' && (
        <div>
          <Button size="small" onClick={() => void call('bookings.undoCheckIn')}>
            {t('desk.today.undoCheckIn')}
          </Button>
        </div>
      )}
    </div>
  );
}

/** The whole court (or a half) booked: this space is taken then too, though not by a booking of its own. */
function HoldRow(props: { h: FamilyHold; now: string; today: boolean }) {
  const { t } = useTranslation();
  const { label, detail } = useHoldText();
  const { h } = props;
  const running = props.today && h.start <= props.now && props.now < h.end;
  return (
    <div role="listitem" aria-label={detail(h)} className={HOLD_CLASS} style={{ padding: '4px 8px', borderRadius: 4 }}>
      <Space size={4} wrap>
        <Typography.Text strong>
          {h.start.slice(11)}–{h.end.slice(11)}
        </Typography.Text>
        <Tag>{label(h)}</Tag>
        {running && <Tag color="processing">{t('booking.running')}</Tag>}
      </Space>
      <div>{h.title}</div>
    </div>
  );
}

/**
 * Every space of the site as a column: what runs now, what starts next, who is late.
 * Columns share the width there is, down to a readable minimum, then wrap into rows;
 * names and texts wrap rather than being cut. A column still out of sight is announced
 * at the bottom (还有 2 个场地 ↓), one click away.
 */
export function TodayBoard(props: { today: Today | undefined }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const names = useEntityNames();
  const holidayName = useHolidayName();
  const now = useNow();
  const data = props.today;
  const { boardRef, hidden } = useHiddenColumns(data?.spaces.map((s) => s.spaceId).join(',') ?? '');
  if (!data) return null;
  if (data.spaces.length === 0) return <Empty description={t('calendar.noSpaces')} />;
  const today = data.date === now.slice(0, 10);
  return (
    <section aria-label={t('desk.today.title')} className="today-board-wrap">
      <div className="today-board" ref={boardRef}>
        {data.spaces.map((col) => (
          <Card
            key={col.spaceId}
            size="small"
            className="today-column"
            data-space-id={col.spaceId}
            style={{ borderTop: `3px solid ${col.color}` }}
            title={
              <div className="today-column-head">
                <div className="today-column-name">{localName({ name: col.spaceName, nameEn: col.spaceNameEn })}</div>
                <Typography.Text type="secondary" className="today-column-hours">
                  {col.closed ? holidayName(col.closed.reason) : col.open ? `${col.open}–${col.close}` : t('calendar.closed')}
                </Typography.Text>
              </div>
            }
          >
            <div role="list" aria-label={localName({ name: col.spaceName, nameEn: col.spaceNameEn })} style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
              {col.bookings.length === 0 && col.held.length === 0 && (
                <Typography.Text type="secondary" className="today-free">
                  {t('desk.today.free')}
                </Typography.Text>
              )}
              {/* Its own bookings and the family's that occupy it, in one time order. */}
              {[...col.bookings.map((b) => ({ start: b.start, b })), ...col.held.map((h) => ({ start: h.start, h }))]
                .sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0))
                .map((row) =>
                  'b' in row ? (
                    <BookingRow key={row.b.id} b={row.b} column={col} now={now} today={today} organisation={names.organisation(row.b.organisationId, row.b.organisationName)} />
                  ) : (
                    <HoldRow key={`hold-${row.h.bookingId}`} h={row.h} now={now} today={today} />
                  ),
                )}
            </div>
            {col.next && (
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 6 }}>
                {t('desk.today.next', { time: col.next.start.slice(11), title: col.next.title })}
              </Typography.Text>
            )}
          </Card>
        ))}
      </div>
      <MoreSpacesCue hidden={hidden.map((id) => data.spaces.find((s) => s.spaceId === id)).filter((c) => c !== undefined).map((c) => ({ id: c.spaceId, name: localName({ name: c.spaceName, nameEn: c.spaceNameEn }) }))} boardRef={boardRef} />
    </section>
  );
}
