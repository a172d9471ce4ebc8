import { useState } from 'react';
import { Alert, DatePicker, Input, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../components/localName';
import { useQuery } from '../../api/client';
import { describeError } from '../../api/errors';

const ENTITIES = ['booking', 'contact', 'waitlist', 'space', 'site', 'organisation', 'audience', 'operator', 'settings'];
const PAGE = 20;

/** Who changed what, newest first; the coordinator filters by operator, record, action and dates. */
export function AuditLog() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const operators = useQuery('operators.list', { includeArchived: true });
  const [operatorId, setOperatorId] = useState<number | undefined>();
  const [entity, setEntity] = useState<string | undefined>();
  const [action, setAction] = useState('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const log = useQuery('audit.list', {
    operatorId,
    entity,
    action: action.trim() || undefined,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.add(1, 'day').format('YYYY-MM-DD'),
    offset: (page - 1) * PAGE,
    limit: PAGE,
  });
  if (log.error) return <Alert type="warning" showIcon title={describeError(t, log.error)} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          aria-label={t('app.operator')}
          placeholder={t('app.operator')}
          allowClear
          style={{ width: 160 }}
          value={operatorId}
          onChange={(v) => (setOperatorId(v), setPage(1))}
          // Retired staff stay in the log and in this filter, marked.
          options={(operators.data ?? []).map((o) => ({ value: o.id, label: o.archived ? t('staff.retiredName', { name: o.name }) : o.name }))}
        />
        <Select
          aria-label={t('desk.audit.entity')}
          placeholder={t('desk.audit.entity')}
          allowClear
          style={{ width: 140 }}
          value={entity}
          onChange={(v) => (setEntity(v), setPage(1))}
          options={ENTITIES.map((e) => ({ value: e, label: t(`desk.audit.entities.${e}`) }))}
        />
        <Input aria-label={t('desk.audit.action')} placeholder={t('desk.audit.action')} style={{ width: 140 }} value={action} onChange={(e) => (setAction(e.target.value), setPage(1))} />
        <DatePicker.RangePicker value={range} onChange={(v) => (setRange(v), setPage(1))} />
      </Space>
      <Table
        rowKey="id"
        size="small"
        dataSource={log.data?.rows ?? []}
        pagination={{ current: page, pageSize: PAGE, total: log.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('desk.audit.at'), dataIndex: 'at', render: (v: string) => v.replace('T', ' ') },
          { title: t('app.operator'), dataIndex: 'operatorName' },
          { title: t('desk.audit.action'), dataIndex: 'action', render: (v: string) => t(`desk.audit.actions.${v}`, { defaultValue: v }) },
          { title: t('desk.audit.entity'), render: (_, r) => `${t(`desk.audit.entities.${r.entity}`, { defaultValue: r.entity })} #${r.entityId ?? ''}` },
          {
            title: t('desk.audit.what'),
            render: (_, r) => {
              const after = (r.after ?? r.before) as { title?: string; name?: string; nameEn?: string; status?: string } | null;
              return [after?.title ?? (after?.name !== undefined ? localName({ name: after.name, nameEn: after.nameEn }) : undefined), after?.status && t(`booking.status.${after.status}`, { defaultValue: after.status })].filter(Boolean).join(' · ');
            },
          },
        ]}
      />
    </Space>
  );
}
