import { useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, invoke } from '../../api/client';
import { describeError } from '../../api/errors';
import { ContactSelect } from '../bookings/ContactSelect';
import type { SlotSearch } from './keyboardFlow';

/** Nothing fits: the request waits, and the desk is told when a cancellation frees a match. */
export function WaitlistDialog(props: { open: boolean; search: SlotSearch | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ contactId?: number | null; note?: string }>();
  const [error, setError] = useState<ApiError | null>(null);

  async function add(v: { contactId?: number | null; note?: string }) {
    const s = props.search;
    if (!s || !v.contactId) return;
    try {
      await invoke('waitlist.add', {
        siteId: s.siteId,
        contactId: v.contactId,
        from: s.from,
        to: s.to,
        earliest: s.earliest ?? '00:00',
        latest: s.latest ?? '24:00',
        durationMinutes: s.durationMinutes,
        headCount: s.headCount,
        amenities: s.amenities,
        audienceId: s.audienceId ?? null,
        note: v.note ?? '',
      });
      message.success(t('desk.waitlist.added'));
      setError(null);
      props.onClose();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  }

  return (
    <Modal open={props.open} title={t('desk.waitlist.add')} destroyOnHidden onCancel={props.onClose} onOk={() => form.submit()} okText={t('desk.waitlist.add')}>
      {error && <Alert role="alert" type="error" showIcon style={{ marginBottom: 12 }} title={describeError(t, error)} />}
      <Form form={form} layout="vertical" onFinish={add}>
        <Form.Item name="contactId" label={t('fields.contact')} rules={[{ required: true, message: t('errors.fields.required') }]}>
          <ContactSelect />
        </Form.Item>
        <Form.Item name="note" label={t('fields.note')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
