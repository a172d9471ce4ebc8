import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../electron/shared/domain';
import { invoke } from '../../api/client';
import { useSave } from '../../components/useSave';

type Values = { pin: string; repeat: string };

/** Set or change a coordinator's PIN: typed twice; only its hash is kept, in the main process. */
export function PinDialog(props: { operator: Operator | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const name = props.operator?.name ?? '';
  const { saving, submit } = useSave(form, (v) => invoke('operators.setPin', { id: props.operator!.id, pin: v.pin }), props.onClose);
  const digits = { pattern: /^[0-9]{4,8}$/, message: t('staff.pinFormat') };
  return (
    <Modal
      open={props.operator !== null}
      title={t('staff.pinDialogTitle', { name })}
      onCancel={props.onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      cancelText={t('common.close')}
      confirmLoading={saving}
      destroyOnHidden
      width={400}
    >
      <Form form={form} layout="vertical" requiredMark={false} onFinish={() => void submit()}>
        <Form.Item name="pin" label={t('staff.newPin')} rules={[{ required: true, message: t('errors.fields.required') }, digits]}>
          <Input.Password autoFocus inputMode="numeric" autoComplete="new-password" maxLength={8} />
        </Form.Item>
        <Form.Item
          name="repeat"
          label={t('staff.repeatPin')}
          dependencies={['pin']}
          rules={[
            { required: true, message: t('errors.fields.required') },
            ({ getFieldValue }) => ({
              validator: (_, value) => (!value || value === getFieldValue('pin') ? Promise.resolve() : Promise.reject(new Error(t('staff.pinMismatch')))),
            }),
          ]}
        >
          <Input.Password inputMode="numeric" autoComplete="new-password" maxLength={8} />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
