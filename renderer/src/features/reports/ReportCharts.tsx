import { useMemo } from 'react';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportOutput } from '../../../../electron/shared/contract/reports';
import { useLocalName } from '../../components/localName';
import { chartOption, monthlyByAudience, useBySpace, type ChartKey } from './chartOptions';
import { useChart } from './charts';
import { pct, hrs } from './format';

function ChartCard(props: { chartKey: ChartKey; report: ReportOutput; height?: number; children: React.ReactNode; note?: string }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const option = useMemo(() => chartOption(props.chartKey, props.report, t, localName), [props.chartKey, props.report, t, localName]);
  const ref = useChart(option);
  const title = t(`reports.charts.${props.chartKey}`);
  return (
    <Card size="small" title={title} className="report-chart">
      <div ref={ref} style={{ height: props.height ?? 280 }} role="img" aria-label={title} />
      {props.note && <Typography.Text type="secondary">{props.note}</Typography.Text>}
      {/* The same numbers as a table, for people who prefer numbers. */}
      {props.children}
    </Card>
  );
}

function MonthlyTable({ report, value }: { report: ReportOutput; value: 'held' | 'heads' }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { months, series } = monthlyByAudience(report, value, t, localName);
  const rows = series.map((s) => ({ key: s.name, name: s.name, ...Object.fromEntries(months.map((m, i) => [m, s.data[i]])), total: s.data.reduce((a, b) => a + b, 0) }));
  return (
    <Table
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      locale={{ emptyText: t('reports.empty') }}
      columns={[
        { title: t('reports.cols.audience'), dataIndex: 'name', fixed: 'left' },
        ...months.map((m) => ({ title: m, dataIndex: m, align: 'right' as const })),
        { title: t('reports.cols.total'), dataIndex: 'total', align: 'right' as const },
      ]}
    />
  );
}

/** Charts of the period, each with its table. */
export function ReportCharts({ report }: { report: ReportOutput }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const spaces = useBySpace(report);
  const heat = report.heatmap.filter((c) => c.windowMinutes > 0);
  const byWeekday = [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const cells = heat.filter((c) => c.weekday === weekday);
    const w = cells.reduce((a, c) => a + c.windowMinutes, 0);
    const u = cells.reduce((a, c) => a + c.usedMinutes, 0);
    return { weekday, windowMinutes: w, usedMinutes: u };
  });
  return (
    <div className="report-charts">
      <ChartCard chartKey="heldByMonth" report={report}>
        <MonthlyTable report={report} value="held" />
      </ChartCard>
      <ChartCard chartKey="headsByMonth" report={report}>
        <MonthlyTable report={report} value="heads" />
      </ChartCard>
      <ChartCard chartKey="useBySpace" report={report} height={Math.max(200, Math.min(30, spaces.length) * 26 + 50)}>
        <Table
          size="small"
          rowKey="spaceId"
          pagination={spaces.length > 10 ? { pageSize: 10, size: 'small' } : false}
          dataSource={spaces}
          locale={{ emptyText: t('reports.empty') }}
          columns={[
            { title: t('reports.cols.space'), render: (_, s) => `${localName({ name: s.siteName, nameEn: s.siteNameEn })} · ${localName(s)}` },
            { title: t('reports.cols.openHours'), align: 'right', render: (_, s) => hrs(s.openMinutes) },
            { title: t('reports.cols.bookedHours'), align: 'right', render: (_, s) => hrs(s.bookedMinutes) },
            { title: t('reports.cols.utilisation'), align: 'right', render: (_, s) => pct(s.utilisation) },
          ]}
        />
      </ChartCard>
      <ChartCard chartKey="heatmap" report={report} height={300} note={t('reports.charts.heatmapNote')}>
        <Table
          size="small"
          rowKey="weekday"
          pagination={false}
          dataSource={byWeekday.filter((d) => d.windowMinutes > 0)}
          locale={{ emptyText: t('reports.empty') }}
          columns={[
            { title: t('reports.cols.weekday'), render: (_, d) => t(`reports.weekday.${d.weekday}`) },
            { title: t('reports.cols.window'), align: 'right', render: (_, d) => hrs(d.windowMinutes) },
            { title: t('reports.cols.bookedHours'), align: 'right', render: (_, d) => hrs(d.usedMinutes) },
            { title: t('reports.cols.windowUse'), align: 'right', render: (_, d) => pct(d.windowMinutes ? d.usedMinutes / d.windowMinutes : null) },
          ]}
        />
      </ChartCard>
    </div>
  );
}
