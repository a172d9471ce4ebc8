import { useEffect, useMemo, useState } from 'react';
import { Button, DatePicker, Segmented, Select, Space, Tooltip, Typography } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useHolidayName } from '../../components/holidayName';
import { useQuery } from '../../api/client';
import { getToday, useToday } from '../../api/clock';
import { BookingDialog, type BookingDialogTarget } from '../bookings/BookingDialog';
import { stepAnchor, visibleRange, type CalendarView } from './dates';
import { SiteDayView } from './SiteDayView';
import { SpaceCalendar } from './SpaceCalendar';
import { bandsOf } from './bands';
import { useLocalName } from '../../components/localName';
import { SitePicker, useSiteChoice } from '../../components/SitePicker';
import type { FamilyHold } from '../../components/familyHold';

const NO_HOLDS: FamilyHold[] = [];

/** Bookings as a calendar: a whole site's day (spaces as columns), or one space by week, day or month. */
export function CalendarPage() {
  const { t } = useTranslation();
  const holidayName = useHolidayName();
  const localName = useLocalName();
  const { sites, siteId, setSiteId } = useSiteChoice();
  const [spaceId, setSpaceId] = useState<number | undefined>();
  const [view, setView] = useState<CalendarView>('site');
  const [anchor, setAnchor] = useState(useToday());
  const [dialog, setDialog] = useState<BookingDialogTarget | null>(null);

  const spaces = useQuery('spaces.list', siteId === undefined ? null : { siteId });
  useEffect(() => {
    const list = spaces.data ?? [];
    if (list.length && !list.some((s) => s.id === spaceId)) setSpaceId(list[0].id);
  }, [spaces.data, spaceId]);

  const range = visibleRange(view, anchor);
  const shown = siteId === undefined ? null : view === 'site' ? { ...range, siteId } : spaceId === undefined ? null : { ...range, spaceIds: [spaceId] };
  const bookings = useQuery('bookings.range', shown);
  // What the family's bookings occupy: the whole court in a half's column and the other way round.
  const holds = useQuery('bookings.familyHolds', shown);
  const space = spaces.data?.find((s) => s.id === spaceId);
  const shownSpaceIds = view === 'site' ? (spaces.data ?? []).map((s) => s.id) : spaceId === undefined ? [] : [spaceId];
  const days = useQuery('spaceDays.list', shownSpaceIds.length ? { spaceIds: shownSpaceIds, ...range } : null);
  const audiences = useQuery('audiences.list', { includeArchived: true });
  const bands = useMemo(() => {
    const byId = new Map((audiences.data ?? []).map((a) => [a.id, { name: localName(a), color: a.color }]));
    return bandsOf(days.data ?? [], (id) => byId.get(id), (reason) => t('calendar.closedFor', { reason: holidayName(reason) }));
  }, [days.data, audiences.data, localName, t, holidayName]);

  // Keys for the desk: N new booking, T today, arrows to page (not while typing or in a dialog).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement;
      if (dialog || e.ctrlKey || e.metaKey || e.altKey || el.closest('input, textarea, [role="dialog"], .ant-select')) return;
      if (e.key === 'ArrowLeft') setAnchor((a) => stepAnchor(view, a, -1));
      else if (e.key === 'ArrowRight') setAnchor((a) => stepAnchor(view, a, 1));
      else if (e.key === 't' || e.key === 'T') setAnchor(getToday());
      else if (e.key === 'n' || e.key === 'N') setDialog({ mode: 'create', spaceId, start: `${anchor}T09:00`, end: `${anchor}T10:00` });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog, view, anchor, spaceId]);
  const title = useMemo(() => {
    const a = dayjs(anchor);
    if (view === 'month') return a.format(t('calendar.monthFormat'));
    if (view === 'week') return `${dayjs(range.from).format(t('calendar.dayFormat'))} – ${dayjs(range.to).subtract(1, 'day').format(t('calendar.dayFormat'))}`;
    return a.format(t('calendar.fullDayFormat'));
  }, [anchor, view, range.from, range.to, t]);

  // The toolbar and the dialog as memoised elements: the answer to bookings.range
  // re-renders this page, and redrawing the antd toolbar (date picker and all) with it
  // lengthened the task that draws the calendar.
  const toolbar = useMemo(
    () => (
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <SitePicker
            sites={sites}
            value={siteId}
            onChange={(v) => {
              setSiteId(v);
              setSpaceId(undefined);
            }}
          />
          <Segmented
            value={view}
            onChange={(v) => setView(v as CalendarView)}
            options={[
              { value: 'site', label: t('calendar.view.site') },
              { value: 'day', label: t('calendar.view.day') },
              { value: 'week', label: t('calendar.view.week') },
              { value: 'month', label: t('calendar.view.month') },
            ]}
          />
          {view !== 'site' && (
            <Select
              aria-label={t('fields.space')}
              style={{ minWidth: 180 }}
              value={spaceId}
              onChange={(v: number) => setSpaceId(v)}
              options={(spaces.data ?? []).map((s) => ({ value: s.id, label: localName(s) }))}
            />
          )}
        </Space>
        <Space wrap>
          <Button aria-label={t('calendar.previous')} icon={<LeftOutlined />} onClick={() => setAnchor(stepAnchor(view, anchor, -1))} />
          <Button onClick={() => setAnchor(getToday())}>{t('calendar.today')}</Button>
          <Button aria-label={t('calendar.next')} icon={<RightOutlined />} onClick={() => setAnchor(stepAnchor(view, anchor, 1))} />
          <DatePicker aria-label={t('fields.date')} value={dayjs(anchor)} allowClear={false} onChange={(d) => d && setAnchor(d.format('YYYY-MM-DD'))} />
          <Typography.Text strong style={{ minWidth: 160, display: 'inline-block' }}>
            {title}
          </Typography.Text>
          <Tooltip title={t('calendar.keys')}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create', spaceId, start: `${anchor}T09:00`, end: `${anchor}T10:00` })}>
              {t('booking.new')}
            </Button>
          </Tooltip>
        </Space>
      </Space>
    ),
    [sites, siteId, setSiteId, view, spaceId, spaces.data, anchor, title, t, localName],
  );
  const bookingDialog = useMemo(() => <BookingDialog target={dialog} onClose={() => setDialog(null)} />, [dialog]);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', gap: 12 }}>
      {toolbar}
      <div style={{ flex: 1, minHeight: 480, display: 'flex', flexDirection: 'column' }}>
        {view === 'site' ? (
          <SiteDayView spaces={spaces.data ?? []} date={anchor} bookings={bookings.data ?? []} holds={holds.data ?? NO_HOLDS} bands={bands} onOpen={setDialog} />
        ) : (
          space && (
            <SpaceCalendar space={space} view={view} anchor={anchor} bookings={bookings.data ?? []} holds={holds.data ?? NO_HOLDS} bands={bands} onOpen={setDialog} />
          )
        )}
      </div>
      {bookingDialog}
    </div>
  );
}
