import { useState } from 'react';
import { App, Button, InputNumber, Popover, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';

/** The grace period a booking waits for check-in before it counts as a no-show. */
const MIN_MINUTES = 5;
const MAX_MINUTES = 240;

/**
 * "开始 15 分钟后未签到记为未到场", with a change button for a coordinator (the back end
 * refuses anyone else). The today board and the no-show sweep read the new value at once.
 */
export function GraceSetting(props: { minutes: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const current = useQuery('session.current', {});
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<number | null>(props.minutes);
  const [saving, setSaving] = useState(false);
  // Checked here rather than clamped by the field, so 600 typed in is refused in words, not silently changed.
  const valid = value !== null && Number.isInteger(value) && value >= MIN_MINUTES && value <= MAX_MINUTES;
  const save = async () => {
    if (!valid) return;
    setSaving(true);
    try {
      await invoke('settings.save', { noShowGraceMinutes: value });
      message.success(t('desk.grace.saved', { minutes: value }));
      setOpen(false);
    } catch (e) {
      message.error(describeError(t, e));
    } finally {
      setSaving(false);
    }
  };
  const editor = (
    <Space direction="vertical">
      <Space>
        <InputNumber
          aria-label={t('desk.grace.minutes')}
          status={valid ? undefined : 'error'}
          step={5}
          precision={0}
          value={value}
          onChange={setValue}
          onPressEnter={() => void save()}
          autoFocus
          suffix={t('desk.grace.unit')}
        />
        <Button type="primary" loading={saving} disabled={!valid} onClick={() => void save()}>
          {t('common.save')}
        </Button>
      </Space>
      <Typography.Text type={valid ? 'secondary' : 'danger'} role={valid ? undefined : 'alert'}>
        {t('desk.grace.hint', { min: MIN_MINUTES, max: MAX_MINUTES })}
      </Typography.Text>
    </Space>
  );
  return (
    <>
      <Typography.Text type="secondary">{t('desk.today.grace', { minutes: props.minutes })}</Typography.Text>
      {current.data?.role === 'coordinator' && (
        <Popover
          open={open}
          onOpenChange={(o) => {
            setOpen(o);
            if (o) setValue(props.minutes);
          }}
          trigger="click"
          title={t('desk.grace.title')}
          content={editor}
        >
          <Button type="link" size="small" aria-label={t('desk.grace.changeLabel')}>
            {t('desk.grace.change')}
          </Button>
        </Popover>
      )}
    </>
  );
}
