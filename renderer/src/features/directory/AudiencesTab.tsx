import { useState } from 'react';
import { Button, ColorPicker, Form, Input, InputNumber, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Audience } from '../../../../electron/shared/domain';
import { invoke, useQuery } from '../../api/client';
import { RowActions } from '../../components/RowActions';
import { RecordModal } from '../../components/RecordModal';
import { useLocalName } from '../../components/localName';
import { useNameColumns } from '../../components/nameColumns';
import { hexOf } from '../../components/colour';
import { useCanCoordinate } from '../staff/useRole';

type Values = { name: string; nameEn: string; color: unknown; sortOrder: number };

/** Who a window is for: residents, elders, students … each with a colour used everywhere. */
export function AudiencesTab() {
  const { t } = useTranslation();
  const list = useQuery('audiences.list', { includeArchived: true });
  const [editing, setEditing] = useState<(Partial<Values> & { id?: number }) | null>(null);
  const localName = useLocalName();
  const nameColumns = useNameColumns<Audience>((name, a) => <Tag color={a.color}>{name}</Tag>);
  // Audiences shape the plans: the desk reads them, a coordinator edits them.
  const canEdit = useCanCoordinate() === true;
  return (
    <>
      {canEdit && (
        <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setEditing({ color: '#4e79a7', sortOrder: (list.data?.length ?? 0) })}>
          {t('directory.newAudience')}
        </Button>
      )}
      <Table<Audience>
        rowKey="id"
        pagination={false}
        dataSource={list.data ?? []}
        columns={[
          ...nameColumns,
          { title: t('fields.sortOrder'), dataIndex: 'sortOrder', align: 'right' },
          {
            title: '',
            align: 'right',
            render: (_, a) =>
              canEdit && (
                <RowActions name={localName(a)} archived={a.archived} onEdit={() => setEditing(a)} onToggleArchived={(archived) => invoke('audiences.setArchived', { id: a.id, archived })} />
              ),
          },
        ]}
      />
      <RecordModal<Values>
        title={t(editing?.id ? 'directory.editAudience' : 'directory.newAudience')}
        record={editing}
        onClose={() => setEditing(null)}
        save={(v) => invoke('audiences.save', { ...v, id: editing?.id, color: hexOf(v.color) })}
      >
        {() => (
          <>
            <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, message: t('errors.fields.required') }]}>
              <Input maxLength={80} autoFocus />
            </Form.Item>
            <Form.Item name="nameEn" label={t('fields.nameEn')}>
              <Input maxLength={120} />
            </Form.Item>
            <Space>
              <Form.Item name="color" label={t('fields.colour')}>
                <ColorPicker format="hex" disabledAlpha showText />
              </Form.Item>
              <Form.Item name="sortOrder" label={t('fields.sortOrder')}>
                <InputNumber />
              </Form.Item>
            </Space>
          </>
        )}
      </RecordModal>
    </>
  );
}
