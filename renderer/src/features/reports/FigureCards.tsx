import { Card, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportOutput } from '../../../../electron/shared/contract/reports';
import { FIGURE_KEYS, figureChange, figureValue, formatChange, formatFigure, type FigureKey } from '../../../../electron/shared/report-figures';
import { periodLabel } from '../../../../electron/shared/report-period';

/** A lower no-show or cancellation rate is the good direction; for the rest, higher is. */
const LOWER_IS_BETTER: ReadonlySet<FigureKey> = new Set(['noShowRate', 'cancellationRate']);

function ChangeTag(props: { k: FigureKey; now: number | null; before: number | null; label: string; beforeText: string }) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const change = figureChange(props.k, props.now, props.before);
  const good = change === null || change === 0 ? undefined : change > 0 !== LOWER_IS_BETTER.has(props.k);
  return (
    <div className="report-compare">
      <Typography.Text type="secondary">
        {props.label} {props.beforeText}
      </Typography.Text>{' '}
      <Tag color={good === undefined ? 'default' : good ? 'green' : 'red'} bordered={false}>
        {formatChange(props.k, change, lang)}
      </Tag>
    </div>
  );
}

/** Every headline figure with its one-line definition and the two comparisons. */
export function FigureCards({ report }: { report: ReportOutput }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const f = report.figures;
  const extra: Partial<Record<FigureKey, string>> = {
    bookings: f.requested ? t('reports.counts.requested', { count: f.requested }) : undefined,
    held: t('reports.counts.checkedIn', { count: f.heldCheckedIn }),
    heads: f.headsBooked ? t('reports.headsBooked', { count: f.headsBooked }) : undefined,
    noShowRate: t('reports.counts.noShows', { count: f.noShows }),
    cancellationRate: t('reports.counts.cancellations', { count: f.cancellations }),
  };
  return (
    <div className="report-figures" role="list" aria-label={t('reports.tabs.overview')}>
      {FIGURE_KEYS.map((k) => {
        const now = figureValue(f, k);
        const prev = figureValue(report.previous.figures, k);
        const last = figureValue(report.lastYear.figures, k);
        return (
          <Card key={k} size="small" role="listitem" aria-label={t(`reports.figures.${k}.label`)} className="report-figure">
            <Typography.Text type="secondary">{t(`reports.figures.${k}.label`)}</Typography.Text>
            <div className="report-figure-value">{formatFigure(k, now, lang)}</div>
            {extra[k] && (
              <Typography.Text className="report-figure-extra" type={k === 'heads' ? 'warning' : 'secondary'}>
                {extra[k]}
              </Typography.Text>
            )}
            <Tooltip title={periodLabel(report.previous.period, lang)}>
              <div>
                <ChangeTag k={k} now={now} before={prev} label={t('reports.compare.previous')} beforeText={formatFigure(k, prev, lang)} />
              </div>
            </Tooltip>
            <Tooltip title={periodLabel(report.lastYear.period, lang)}>
              <div>
                <ChangeTag k={k} now={now} before={last} label={t('reports.compare.lastYear')} beforeText={formatFigure(k, last, lang)} />
              </div>
            </Tooltip>
            <Typography.Paragraph type="secondary" className="report-figure-note">
              {t(`reports.figures.${k}.note`)}
            </Typography.Paragraph>
          </Card>
        );
      })}
    </div>
  );
}
