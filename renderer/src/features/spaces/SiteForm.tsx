import { useEffect } from 'react';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Site } from '../../../../electron/shared/domain';
import { invoke } from '../../api/client';
import { useSave } from '../../components/useSave';

type Values = { name: string; nameEn?: string; address?: string; addressEn?: string; phone?: string };

export function SiteForm(props: { open: boolean; site?: Site; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (props.open) form.setFieldsValue(props.site ?? { name: '', nameEn: '', address: '', addressEn: '', phone: '' });
  }, [props.open, props.site, form]);
  const { saving, submit } = useSave(form, (v) => invoke('sites.save', { ...v, id: props.site?.id }), props.onClose);
  return (
    <Modal open={props.open} title={t(props.site ? 'spaces.editSite' : 'spaces.newSite')} onCancel={props.onClose} onOk={submit} okText={t('common.save')} confirmLoading={saving} destroyOnHidden>
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, message: t('errors.fields.required') }]}>
          <Input maxLength={80} autoFocus />
        </Form.Item>
        <Form.Item name="nameEn" label={t('fields.nameEn')}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="address" label={t('fields.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="addressEn" label={t('fields.addressEn')} extra={t('fields.addressEnHint')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="phone" label={t('fields.deskPhone')}>
          <Input maxLength={40} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
