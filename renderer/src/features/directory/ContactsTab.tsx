import { useState } from 'react';
import { App, Button, Form, Input, Popconfirm, Select, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../electron/shared/domain';
import { useLocalName } from '../../components/localName';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { RecordModal } from '../../components/RecordModal';
import { ContactHistory } from './ContactHistory';

type Values = { name: string; phone: string; organisationId: number | null; note: string };

/** People who book: found by name or the last digits of their phone; no accounts. */
export function ContactsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const list = useQuery('contacts.search', { query, limit: 200 });
  const organisations = useQuery('organisations.list', {});
  const [editing, setEditing] = useState<(Partial<Values> & { id?: number; version?: number }) | null>(null);
  const [historyOf, setHistoryOf] = useState<number | null>(null);
  const localName = useLocalName();
  const orgName = (id: number | null) => localName(organisations.data?.find((o) => o.id === id));
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('directory.searchContacts')} onSearch={setQuery} onChange={(e) => setQuery(e.target.value)} style={{ width: 280 }} aria-label={t('directory.searchContacts')} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ organisationId: null })}>
          {t('directory.newContact')}
        </Button>
      </Space>
      <Table<Contact>
        rowKey="id"
        size="middle"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={list.data ?? []}
        columns={[
          { title: t('fields.name'), dataIndex: 'name' },
          { title: t('fields.phone'), dataIndex: 'phone' },
          { title: t('fields.organisation'), render: (_, c) => orgName(c.organisationId) },
          { title: t('fields.note'), dataIndex: 'note', ellipsis: true },
          {
            title: '',
            align: 'right',
            render: (_, c) => (
              <Space>
                <Button size="small" aria-label={`${t('directory.history.open')} ${c.name}`} onClick={() => setHistoryOf(c.id)}>
                  {t('directory.history.open')}
                </Button>
                <Button size="small" onClick={() => setEditing(c)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('directory.deleteContactConfirm', { name: c.name })}
                  description={t('directory.deleteContactHint')}
                  okText={t('common.delete')}
                  cancelText={t('common.back')}
                  onConfirm={async () => {
                    try {
                      await invoke('contacts.delete', { id: c.id });
                      message.success(t('common.deleted'));
                    } catch (e) {
                      message.error(describeError(t, e));
                    }
                  }}
                >
                  <Button size="small" danger>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <ContactHistory contactId={historyOf} onClose={() => setHistoryOf(null)} />
      <RecordModal<Values>
        title={t(editing?.id ? 'directory.editContact' : 'directory.newContact')}
        record={editing}
        onClose={() => setEditing(null)}
        save={(v) => invoke('contacts.save', { ...v, id: editing?.id, version: editing?.version, organisationId: v.organisationId ?? null })}
      >
        {() => (
          <>
            <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, message: t('errors.fields.required') }]}>
              <Input maxLength={80} autoFocus />
            </Form.Item>
            <Form.Item name="phone" label={t('fields.phone')} extra={t('directory.phoneHint')}>
              <Input maxLength={24} inputMode="tel" />
            </Form.Item>
            <Form.Item name="organisationId" label={t('fields.organisation')}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={(organisations.data ?? []).map((o) => ({ value: o.id, label: localName(o) }))} />
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
