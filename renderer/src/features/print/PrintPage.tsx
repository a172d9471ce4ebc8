import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Alert, App, Button, DatePicker, Segmented, Select, Space, Spin, Typography } from 'antd';
import { FilePdfOutlined, LeftOutlined, PrinterOutlined, RightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { addDays, mondayOf } from '../../../../electron/shared/time';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { getToday, useToday } from '../../api/clock';
import { useLocalName } from '../../components/localName';
import { PRINT_LANGUAGES, type PrintLanguage } from './language';
import { DESK_SHEET_LANGUAGES, useDeskSheetLanguage } from './deskSheetLanguage';
import { PrintSheets, type Paper, type PrintData, type PrintKind } from './PrintSheets';
import { weekNumber, weekRange } from './sheetDates';
import { SitePicker, useSiteChoice } from '../../components/SitePicker';

const MM_TO_PX = 96 / 25.4;
const PAPER_WIDTH_MM: Record<Paper, number> = { A4: 297, A3: 420 };

/** Characters a file name cannot hold on Windows or macOS. */
const fileSafe = (name: string) => name.replace(/[/\\:*?"<>|]+/g, '-');

/** Scale the preview so a whole sheet fits the width of the screen. */
function useFitWidth(paper: Paper) {
  const ref = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(1);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => setZoom(Math.min(1, (el.clientWidth - 48) / (PAPER_WIDTH_MM[paper] * MM_TO_PX)));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [paper]);
  return { ref, zoom };
}

/**
 * Print the week of one or more spaces (the Friday batch: every space of a site, one
 * page each) or the desk's sheet of a day. The preview is the printed HTML itself.
 */
export function PrintPage() {
  const { t, i18n } = useTranslation();
  const localName = useLocalName();
  const { message } = App.useApp();
  const { sites, siteId, setSiteId } = useSiteChoice();
  const [kind, setKind] = useState<PrintKind>('week');
  const [spaceIds, setSpaceIds] = useState<number[]>([]);
  const [date, setDate] = useState(useToday());
  const [language, setLanguage] = useState<PrintLanguage>(() => (i18n.language === 'en' ? 'en' : 'zh'));
  // The desk sheet is read by the staff, the poster by passers-by: each keeps its own language.
  const [deskLanguage, setDeskLanguage] = useDeskSheetLanguage();
  const [paper, setPaper] = useState<Paper>('A4');
  const [busy, setBusy] = useState(false);
  const { ref, zoom } = useFitWidth(kind === 'week' ? paper : 'A4');

  const spaces = useQuery('spaces.list', siteId === undefined ? null : { siteId });
  const weekStart = mondayOf(date);
  const week = useQuery(
    'print.weekTimetable.get',
    kind !== 'week' || siteId === undefined ? null : spaceIds.length ? { spaceIds, weekStart } : { siteId, weekStart },
  );
  const desk = useQuery('print.deskSheet.get', kind !== 'desk' || siteId === undefined ? null : { siteId, date });
  const data: PrintData | null =
    kind === 'week' ? (week.data ? { kind, week: week.data } : null) : desk.data ? { kind, desk: desk.data } : null;
  const loading = kind === 'week' ? week.loading : desk.loading;
  const site = sites.find((s) => s.id === siteId);
  const sheetPaper = kind === 'week' ? paper : 'A4';

  function fileName(): string {
    const place = localName(site) || 'stagger';
    return fileSafe(kind === 'week' ? t('print.fileWeek', { place, week: weekNumber(weekStart) }) : t('print.fileDesk', { place, date }));
  }

  async function output(method: 'print.toPdf' | 'print.print') {
    setBusy(true);
    try {
      const result = await invoke(method, { paper: sheetPaper, fileName: fileName() });
      if ('path' in result && result.path) message.success(t('print.savedTo', { path: result.path }));
    } catch (e) {
      message.error(describeError(t, e));
    } finally {
      setBusy(false);
    }
  }

  const range = weekRange(weekStart);
  const sheets = data && <PrintSheets data={data} language={kind === 'desk' ? deskLanguage : language} paper={sheetPaper} />;
  return (
    <div className="print-page">
      <Space wrap className="print-controls">
        <Segmented
          value={kind}
          onChange={(v) => setKind(v as PrintKind)}
          options={(['week', 'desk'] as const).map((k) => ({ value: k, label: t(`print.kind.${k}`) }))}
        />
        <SitePicker
          sites={sites}
          value={siteId}
          onChange={(v) => {
            setSiteId(v);
            setSpaceIds([]);
          }}
        />
        {kind === 'week' && (
          <Select
            aria-label={t('print.spaces')}
            mode="multiple"
            allowClear
            style={{ minWidth: 240 }}
            placeholder={t('print.allSpaces')}
            value={spaceIds}
            onChange={(v: number[]) => setSpaceIds(v)}
            options={(spaces.data ?? []).map((s) => ({ value: s.id, label: localName(s) }))}
          />
        )}
        {kind === 'week' && (
          <Space.Compact>
            <Button aria-label={t('print.previousWeek')} icon={<LeftOutlined />} onClick={() => setDate(addDays(weekStart, -7))} />
            <Button onClick={() => setDate(getToday())}>{t('print.thisWeek')}</Button>
            <Button aria-label={t('print.nextWeek')} icon={<RightOutlined />} onClick={() => setDate(addDays(weekStart, 7))} />
          </Space.Compact>
        )}
        <DatePicker
          aria-label={kind === 'week' ? t('print.week') : t('fields.date')}
          value={dayjs(date)}
          allowClear={false}
          onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
        />
        {kind === 'week' && (
          <Typography.Text strong>
            {t('print.sheet.weekNo', { week: weekNumber(weekStart) })} · {i18n.language === 'en' ? range.en : range.zh}
          </Typography.Text>
        )}
        {kind === 'week' ? (
          <Segmented
            aria-label={t('print.language.label')}
            value={language}
            onChange={(v) => setLanguage(v as PrintLanguage)}
            options={PRINT_LANGUAGES.map((l) => ({ value: l, label: t(`print.language.${l}`) }))}
          />
        ) : (
          <Segmented
            aria-label={t('print.deskLanguage')}
            value={deskLanguage}
            onChange={(v) => setDeskLanguage(v as (typeof DESK_SHEET_LANGUAGES)[number])}
            options={DESK_SHEET_LANGUAGES.map((l) => ({ value: l, label: t(`print.language.${l}`) }))}
          />
        )}
        {kind === 'week' && (
          <Segmented aria-label={t('print.paper')} value={paper} onChange={(v) => setPaper(v as Paper)} options={['A4', 'A3']} />
        )}
        <Button icon={<PrinterOutlined />} disabled={!data || busy} onClick={() => void output('print.print')}>
          {t('print.print')}
        </Button>
        <Button type="primary" icon={<FilePdfOutlined />} disabled={!data || busy} onClick={() => void output('print.toPdf')}>
          {t('print.savePdf')}
        </Button>
      </Space>
      <Alert type={kind === 'desk' ? 'warning' : 'info'} showIcon title={t(kind === 'desk' ? 'print.deskPrivacy' : 'print.privacy')} />
      <div className="print-preview" role="region" aria-label={t('print.preview')} aria-busy={loading} ref={ref}>
        {kind === 'week' && data?.kind === 'week' && (
          <Typography.Text type="secondary" className="print-page-count">
            {t('print.pages', { count: data.week.spaces.length })}
          </Typography.Text>
        )}
        {sheets ? <div style={{ zoom }}>{sheets}</div> : <Spin tip={t('print.loading')} />}
      </div>
      {sheets && createPortal(<div className="print-output">{sheets}</div>, document.body)}
    </div>
  );
}
