import { useState } from 'react';
import { App, Button, Checkbox, Form, Input, Popconfirm, Radio, Space, Table, Tag, Typography } from 'antd';
import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../electron/shared/domain';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { RecordModal } from '../../components/RecordModal';
import { PinDialog } from './PinDialog';

type Values = { name: string; role: Operator['role'] };

/** 设置 → 工作人员: the named staff, their roles and PINs; retire and bring back. Coordinators only. */
export function StaffPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [showRetired, setShowRetired] = useState(false);
  const list = useQuery('operators.list', { includeArchived: showRetired });
  const current = useQuery('session.current', {});
  const [editing, setEditing] = useState<(Partial<Values> & { id?: number }) | null>(null);
  const [pinFor, setPinFor] = useState<Operator | null>(null);
  const run = async (call: () => Promise<unknown>, done: string) => {
    try {
      await call();
      message.success(done);
    } catch (e) {
      message.error(describeError(t, e), 6);
    }
  };
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 760 }}>
        {t('staff.intro')}
      </Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ role: 'desk' })}>
          {t('staff.add')}
        </Button>
        <Checkbox checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)}>
          {t('staff.showRetired')}
        </Checkbox>
      </Space>
      <Table<Operator>
        rowKey="id"
        size="middle"
        pagination={false}
        style={{ maxWidth: 960 }}
        dataSource={list.data ?? []}
        columns={[
          {
            title: t('staff.name'),
            render: (_, o) => (
              <Space>
                <Typography.Text strong={!o.archived} type={o.archived ? 'secondary' : undefined}>
                  {o.name}
                </Typography.Text>
                {o.id === current.data?.id && <Tag color="blue">{t('staff.atDesk')}</Tag>}
              </Space>
            ),
          },
          { title: t('staff.role'), render: (_, o) => <Tag color={o.role === 'coordinator' ? 'purple' : 'default'}>{t(`operator.role.${o.role}`)}</Tag> },
          {
            title: t('staff.pin'),
            render: (_, o) =>
              o.role !== 'coordinator' ? (
                t('staff.pinNotForDesk')
              ) : o.hasPin ? (
                <Space size={4}>
                  <LockOutlined />
                  {t('staff.pinSet')}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('staff.pinNone')}</Typography.Text>
              ),
          },
          { title: t('staff.status'), render: (_, o) => (o.archived ? <Tag>{t('staff.retired')}</Tag> : <Tag color="green">{t('staff.active')}</Tag>) },
          {
            title: '',
            align: 'right',
            render: (_, o) => (
              <Space wrap>
                <Button size="small" onClick={() => setEditing(o)}>
                  {t('common.edit')}
                </Button>
                {o.role === 'coordinator' && !o.archived && (
                  <Button size="small" onClick={() => setPinFor(o)}>
                    {t(o.hasPin ? 'staff.changePin' : 'staff.setPin')}
                  </Button>
                )}
                {o.hasPin && (
                  <Popconfirm
                    title={t('staff.clearPinConfirm', { name: o.name })}
                    okText={t('staff.clearPin')}
                    cancelText={t('common.back')}
                    onConfirm={() => run(() => invoke('operators.setPin', { id: o.id, pin: null }), t('staff.pinCleared', { name: o.name }))}
                  >
                    <Button size="small">{t('staff.clearPin')}</Button>
                  </Popconfirm>
                )}
                {o.archived ? (
                  <Button size="small" onClick={() => void run(() => invoke('operators.setArchived', { id: o.id, archived: false }), t('staff.restored_done', { name: o.name }))}>
                    {t('staff.restore')}
                  </Button>
                ) : (
                  <Popconfirm
                    title={t('staff.retireConfirm', { name: o.name })}
                    description={<div style={{ maxWidth: 300 }}>{t('staff.retireHint')}</div>}
                    okText={t('staff.retire')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.back')}
                    onConfirm={() => run(() => invoke('operators.setArchived', { id: o.id, archived: true }), t('staff.retired_done', { name: o.name }))}
                  >
                    <Button size="small" danger>
                      {t('staff.retire')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <RecordModal<Values>
        title={t(editing?.id ? 'staff.edit' : 'staff.add')}
        record={editing}
        onClose={() => setEditing(null)}
        save={(v) => invoke('operators.save', { ...v, id: editing?.id })}
      >
        {() => (
          <>
            <Form.Item name="name" label={t('staff.name')} rules={[{ required: true, whitespace: true, message: t('errors.fields.required') }]}>
              <Input maxLength={80} autoFocus />
            </Form.Item>
            <Form.Item name="role" label={t('staff.role')} extra={t('staff.roleHint')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'desk', label: t('operator.role.desk') },
                  { value: 'coordinator', label: t('operator.role.coordinator') },
                ]}
              />
            </Form.Item>
          </>
        )}
      </RecordModal>
      <PinDialog operator={pinFor} onClose={() => setPinFor(null)} />
    </>
  );
}
