import { useEffect, useRef, useState } from 'react';
import { Input, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useQuery } from '../../api/client';
import { useToday } from '../../api/clock';
import { addDays } from '../../../../electron/shared/time';

echarts.use([HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

/** Off-peak view: share of each weekday × hour of the plan's windows that is used, and the idlest windows. */
export function UsagePanel() {
  const { t } = useTranslation();
  // This month by default.
  const first = `${useToday().slice(0, 7)}-01`;
  const [from, setFrom] = useState(first);
  const [to, setTo] = useState(() => `${addDays(first, 31).slice(0, 7)}-01`);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from < to;
  const usage = useQuery('reports.usage', valid ? { from, to } : null);
  const chartEl = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!chartEl.current || !usage.data) return;
    const chart = echarts.init(chartEl.current);
    const hours = Array.from({ length: 16 }, (_, i) => i + 7);
    chart.setOption({
      tooltip: { formatter: (p: { value: number[] }) => `${Math.round(p.value[2])}%` },
      grid: { left: 60, right: 20, top: 10, bottom: 60 },
      xAxis: { type: 'category', data: hours.map((h) => `${h}:00`) },
      yAxis: { type: 'category', data: [1, 2, 3, 4, 5, 6, 7].map((d) => t(`plans.weekday.${d}`)) },
      visualMap: { min: 0, max: 100, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#f7fbff', '#08519c'] } },
      series: [
        {
          type: 'heatmap',
          data: usage.data.heatmap.filter((c) => c.hour >= 7 && c.hour < 23).map((c) => [c.hour - 7, c.weekday - 1, c.windowMinutes ? (100 * c.usedMinutes) / c.windowMinutes : 0]),
        },
      ],
    });
    return () => chart.dispose();
  }, [usage.data, t]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Input aria-label={t('plans.from')} addonBefore={t('plans.from')} value={from} onChange={(e) => setFrom(e.target.value)} style={{ width: 180 }} />
        <Input aria-label={t('plans.to')} addonBefore={t('plans.to')} value={to} onChange={(e) => setTo(e.target.value)} style={{ width: 180 }} />
      </Space>
      <div ref={chartEl} style={{ height: 300 }} role="img" aria-label={t('plans.heatmap')} />
      <Table
        rowKey={(w) => `${w.spaceId}-${w.weekday}-${w.start}-${w.audienceId}`}
        size="small"
        pagination={false}
        dataSource={usage.data?.idleWindows ?? []}
        columns={[
          { title: t('plans.space'), dataIndex: 'spaceName' },
          { title: t('plans.weekdays'), render: (_, w) => t(`plans.weekday.${w.weekday}`) },
          { title: t('plans.time'), render: (_, w) => `${w.start}–${w.end}` },
          { title: t('plans.usedShare'), render: (_, w) => `${Math.round((100 * w.usedMinutes) / (w.windowMinutes || 1))}%` },
        ]}
      />
    </Space>
  );
}
