import { Button, DatePicker, Segmented, Select, Space } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ReportScope } from '../../../../electron/shared/contract/reports';
import type { Site } from '../../../../electron/shared/domain';
import { PERIOD_KINDS, periodContaining, previousPeriod, type Period, type PeriodKind } from '../../../../electron/shared/report-period';
import { addDays } from '../../../../electron/shared/time';
import { useQuery } from '../../api/client';
import { useToday } from '../../api/clock';
import { SitePicker } from '../../components/SitePicker';
import { useLocalName } from '../../components/localName';

export type ScopeKind = ReportScope['kind'];

/** The period after `p`, of the same kind and length. */
function nextPeriod(p: Period): Period {
  if (p.kind === 'range') {
    const days = Math.round((Date.parse(p.to) - Date.parse(p.from)) / 86_400_000);
    return { kind: p.kind, from: p.to, to: addDays(p.to, days) };
  }
  return periodContaining(p.kind, p.to);
}

/** Scope (subdistrict, a site, a space) and period (month, quarter, year, a range). */
export function ReportControls(props: {
  scopeKind: ScopeKind;
  onScopeKind: (k: ScopeKind) => void;
  sites: Site[];
  siteId: number | undefined;
  onSite: (id: number) => void;
  spaceId: number | undefined;
  onSpace: (id: number) => void;
  period: Period;
  onPeriod: (p: Period) => void;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { period, onPeriod } = props;
  // Archived spaces too: their past activities belong in the report.
  const spaces = useQuery('spaces.list', props.scopeKind === 'space' && props.siteId !== undefined ? { siteId: props.siteId, includeArchived: true } : null);
  const today = useToday();
  // A new kind keeps to today when today lies in the period shown, else to its start.
  const anchor = period.from <= today && today < period.to ? today : period.from;
  const changeKind = (kind: PeriodKind) =>
    onPeriod(kind === 'range' ? { kind, from: period.from, to: period.to } : periodContaining(kind, anchor));
  return (
    <Space wrap className="report-controls">
      <Segmented
        aria-label={t('reports.scope.label')}
        value={props.scopeKind}
        onChange={(v) => props.onScopeKind(v as ScopeKind)}
        options={(['subdistrict', 'site', 'space'] as const).map((k) => ({ value: k, label: t(`reports.scope.${k}`) }))}
      />
      {props.scopeKind !== 'subdistrict' && <SitePicker sites={props.sites} value={props.siteId} onChange={props.onSite} />}
      {props.scopeKind === 'space' && (
        <Select
          aria-label={t('reports.scope.space')}
          style={{ minWidth: 200 }}
          value={props.spaceId}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={props.onSpace}
          options={(spaces.data ?? []).map((s) => ({ value: s.id, label: localName(s) }))}
        />
      )}
      <Segmented
        aria-label={t('reports.period.label')}
        value={period.kind}
        onChange={(v) => changeKind(v as PeriodKind)}
        options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`reports.period.${k}`) }))}
      />
      <Space.Compact>
        <Button aria-label={t('reports.period.previous')} icon={<LeftOutlined />} onClick={() => onPeriod(previousPeriod(period))} />
        {period.kind === 'range' ? (
          <DatePicker.RangePicker
            aria-label={t('reports.period.pick')}
            allowClear={false}
            value={[dayjs(period.from), dayjs(addDays(period.to, -1))]}
            onChange={(v) => v?.[0] && v[1] && onPeriod({ kind: 'range', from: v[0].format('YYYY-MM-DD'), to: addDays(v[1].format('YYYY-MM-DD'), 1) })}
          />
        ) : (
          <DatePicker
            aria-label={t('reports.period.pick')}
            picker={period.kind}
            allowClear={false}
            value={dayjs(period.from)}
            onChange={(d) => d && onPeriod(periodContaining(period.kind as Exclude<PeriodKind, 'range'>, d.format('YYYY-MM-DD')))}
          />
        )}
        <Button aria-label={t('reports.period.next')} icon={<RightOutlined />} onClick={() => onPeriod(nextPeriod(period))} />
      </Space.Compact>
    </Space>
  );
}
