import { Button, Card, InputNumber, Popconfirm, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Audience } from '../../../../electron/shared/domain';
import type { PlanWindow } from '../../../../electron/shared/contract/plans';
import { useLocalName } from '../../components/localName';
import { useAudienceOptions } from '../../components/audienceOptions';

/**
 * The selected window's audience, standing group (常驻团体) and quotas: at most so many
 * bookings a week per group, at most so many people. Empty means no limit. Changing the
 * audience is how an idle window is offered to another group. Empty limits read 不限.
 * Changes go into the draft plan; they are written with 保存计划 like the drawn windows.
 */
export function WindowSettings(props: {
  window: PlanWindow;
  audiences: Audience[];
  organisations: { id: number; name: string; nameEn?: string }[];
  onChange(w: PlanWindow): void;
  onRemove(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const local = useLocalName();
  const audienceOptions = useAudienceOptions(props.audiences);
  const w = props.window;
  const limit = (v: number | null) => (typeof v === 'number' && v >= 1 ? Math.floor(v) : null);
  const row = (label: string, field: React.ReactNode) => (
    <div style={{ display: 'grid', gridTemplateColumns: '120px 1fr', alignItems: 'center', gap: 8 }}>
      <span>{label}</span>
      {field}
    </div>
  );
  return (
    <Card
      size="small"
      role="region"
      aria-label={t('plans.quota.title')}
      title={t('plans.quota.heading', { day: t(`plans.weekday.${w.weekday}`), start: w.start, end: w.end, audience: local(props.audiences.find((a) => a.id === w.audienceId)) })}
      styles={{ title: { whiteSpace: 'normal' } }}
      extra={
        <Space size={4}>
          <Popconfirm title={t('plans.quota.removeConfirm')} okText={t('plans.delete')} cancelText={t('common.back')} onConfirm={props.onRemove}>
            <Button danger size="small">
              {t('plans.quota.remove')}
            </Button>
          </Popconfirm>
          <Button size="small" onClick={props.onClose}>
            {t('common.close')}
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} size={8}>
        {row(
          t('plans.audience'),
          <Select
            aria-label={t('plans.windowAudience')}
            value={w.audienceId}
            onChange={(audienceId: number) => props.onChange({ ...w, audienceId })}
            options={audienceOptions}
          />,
        )}
        {row(
          t('plans.quota.organisation'),
          <Select
            aria-label={t('plans.quota.organisation')}
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('plans.quota.anyOrganisation')}
            value={w.organisationId ?? undefined}
            onChange={(v?: number) => props.onChange({ ...w, organisationId: v ?? null })}
            options={props.organisations.map((o) => ({ value: o.id, label: local(o) }))}
          />,
        )}
        {/* The two quotas share a row, so the card stays short beside the grid. */}
        <div style={{ display: 'grid', gridTemplateColumns: '120px 1fr 1fr', alignItems: 'center', gap: 8 }}>
          <span>{t('plans.quota.limits')}</span>
          <InputNumber
            aria-label={t('plans.quota.maxPerWeek')}
            min={1}
            max={50}
            precision={0}
            placeholder={t('plans.quota.any')}
            suffix={t('plans.quota.perWeekSuffix')}
            value={w.maxPerWeek}
            onChange={(v) => props.onChange({ ...w, maxPerWeek: limit(v) })}
            style={{ width: '100%' }}
          />
          <InputNumber
            aria-label={t('plans.quota.maxHeadCount')}
            min={1}
            max={2000}
            precision={0}
            placeholder={t('plans.quota.any')}
            suffix={t('plans.quota.headCountSuffix')}
            value={w.maxHeadCount}
            onChange={(v) => props.onChange({ ...w, maxHeadCount: limit(v) })}
            style={{ width: '100%' }}
          />
        </div>
      </Space>
    </Card>
  );
}
