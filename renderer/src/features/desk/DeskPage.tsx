import { useEffect } from 'react';
import { Badge, Space, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { invoke, useQuery } from '../../api/client';
import { useToday } from '../../api/clock';
import { ApprovalQueue } from './ApprovalQueue';
import { AuditLog } from './AuditLog';
import { DAY_FIELD, focusField } from './keyboardFlow';
import { SlotFinder } from './SlotFinder';
import { TodayBoard } from './TodayBoard';
import { GraceSetting } from './GraceSetting';
import { WaitlistPanel } from './WaitlistPanel';
import { SitePicker, useSiteChoice } from '../../components/SitePicker';
import { useCanCoordinate } from '../staff/useRole';

/** How often the desk turns late bookings past the grace period into no-shows. */
const NO_SHOW_SWEEP_MS = 60_000;

/** The desk's home: today at a glance, find and book a slot, approvals, waitlist, audit log. */
export function DeskPage() {
  const { t } = useTranslation();
  const canCoordinate = useCanCoordinate();
  const todayDate = useToday();
  const { sites, siteId, setSiteId } = useSiteChoice();
  const today = useQuery('desk.today', siteId === undefined ? null : { siteId });
  const approvals = useQuery('approvals.list', siteId === undefined ? null : { siteId });
  const offers = useQuery('waitlist.offers', siteId === undefined ? null : { siteId });

  useEffect(() => {
    const sweep = () => void invoke('desk.markNoShows', {}).catch(() => undefined);
    sweep();
    const timer = setInterval(sweep, NO_SHOW_SWEEP_MS);
    return () => clearInterval(timer);
  }, []);

  if (siteId === undefined) return null;
  const badge = (label: string, count: number | undefined) => (
    <Space size={6}>
      {label}
      <Badge count={count ?? 0} size="small" />
    </Space>
  );
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <Space wrap>
        <SitePicker
          sites={sites}
          value={siteId}
          autoFocus
          onChange={(id) => {
            setSiteId(id);
            // Keyboard flow: after the site, the day of the need.
            focusField(DAY_FIELD);
          }}
        />
        <Typography.Text type="secondary">{dayjs(todayDate).format(t('calendar.fullDayFormat'))} ·</Typography.Text>
        {today.data && <GraceSetting minutes={today.data.graceMinutes} />}
      </Space>
      <Tabs
        defaultActiveKey="find"
        items={[
          {
            key: 'find',
            label: t('desk.tabs.find'),
            children: (
              // Finder and today side by side: the desk answers the caller while seeing the day.
              <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
                {/* The finder's time bars take the room a wide screen has; the day's board keeps its columns. */}
                <div style={{ flex: '1 1 560px', minWidth: 560, maxWidth: 960 }}>
                  <SlotFinder key={siteId} siteId={siteId} today={todayDate} />
                </div>
                <div style={{ flex: '1 1 520px', minWidth: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>
                  <Typography.Title level={5} style={{ margin: 0 }}>
                    {t('desk.today.title')}
                  </Typography.Title>
                  <TodayBoard today={today.data} />
                </div>
              </div>
            ),
          },
          { key: 'approvals', label: badge(t('desk.tabs.approvals'), approvals.data?.length), children: <ApprovalQueue siteId={siteId} /> },
          { key: 'waitlist', label: badge(t('desk.tabs.waitlist'), offers.data?.length), children: <WaitlistPanel siteId={siteId} /> },
          // The audit log is the coordinator's (shared/staff.ts).
          ...(canCoordinate ? [{ key: 'audit', label: t('desk.tabs.audit'), children: <AuditLog /> }] : []),
        ]}
      />
    </div>
  );
}
