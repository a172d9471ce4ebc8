import { useEffect, type ReactNode } from 'react';
import { Form, Modal, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSave } from './useSave';

/** A modal form for one record: fills from `record`, saves through `save`, keeps input on errors. */
export function RecordModal<V extends object>(props: {
  title: string;
  record: Partial<V> | null;
  save: (values: V) => Promise<unknown>;
  onClose: () => void;
  children: (form: FormInstance<V>) => ReactNode;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  useEffect(() => {
    if (props.record) {
      form.resetFields();
      form.setFieldsValue(props.record as never);
    }
  }, [props.record, form]);
  const { saving, submit } = useSave(form, props.save, props.onClose);
  return (
    <Modal open={props.record !== null} title={props.title} onCancel={props.onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.close')} confirmLoading={saving} destroyOnHidden>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
        {props.children(form)}
      </Form>
    </Modal>
  );
}
