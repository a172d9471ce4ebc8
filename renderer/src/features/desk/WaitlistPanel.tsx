import { Alert, App, Button, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { WaitlistOffer } from '../../../../electron/shared/contract/desk';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { useEntityNames } from '../../components/entityNames';

/** Offers of slots freed by cancellations, then everyone still waiting. */
export function WaitlistPanel(props: { siteId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const offers = useQuery('waitlist.offers', { siteId: props.siteId });
  const entries = useQuery('waitlist.list', { siteId: props.siteId });
  const names = useEntityNames();
  const when = (start: string, end: string) => `${dayjs(start).format(t('desk.dayFormat'))} ${start.slice(11)}–${end.slice(11)}`;

  async function bookOffer(o: WaitlistOffer) {
    try {
      await invoke('bookings.create', {
        spaceId: o.spaceId,
        start: o.start,
        end: o.end,
        title: o.entry.note || o.entry.contactName,
        contactId: o.entry.contactId,
        audienceId: o.entry.audienceId,
        headCount: o.entry.headCount,
      });
      await invoke('waitlist.remove', { id: o.entry.id, outcome: 'booked' });
      message.success(t('desk.waitlist.booked', { name: o.entry.contactName }));
    } catch (e) {
      message.error(describeError(t, e), 6);
    }
  }

  async function withdraw(id: number) {
    try {
      await invoke('waitlist.remove', { id, outcome: 'withdrawn' });
    } catch (e) {
      message.error(describeError(t, e), 6);
    }
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {(offers.data ?? []).map((o) => (
        <Alert
          key={o.id}
          type="success"
          showIcon
          title={t('desk.waitlist.offer', { name: o.entry.contactName, space: names.space(o.spaceId, o.spaceName), when: when(o.start, o.end) })}
          action={
            <Button size="small" type="primary" onClick={() => void bookOffer(o)}>
              {t('desk.waitlist.bookOffer')}
            </Button>
          }
        />
      ))}
      <Typography.Title level={5}>{t('desk.waitlist.waiting')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={entries.data ?? []}
        locale={{ emptyText: t('desk.waitlist.empty') }}
        columns={[
          { title: t('fields.contact'), render: (_, e) => `${e.contactName} ${e.contactPhone ? `· ${e.contactPhone.slice(-4)}` : ''}` },
          { title: t('fields.date'), render: (_, e) => `${e.from} – ${dayjs(e.to).subtract(1, 'day').format('YYYY-MM-DD')}` },
          { title: t('desk.waitlist.time'), render: (_, e) => `${e.earliest}–${e.latest}` },
          { title: t('desk.find.duration'), render: (_, e) => t('desk.minutes', { count: e.durationMinutes }) },
          { title: t('fields.headCount'), dataIndex: 'headCount' },
          { title: t('fields.note'), dataIndex: 'note' },
          {
            title: '',
            render: (_, e) => (
              <Button size="small" onClick={() => void withdraw(e.id)}>
                {t('desk.waitlist.remove')}
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}
