import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportOutput } from '../../../../electron/shared/contract/reports';
import { FIGURE_KEYS, figureChange, figureValue, formatChange, formatFigure } from '../../../../electron/shared/report-figures';
import { periodLabel } from '../../../../electron/shared/report-period';
import { addDays } from '../../../../electron/shared/time';
import { useLocalName } from '../../components/localName';
import { chartOption, type ChartKey } from './chartOptions';
import { chartSvg } from './charts';
import './report-sheets.css';

/** A period of several months shows its months; a single month shows its spaces. */
export function mainChartOf(report: ReportOutput): ChartKey {
  return report.period.from.slice(0, 7) === addDays(report.period.to, -1).slice(0, 7) ? 'useBySpace' : 'headsByMonth';
}

/** One A4 page for a meeting: the headline figures against both comparisons, and the main chart. */
export function SummarySheet({ report, scope, today }: { report: ReportOutput; scope: string; today: string }) {
  const { t, i18n } = useTranslation();
  const localName = useLocalName();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const key = mainChartOf(report);
  // SVG keeps the chart sharp on paper; drawn once per report and language.
  const svg = useMemo(() => chartSvg(chartOption(key, report, t, localName, { animation: false }), 700, 400), [key, report, t, localName]);
  const f = report.figures;
  return (
    <article className="report-sheet summary-sheet" aria-label={t('reports.summary.title')} lang={lang === 'en' ? 'en' : 'zh-CN'}>
      <header className="report-sheet-head">
        <h1>{t('reports.summary.title')}</h1>
        <div className="report-sheet-lines">
          <span>{t('reports.ledger.scopeLine', { scope })}</span>
          <span>{t('reports.ledger.periodLine', { period: periodLabel(report.period, lang), from: report.period.from, to: addDays(report.period.to, -1) })}</span>
        </div>
      </header>
      <table className="summary-table">
        <thead>
          <tr>
            <th>{t('reports.summary.figure')}</th>
            <th>{t('reports.summary.current')}</th>
            <th>{t('reports.compare.previous')}</th>
            <th />
            <th>{t('reports.compare.lastYear')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {FIGURE_KEYS.map((k) => {
            const now = figureValue(f, k);
            const prev = figureValue(report.previous.figures, k);
            const last = figureValue(report.lastYear.figures, k);
            return (
              <tr key={k}>
                <td>{t(`reports.figures.${k}.label`)}</td>
                <td>
                  <strong>{formatFigure(k, now, lang)}</strong>
                </td>
                <td>{formatFigure(k, prev, lang)}</td>
                <td>{formatChange(k, figureChange(k, now, prev), lang)}</td>
                <td>{formatFigure(k, last, lang)}</td>
                <td>{formatChange(k, figureChange(k, now, last), lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {f.headsBooked > 0 && <p>{t('reports.headsBooked', { count: f.headsBooked })}</p>}
      <section className="summary-chart">
        <h2>{t(`reports.charts.${key}`)}</h2>
        {/* Our own chart's SVG, drawn by ECharts from our numbers; nothing from outside. */}
        <div dangerouslySetInnerHTML={{ __html: svg }} />
      </section>
      <p className="summary-foot">
        {t('reports.summary.generated', { date: today })} · {t('reports.figures.utilisation.label')}：{t('reports.figures.utilisation.note')}{' '}
        {t('reports.figures.held.label')}：{t('reports.figures.held.note')}
      </p>
    </article>
  );
}
