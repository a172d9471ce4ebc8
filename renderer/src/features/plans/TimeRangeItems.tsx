import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** The 从 / 到 fields (HH:MM) of a series form, shared by creating and editing a series. */
export function TimeRangeItems() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="startTime" label={t('plans.from')}>
        <Input style={{ width: 80 }} />
      </Form.Item>
      <Form.Item name="endTime" label={t('plans.to')}>
        <Input style={{ width: 80 }} />
      </Form.Item>
    </>
  );
}
