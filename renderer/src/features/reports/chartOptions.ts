/**
 * The report's charts as ECharts options, built from the report alone, so the screen,
 * the workbook's pictures and the summary sheet draw the same chart.
 */
import type { TFunction } from 'i18next';
import type { ReportOutput } from '../../../../electron/shared/contract/reports';
import { monthsOf } from '../../../../electron/shared/report-period';

export type ChartKey = 'heldByMonth' | 'headsByMonth' | 'useBySpace' | 'heatmap';
export const CHART_KEYS: ChartKey[] = ['heldByMonth', 'headsByMonth', 'useBySpace', 'heatmap'];

type Local = (e: { name: string; nameEn?: string }) => string;

const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
const percent = (v: number | null) => (v === null ? 0 : Math.round(v * 1000) / 10);

/** Months of the period with each audience's value, for the stacked bars and their table. */
export function monthlyByAudience(report: ReportOutput, value: 'held' | 'heads', t: TFunction, local: Local) {
  const months = monthsOf(report.period.from, report.period.to);
  const audiences = report.byAudience.filter((a) => report.byMonth.some((m) => m.audienceId === a.audienceId && m[value] > 0));
  const cell = new Map(report.byMonth.map((m) => [`${m.month}|${m.audienceId}`, m[value]]));
  return {
    months,
    series: audiences.map((a) => ({
      name: a.audienceId === null ? t('reports.noAudience') : local(a),
      color: a.color,
      data: months.map((m) => cell.get(`${m}|${a.audienceId}`) ?? 0),
    })),
  };
}

/** Spaces with open hours, highest use first (the chart draws the first at the top). */
export function useBySpace(report: ReportOutput) {
  return report.bySpace.filter((s) => s.openMinutes > 0).sort((a, b) => (b.utilisation ?? 0) - (a.utilisation ?? 0));
}

export function chartOption(key: ChartKey, report: ReportOutput, t: TFunction, local: Local, opts: { animation?: boolean } = {}) {
  const base = { animation: opts.animation ?? true, textStyle: { fontFamily: FONT }, tooltip: { trigger: key === 'heatmap' ? 'item' : 'axis' } };
  if (key === 'heldByMonth' || key === 'headsByMonth') {
    const { months, series } = monthlyByAudience(report, key === 'heldByMonth' ? 'held' : 'heads', t, local);
    return {
      ...base,
      legend: { top: 0, type: 'scroll' },
      grid: { left: 50, right: 20, top: 36, bottom: 30 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((s) => ({ type: 'bar', stack: 'audience', name: s.name, itemStyle: { color: s.color }, data: s.data, barMaxWidth: 48 })),
    };
  }
  if (key === 'useBySpace') {
    const rows = useBySpace(report).slice(0, 30).reverse();
    return {
      ...base,
      grid: { left: 150, right: 50, top: 10, bottom: 30 },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: rows.map((s) => local(s)), axisLabel: { width: 140, overflow: 'truncate' } },
      series: [{ type: 'bar', data: rows.map((s) => percent(s.utilisation)), itemStyle: { color: '#4e79a7' }, label: { show: true, position: 'right', formatter: '{c}%' } }],
    };
  }
  // The weekday × hour heatmap of the off-peak view: share of the plan's windows in use.
  const hours = Array.from({ length: 16 }, (_, i) => i + 7);
  return {
    ...base,
    grid: { left: 60, right: 20, top: 10, bottom: 60 },
    xAxis: { type: 'category', data: hours.map((h) => `${h}:00`) },
    yAxis: { type: 'category', data: [1, 2, 3, 4, 5, 6, 7].map((d) => t(`reports.weekday.${d}`)) },
    visualMap: { min: 0, max: 100, orient: 'horizontal', left: 'center', bottom: 0, calculable: false, inRange: { color: ['#f7fbff', '#08519c'] } },
    series: [
      {
        type: 'heatmap',
        data: report.heatmap
          .filter((c) => c.hour >= 7 && c.hour < 23 && c.windowMinutes > 0)
          .map((c) => [c.hour - 7, c.weekday - 1, Math.round((100 * c.usedMinutes) / c.windowMinutes)]),
      },
    ],
  };
}
