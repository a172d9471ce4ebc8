import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { Alert, App, Button, Input, Space, Spin, Tabs, Typography } from 'antd';
import { FileExcelOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ReportQuery } from '../../../../electron/shared/contract/reports';
import { periodContaining, periodLabel, type Period } from '../../../../electron/shared/report-period';
import { invoke, useQuery } from '../../api/client';
import { useToday } from '../../api/clock';
import { describeError } from '../../api/errors';
import { useSiteChoice } from '../../components/SitePicker';
import { useLocalName } from '../../components/localName';
import { BreakdownTables } from './BreakdownTables';
import { CHART_KEYS, chartOption } from './chartOptions';
import { chartPng } from './charts';
import { FigureCards } from './FigureCards';
import { LedgerSheet } from './LedgerSheet';
import { ReportCharts } from './ReportCharts';
import { ReportControls, type ScopeKind } from './ReportControls';
import { SummarySheet } from './SummarySheet';
import './reports.css';

/** Characters a file name cannot hold on Windows or macOS. */
const fileSafe = (name: string) => name.replace(/[/\\:*?"<>|]+/g, '-');

/** Show the spinner only when the answer takes longer than a moment, so quick answers do not flicker. */
function useSlow(loading: boolean, afterMs = 300): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!loading) {
      setSlow(false);
      return;
    }
    const timer = setTimeout(() => setSlow(true), afterMs);
    return () => clearTimeout(timer);
  }, [loading, afterMs]);
  return slow;
}

type Output = { target: 'ledger' | 'summary'; method: 'print.toPdf' | 'print.print' };

/** 统计报表: the coordinator's figures, charts and tables for a period and scope, the 台账 and the exports. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const localName = useLocalName();
  const english = i18n.language === 'en';
  const today = useToday();
  const { sites, siteId, setSiteId } = useSiteChoice();
  const [scopeKind, setScopeKind] = useState<ScopeKind>('subdistrict');
  const [spaceId, setSpaceId] = useState<number>();
  const [period, setPeriod] = useState<Period>(() => periodContaining('month', today));
  const [tab, setTab] = useState('overview');
  const [output, setOutput] = useState<Output | null>(null);
  const [exporting, setExporting] = useState(false);

  const query: ReportQuery | null = useMemo(() => {
    const { kind, from, to } = period;
    if (scopeKind === 'subdistrict') return { scope: { kind: 'subdistrict' }, period: { kind, from, to } };
    if (scopeKind === 'site') return siteId === undefined ? null : { scope: { kind: 'site', siteId }, period: { kind, from, to } };
    return spaceId === undefined ? null : { scope: { kind: 'space', spaceId }, period: { kind, from, to } };
  }, [scopeKind, siteId, spaceId, period]);
  const report = useQuery('reports.figures', query);
  const ledger = useQuery('reports.ledger', query && (tab === 'ledger' || output?.target === 'ledger') ? query : null);
  const settings = useQuery('reports.settings.get', {});
  const [unit, setUnit] = useState<string>();
  const slow = useSlow(report.loading || ledger.loading);

  const lang = english ? 'en' : 'zh';
  // Named from what is chosen, not from the answer, so the heading never waits for the figures.
  const spaces = useQuery('spaces.list', scopeKind === 'space' && siteId !== undefined ? { siteId, includeArchived: true } : null);
  const site = sites.find((s) => s.id === siteId);
  // A space report starts on the site's first space until another is chosen.
  useEffect(() => {
    if (scopeKind === 'space' && spaceId === undefined && spaces.data?.length) setSpaceId(spaces.data[0].id);
  }, [scopeKind, spaceId, spaces.data]);
  const space = spaces.data?.find((s) => s.id === spaceId);
  const scopeName =
    scopeKind === 'subdistrict'
      ? settings.data?.unit || t('reports.scope.subdistrict')
      : scopeKind === 'site'
        ? localName(site)
        : space
          ? `${localName(site)} · ${localName(space)}`
          : '';
  const fileName = (kind: 'ledger' | 'summary' | 'workbook') =>
    fileSafe(t(`reports.file.${kind}`, { scope: scopeName || 'stagger', period: periodLabel(period, lang) }));

  // Print or save once the sheet to print is in the page (the portal below).
  useEffect(() => {
    if (!output) return;
    let cancelled = false;
    void (async () => {
      try {
        const result = await invoke(output.method, { paper: 'A4', orientation: 'portrait', fileName: fileName(output.target) });
        if ('path' in result && result.path) message.success(t('reports.savedTo', { path: result.path }));
      } catch (e) {
        message.error(describeError(t, e));
      } finally {
        if (!cancelled) setOutput(null);
      }
    })();
    return () => {
      cancelled = true;
    };
    // fileName depends on what is shown; the job starts once per request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [output]);

  async function exportWorkbook() {
    if (!query || !report.data) return;
    setExporting(true);
    try {
      const charts = CHART_KEYS.map((k) => ({ title: t(`reports.charts.${k}`), png: chartPng(chartOption(k, report.data!, t, localName, { animation: false })) }));
      const result = await invoke('reports.exportWorkbook', { ...query, language: lang, charts, fileName: fileName('workbook') });
      if (result.path) message.success(t('reports.savedTo', { path: result.path }));
    } catch (e) {
      message.error(describeError(t, e));
    } finally {
      setExporting(false);
    }
  }

  // A ledger cut at the most one answer carries is not printed: the sheet asks for a narrower one.
  const ledgerReady = !!ledger.data && ledger.data.rows.length === ledger.data.total;
  const printSheet =
    output?.target === 'summary' && report.data ? (
      <SummarySheet report={report.data} scope={scopeName} today={today} />
    ) : tab === 'ledger' && ledger.data ? (
      <LedgerSheet ledger={ledger.data} />
    ) : null;
  const error = report.error ?? ledger.error;

  return (
    <div className="reports-page">
      <ReportControls
        scopeKind={scopeKind}
        onScopeKind={setScopeKind}
        sites={sites}
        siteId={siteId}
        onSite={(id) => {
          setSiteId(id);
          setSpaceId(undefined);
        }}
        spaceId={spaceId}
        onSpace={setSpaceId}
        period={period}
        onPeriod={setPeriod}
      />
      <Space wrap className="report-actions">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {scopeName} · {periodLabel(period, lang)}
        </Typography.Title>
        <Space wrap>
          <Button icon={<FileExcelOutlined />} disabled={!report.data || exporting || report.loading} loading={exporting} onClick={() => void exportWorkbook()}>
            {t('reports.actions.exportXlsx')}
          </Button>
          <Button icon={<FilePdfOutlined />} disabled={!report.data || !!output || report.loading} onClick={() => setOutput({ target: 'summary', method: 'print.toPdf' })}>
            {t('reports.actions.summaryPdf')}
          </Button>
        </Space>
      </Space>
      {error && <Alert type="error" showIcon title={describeError(t, error)} />}
      {report.data && report.data.unknownYears.length > 0 && (
        <Alert type="warning" showIcon title={t('reports.unknownYears', { years: report.data.unknownYears.join('、') })} />
      )}
      <Spin spinning={slow} tip={t('reports.computing')} size="large">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'overview',
              label: t('reports.tabs.overview'),
              children: report.data && (
                <div className="report-overview" aria-busy={report.loading}>
                  <FigureCards report={report.data} />
                  <ReportCharts report={report.data} />
                  <BreakdownTables report={report.data} />
                </div>
              ),
            },
            {
              key: 'ledger',
              label: t('reports.tabs.ledger'),
              children: (
                <div className="report-ledger-tab">
                  <Space wrap>
                    <Input
                      aria-label={t('reports.unit.label')}
                      addonBefore={t('reports.unit.label')}
                      placeholder={t('reports.unit.placeholder')}
                      style={{ width: 380 }}
                      maxLength={80}
                      value={unit ?? settings.data?.unit ?? ''}
                      onChange={(e) => setUnit(e.target.value)}
                    />
                    <Button
                      disabled={unit === undefined || unit === settings.data?.unit}
                      onClick={() =>
                        invoke('reports.settings.save', { unit: unit ?? '' }).then(
                          () => message.success(t('reports.unit.saved')),
                          (e: unknown) => message.error(describeError(t, e)),
                        )
                      }
                    >
                      {t('reports.unit.save')}
                    </Button>
                    <Button icon={<PrinterOutlined />} disabled={!ledgerReady || !!output} onClick={() => setOutput({ target: 'ledger', method: 'print.print' })}>
                      {t('reports.actions.printLedger')}
                    </Button>
                    <Button type="primary" icon={<FilePdfOutlined />} disabled={!ledgerReady || !!output} onClick={() => setOutput({ target: 'ledger', method: 'print.toPdf' })}>
                      {t('reports.actions.ledgerPdf')}
                    </Button>
                  </Space>
                  <Alert type="info" showIcon title={t('reports.ledger.privacy')} />
                  <div className="report-preview" role="region" aria-label={t('reports.tabs.ledger')}>
                    {ledger.data && <LedgerSheet ledger={ledger.data} />}
                  </div>
                </div>
              ),
            },
          ]}
        />
      </Spin>
      {printSheet &&
        createPortal(
          <div className="print-output">
            <style>{'@page { size: A4 portrait; margin: 12mm; }'}</style>
            {printSheet}
          </div>,
          document.body,
        )}
    </div>
  );
}
