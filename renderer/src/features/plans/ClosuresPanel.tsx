import { useState } from 'react';
import { App, Button, Form, Input, List, Modal, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Closure } from '../../../../electron/shared/contract/plans';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { useLocalName } from '../../components/localName';

type Values = { siteId?: number; spaceId?: number; firstDay: string; lastDay: string; reason: string };

/** Closures of a site or a space: saving lists the bookings hit, then the desk cancels them or keeps them. */
export function ClosuresPanel() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const local = useLocalName();
  const sites = useQuery('sites.list', {});
  const spaces = useQuery('spaces.list', {});
  const closures = useQuery('closures.list', {});
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const names = new Map<string, string>([...(sites.data ?? []).map((s) => [`site-${s.id}`, local(s)] as const), ...(spaces.data ?? []).map((s) => [`space-${s.id}`, local(s)] as const)]);

  const save = async (v: Values) => {
    setBusy(true);
    try {
      const closure = { siteId: v.spaceId ? null : (v.siteId ?? null), spaceId: v.spaceId ?? null, firstDay: v.firstDay, lastDay: v.lastDay, reason: v.reason };
      const r = await invoke('closures.save', { closure });
      if (r.hits.length) {
        modal.confirm({
          title: t('plans.closureHits', { count: r.hits.length }),
          content: <List size="small" dataSource={r.hits} renderItem={(b) => <List.Item>{b.start.replace('T', ' ')} {b.title}</List.Item>} />,
          okText: t('plans.cancelHits'),
          cancelText: t('plans.keepHits'),
          onOk: () => invoke('closures.save', { closure: { ...closure, id: r.closure.id }, cancelHits: true, note: v.reason }),
        });
      } else message.success(t('common.saved'));
      form.resetFields();
    } catch (e) {
      message.error(describeError(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form form={form} layout="inline" onFinish={save}>
        <Form.Item name="siteId" label={t('plans.site')}>
          <Select style={{ width: 200 }} allowClear options={(sites.data ?? []).map((s) => ({ value: s.id, label: local(s) }))} />
        </Form.Item>
        <Form.Item name="spaceId" label={t('plans.space')}>
          <Select style={{ width: 200 }} allowClear showSearch optionFilterProp="label" options={(spaces.data ?? []).map((s) => ({ value: s.id, label: local(s) }))} />
        </Form.Item>
        <Form.Item name="firstDay" label={t('plans.from')} rules={[{ required: true, message: t('errors.fields.required') }]}>
          <Input placeholder="YYYY-MM-DD" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="lastDay" label={t('plans.to')} rules={[{ required: true, message: t('errors.fields.required') }]}>
          <Input placeholder="YYYY-MM-DD" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="reason" label={t('plans.reason')} rules={[{ required: true, message: t('errors.fields.required') }]}>
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('plans.addClosure')}
        </Button>
      </Form>
      <Table<Closure>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={closures.data ?? []}
        columns={[
          { title: t('plans.where'), render: (_, c) => names.get(c.spaceId ? `space-${c.spaceId}` : `site-${c.siteId}`) },
          { title: t('plans.from'), dataIndex: 'firstDay' },
          { title: t('plans.to'), dataIndex: 'lastDay' },
          { title: t('plans.reason'), dataIndex: 'reason' },
          {
            title: '',
            render: (_, c) => (
              <Button size="small" onClick={() => Modal.confirm({ title: t('plans.deleteClosure'), onOk: () => invoke('closures.delete', { id: c.id }) })}>
                {t('plans.delete')}
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}
