import { Button, Card, InputNumber, Popconfirm, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanWindow } from '../../../../electron/shared/contract/plans';
import { useLocalName } from '../../components/localName';

/**
 * The selected window's standing group (常驻团体) and quotas: at most so many bookings a
 * week per group, at most so many people. Empty means no limit. Changes go into the
 * draft plan; they are written with 保存计划 like the drawn windows.
 */
export function WindowSettings(props: {
  window: PlanWindow;
  audienceName: string;
  organisations: { id: number; name: string; nameEn?: string }[];
  onChange(w: PlanWindow): void;
  onRemove(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const local = useLocalName();
  const w = props.window;
  const limit = (v: number | null) => (typeof v === 'number' && v >= 1 ? Math.floor(v) : null);
  return (
    <Card
      size="small"
      role="region"
      aria-label={t('plans.quota.title')}
      title={t('plans.quota.heading', { day: t(`plans.weekday.${w.weekday}`), start: w.start, end: w.end, audience: props.audienceName })}
      extra={
        <Button size="small" onClick={props.onClose}>
          {t('common.close')}
        </Button>
      }
    >
      <Space wrap size="large" align="center">
        <Space>
          <span>{t('plans.quota.organisation')}</span>
          <Select
            aria-label={t('plans.quota.organisation')}
            style={{ width: 240 }}
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('plans.quota.anyOrganisation')}
            value={w.organisationId ?? undefined}
            onChange={(v?: number) => props.onChange({ ...w, organisationId: v ?? null })}
            options={props.organisations.map((o) => ({ value: o.id, label: local(o) }))}
          />
        </Space>
        <Space>
          <span>{t('plans.quota.maxPerWeek')}</span>
          <InputNumber
            aria-label={t('plans.quota.maxPerWeek')}
            min={1}
            max={50}
            precision={0}
            placeholder={t('plans.quota.noLimit')}
            value={w.maxPerWeek}
            onChange={(v) => props.onChange({ ...w, maxPerWeek: limit(v) })}
            style={{ width: 110 }}
          />
        </Space>
        <Space>
          <span>{t('plans.quota.maxHeadCount')}</span>
          <InputNumber
            aria-label={t('plans.quota.maxHeadCount')}
            min={1}
            max={2000}
            precision={0}
            placeholder={t('plans.quota.noLimit')}
            value={w.maxHeadCount}
            onChange={(v) => props.onChange({ ...w, maxHeadCount: limit(v) })}
            style={{ width: 110 }}
          />
        </Space>
        <Popconfirm title={t('plans.quota.removeConfirm')} okText={t('plans.delete')} cancelText={t('common.back')} onConfirm={props.onRemove}>
          <Button danger>{t('plans.quota.remove')}</Button>
        </Popconfirm>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('plans.quota.hint')}
      </Typography.Paragraph>
    </Card>
  );
}
