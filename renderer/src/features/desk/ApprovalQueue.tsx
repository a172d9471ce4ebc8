import { useState } from 'react';
import { Alert, App, Button, Input, Modal, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { useEntityNames } from '../../components/entityNames';
import { useCanCoordinate } from '../staff/useRole';

/** Requests for spaces that need approval; a coordinator approves or declines with a reason. */
export function ApprovalQueue(props: { siteId?: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queue = useQuery('approvals.list', { siteId: props.siteId });
  const names = useEntityNames();
  const [declining, setDeclining] = useState<{ id: number; title: string } | null>(null);
  const [reason, setReason] = useState('');
  // The desk sees what waits; approving and declining are a coordinator's (shared/staff.ts).
  const canDecide = useCanCoordinate() === true;

  async function run(call: () => Promise<unknown>, done: string) {
    try {
      await call();
      message.success(done);
      return true;
    } catch (e) {
      message.error(describeError(t, e), 6);
      return false;
    }
  }

  return (
    <>
      {queue.error && <Alert type="error" title={describeError(t, queue.error)} />}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={queue.data ?? []}
        locale={{ emptyText: t('desk.approvals.empty') }}
        columns={[
          { title: t('fields.date'), render: (_, b) => `${dayjs(b.start).format(t('desk.dayFormat'))} ${b.start.slice(11)}–${b.end.slice(11)}` },
          { title: t('fields.space'), render: (_, b) => names.space(b.spaceId, b.spaceName) },
          { title: t('fields.title'), dataIndex: 'title' },
          { title: t('fields.contact'), render: (_, b) => b.contactName ?? names.organisation(b.organisationId, b.organisationName) },
          { title: t('fields.headCount'), dataIndex: 'headCount' },
          { title: t('desk.approvals.by'), dataIndex: 'createdByName' },
          {
            title: '',
            render: (_, b) =>
              canDecide && (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => void run(() => invoke('bookings.approve', { id: b.id }), t('desk.approvals.approved', { title: b.title }))}
                  >
                    {t('desk.approvals.approve')}
                  </Button>
                  <Button size="small" danger onClick={() => (setReason(''), setDeclining({ id: b.id, title: b.title }))}>
                    {t('desk.approvals.decline')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={declining !== null}
        title={t('desk.approvals.declineTitle', { title: declining?.title ?? '' })}
        okText={t('desk.approvals.decline')}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        onCancel={() => setDeclining(null)}
        onOk={async () => {
          if (declining && (await run(() => invoke('bookings.decline', { id: declining.id, reason }), t('desk.approvals.declined')))) setDeclining(null);
        }}
        destroyOnHidden
      >
        <Input.TextArea aria-label={t('desk.approvals.reason')} placeholder={t('desk.approvals.reason')} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
      </Modal>
    </>
  );
}
