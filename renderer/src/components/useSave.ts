import { useState } from 'react';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError, fieldErrors } from '../api/errors';

/**
 * Submit a form through a contract call: validation errors land on their fields,
 * everything else in a message; the form keeps what was typed either way.
 */
export function useSave<V>(form: FormInstance<V>, save: (values: V) => Promise<unknown>, onDone: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  async function submit() {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      await save(values);
      message.success(t('common.saved'));
      onDone();
    } catch (e) {
      const fields = fieldErrors(t, e);
      if (fields.length) form.setFields(fields as never);
      message.error(describeError(t, e), 6);
    } finally {
      setSaving(false);
    }
  }
  return { saving, submit };
}
