import { useState } from 'react';
import { Button, Form, Input, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type Organisation } from '../../../../electron/shared/domain';
import { invoke, useQuery } from '../../api/client';
import { RowActions } from '../../components/RowActions';
import { RecordModal } from '../../components/RecordModal';
import { useLocalName } from '../../components/localName';
import { useNameColumns } from '../../components/nameColumns';

type Values = { name: string; nameEn: string; kind: Organisation['kind']; note: string };

/** Partner groups: schools, universities, the research institute, teams, volunteers. */
export function OrganisationsTab() {
  const { t } = useTranslation();
  const list = useQuery('organisations.list', { includeArchived: true });
  const [editing, setEditing] = useState<(Partial<Values> & { id?: number }) | null>(null);
  const localName = useLocalName();
  const nameColumns = useNameColumns<Organisation>((name, o) => <span>{name} {o.archived && <Tag>{t('common.archived')}</Tag>}</span>);
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setEditing({ kind: 'other' })}>
        {t('directory.newOrganisation')}
      </Button>
      <Table<Organisation>
        rowKey="id"
        size="middle"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={list.data ?? []}
        columns={[
          ...nameColumns,
          { title: t('fields.kind'), render: (_, o) => <Tag>{t(`organisation.kind.${o.kind}`)}</Tag> },
          { title: t('fields.note'), dataIndex: 'note', ellipsis: true },
          {
            title: '',
            align: 'right',
            render: (_, o) => (
              <RowActions name={localName(o)} archived={o.archived} onEdit={() => setEditing(o)} onToggleArchived={(archived) => invoke('organisations.setArchived', { id: o.id, archived })} />
            ),
          },
        ]}
      />
      <RecordModal<Values>
        title={t(editing?.id ? 'directory.editOrganisation' : 'directory.newOrganisation')}
        record={editing}
        onClose={() => setEditing(null)}
        save={(v) => invoke('organisations.save', { ...v, id: editing?.id })}
      >
        {() => (
          <>
            <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, message: t('errors.fields.required') }]}>
              <Input maxLength={80} autoFocus />
            </Form.Item>
            <Form.Item name="nameEn" label={t('fields.nameEn')}>
              <Input maxLength={120} />
            </Form.Item>
            <Form.Item name="kind" label={t('fields.kind')}>
              <Select options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisation.kind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="note" label={t('fields.note')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
      </RecordModal>
    </>
  );
}
