import { useEffect, useRef, useState } from 'react';
import { Button, DatePicker, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { Output } from '../../../../electron/shared/contract';
import { useQuery } from '../../api/client';
import { useToday } from '../../api/clock';
import { useLocalName } from '../../components/localName';
import { SitePicker, useSiteChoice } from '../../components/SitePicker';
import { addDays } from '../../../../electron/shared/time';
import type { IdleWindowOffer } from './planOffer';
import { useAudienceOptions } from '../../components/audienceOptions';

// SVG: the percentages are text a screen reader (and a test) can read, not pixels.
echarts.use([HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

type IdleWindow = Output<'reports.usage'>['idleWindows'][number];
const percent = (used: number, window: number) => Math.round((100 * used) / (window || 1));

/**
 * Off-peak view: share of each weekday × hour of the plan's windows that is used, and the
 * idlest windows, for the current site, one space or all, one audience or all. Each idle
 * window can be opened in the plan editor to offer it to another audience.
 */
export function UsagePanel(props: { onOffer(offer: IdleWindowOffer): void }) {
  const { t } = useTranslation();
  const local = useLocalName();
  const { sites, siteId, setSiteId } = useSiteChoice();
  const spaces = useQuery('spaces.list', siteId === undefined ? null : { siteId });
  const audiences = useQuery('audiences.list', {});
  const audienceOptions = useAudienceOptions(audiences.data);
  const [spaceId, setSpaceId] = useState<number | undefined>();
  const [audienceId, setAudienceId] = useState<number | undefined>();
  // This month by default; `to` is the day after the last one counted.
  const first = `${useToday().slice(0, 7)}-01`;
  const [from, setFrom] = useState(first);
  const [to, setTo] = useState(() => `${addDays(first, 31).slice(0, 7)}-01`);
  // A space of another site is not a filter of this one.
  const space = spaces.data?.find((s) => s.id === spaceId);
  const usage = useQuery(
    'reports.usage',
    siteId === undefined || from >= to ? null : { from, to, siteId, ...(space ? { spaceId: space.id } : {}), ...(audienceId ? { audienceId } : {}) },
  );
  const audienceOf = new Map((audiences.data ?? []).map((a) => [a.id, a]));
  const chartEl = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!chartEl.current || !usage.data) return;
    const chart = echarts.init(chartEl.current, undefined, { renderer: 'svg' });
    const hours = Array.from({ length: 16 }, (_, i) => i + 7);
    chart.setOption({
      tooltip: { formatter: (p: { value: number[] }) => `${Math.round(p.value[2])}%` },
      grid: { left: 60, right: 20, top: 10, bottom: 60 },
      xAxis: { type: 'category', data: hours.map((h) => `${h}:00`) },
      // Monday on top, as a week is read.
      yAxis: { type: 'category', inverse: true, data: [1, 2, 3, 4, 5, 6, 7].map((d) => t(`plans.weekday.${d}`)) },
      visualMap: { min: 0, max: 100, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#f7fbff', '#08519c'] } },
      series: [
        {
          type: 'heatmap',
          // Each cell says its share in figures, so the map reads without the colour scale.
          label: { show: true, fontSize: 11, formatter: (p: { value: number[] }) => `${Math.round(p.value[2])}%` },
          data: usage.data.heatmap
            .filter((c) => c.hour >= 7 && c.hour < 23 && c.windowMinutes > 0)
            .map((c) => [c.hour - 7, c.weekday - 1, (100 * c.usedMinutes) / c.windowMinutes]),
        },
      ],
    });
    return () => chart.dispose();
  }, [usage.data, t]);

  const offer = (w: IdleWindow) =>
    props.onOffer({ spaceId: w.spaceId, weekday: w.weekday, start: w.start, end: w.end, audienceId: w.audienceId, usedPercent: percent(w.usedMinutes, w.windowMinutes) });
  const spaceName = (id: number) => local(spaces.data?.find((s) => s.id === id)) || '';

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <SitePicker
          sites={sites}
          value={siteId}
          onChange={(id) => {
            setSiteId(id);
            setSpaceId(undefined);
          }}
        />
        <Select
          aria-label={t('plans.usage.space')}
          placeholder={t('plans.usage.allSpaces')}
          allowClear
          style={{ width: 200 }}
          value={space?.id}
          onChange={(v?: number) => setSpaceId(v)}
          options={(spaces.data ?? []).map((s) => ({ value: s.id, label: local(s) }))}
        />
        <Select
          aria-label={t('plans.usage.audience')}
          placeholder={t('plans.usage.allAudiences')}
          allowClear
          style={{ width: 160 }}
          value={audienceId}
          onChange={(v?: number) => setAudienceId(v)}
          options={audienceOptions}
        />
        <DatePicker.RangePicker
          allowClear={false}
          placeholder={[t('plans.from'), t('plans.to')]}
          value={[dayjs(from), dayjs(addDays(to, -1))]}
          onChange={(v) => {
            if (!v?.[0] || !v[1]) return;
            setFrom(v[0].format('YYYY-MM-DD'));
            setTo(addDays(v[1].format('YYYY-MM-DD'), 1));
          }}
        />
      </Space>
      <div ref={chartEl} style={{ height: 300 }} role="img" aria-label={t('plans.heatmap')} />
      <Typography.Text type="secondary">{t('plans.usage.idleHint')}</Typography.Text>
      <Table<IdleWindow>
        rowKey={(w) => `${w.spaceId}-${w.weekday}-${w.start}-${w.audienceId}`}
        size="small"
        pagination={false}
        dataSource={usage.data?.idleWindows ?? []}
        columns={[
          { title: t('plans.space'), render: (_, w) => spaceName(w.spaceId) || w.spaceName },
          { title: t('plans.weekdays'), render: (_, w) => t(`plans.weekday.${w.weekday}`) },
          { title: t('plans.time'), render: (_, w) => `${w.start}–${w.end}` },
          {
            title: t('plans.audience'),
            render: (_, w) => {
              const a = audienceOf.get(w.audienceId);
              return (
                <Space size={6}>
                  <span aria-hidden style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: a?.color ?? '#999' }} />
                  {local(a)}
                </Space>
              );
            },
          },
          { title: t('plans.usedShare'), render: (_, w) => `${percent(w.usedMinutes, w.windowMinutes)}%` },
          {
            title: '',
            render: (_, w) => (
              <Button
                size="small"
                aria-label={t('plans.usage.offerLabel', { space: spaceName(w.spaceId) || w.spaceName, day: t(`plans.weekday.${w.weekday}`), start: w.start, end: w.end })}
                onClick={() => offer(w)}
              >
                {t('plans.usage.offer')}
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}
