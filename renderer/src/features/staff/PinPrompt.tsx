import { useEffect, useRef, useState } from 'react';
import { Alert, Form, Input, Modal, type InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../electron/shared/domain';
import { invoke } from '../../api/client';
import { describeError } from '../../api/errors';

/**
 * Asks for a coordinator's PIN when switching to them. The main process checks it; a
 * wrong PIN is said in words and the prompt stays open for another try, emptied.
 */
export function PinPrompt(props: { operator: Operator | null; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const input = useRef<InputRef>(null);
  const open = props.operator !== null;
  useEffect(() => {
    if (open) {
      setPin('');
      setError(null);
    }
  }, [open]);
  const submit = async () => {
    if (!props.operator || checking) return;
    if (!/^[0-9]{4,8}$/.test(pin)) {
      setError(t('staff.pinFormat'));
      return;
    }
    setChecking(true);
    try {
      await invoke('session.setOperator', { operatorId: props.operator.id, pin });
      props.onDone();
    } catch (e) {
      setError(describeError(t, e));
      setPin('');
      input.current?.focus();
    } finally {
      setChecking(false);
    }
  };
  const name = props.operator?.name ?? '';
  return (
    <Modal
      open={open}
      title={t('staff.pinPromptTitle', { name })}
      okText={t('staff.pinPromptOk')}
      cancelText={t('staff.pinPromptCancel')}
      onOk={() => void submit()}
      onCancel={props.onCancel}
      confirmLoading={checking}
      afterOpenChange={(visible) => visible && input.current?.focus()}
      destroyOnHidden
      width={360}
    >
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label={t('staff.pinPromptLabel', { name })} htmlFor="operator-pin" style={{ marginBottom: error ? 12 : 0 }}>
          <Input.Password
            id="operator-pin"
            ref={input}
            autoFocus
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/[^0-9]/g, ''))}
            onPressEnter={() => void submit()}
          />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} role="alert" />}
      </Form>
    </Modal>
  );
}
