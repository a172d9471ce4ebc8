/**
 * ECharts for the reports: drawn on screen (canvas), as PNG pictures for the workbook,
 * and as SVG for the printed summary (crisp at any print resolution).
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer, SVGRenderer]);

type Option = Parameters<echarts.ECharts['setOption']>[0];

/** A chart in a div that follows the option and the div's size. */
export function useChart(option: Option | null) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    chart.current = echarts.init(el);
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    if (option) chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return ref;
}

/** The picture the workbook carries: drawn off screen at a fixed size, base64 without the data: prefix. */
export function chartPng(option: Option, width = 760, height = 340): string {
  const el = document.createElement('div');
  el.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px`;
  document.body.appendChild(el);
  const chart = echarts.init(el, undefined, { width, height });
  try {
    chart.setOption({ ...(option as object), animation: false });
    return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }).replace(/^data:image\/png;base64,/, '');
  } finally {
    chart.dispose();
    el.remove();
  }
}

/** The chart as SVG markup, for a printed sheet. */
export function chartSvg(option: Option, width: number, height: number): string {
  const chart = echarts.init(null as unknown as HTMLElement, undefined, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...(option as object), animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
