/**
 * The report as an Excel workbook (exceljs): a summary sheet with every figure against
 * the previous period and the same period last year, and the screen's charts as
 * pictures; the ledger; one sheet per breakdown. Numbers and dates are real cells
 * (with formats), headers are frozen, columns sized for their contents.
 */
import ExcelJS from 'exceljs';
import type { LedgerOutput, ReportOutput } from '../../../shared/contract/reports';
import { FIGURE_KEYS, FIGURE_UNIT, figureChange, figureValue } from '../../../shared/report-figures';
import { periodLabel } from '../../../shared/report-period';
import { addDays } from '../../../shared/time';
import { WORKBOOK_WORDS, type WorkbookLanguage } from './workbook-words';

interface Column<R> {
  header: string;
  value: (r: R) => string | number | Date | null;
  numFmt?: string;
  width?: number;
}

const HOURS = '#,##0.0';
const COUNT = '#,##0';
const PERCENT = '0.0%';
const hours = (minutes: number) => Math.round(minutes / 6) / 10;
/** A date as Excel's date cell: midnight UTC is how exceljs stores a day without a zone. */
const dateCell = (date: string) => new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
/** A time of day as the fraction of a day Excel keeps for times. */
const timeCell = (hhmm: string) => (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) / 1440;
/** Display width of a text: a CJK character takes two columns. */
const textWidth = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };

/** A sheet that is one table: bold header on a tint, frozen, filterable, widths from the contents. */
function tableSheet<R>(wb: ExcelJS.Workbook, name: string, columns: Column<R>[], rows: R[], totals?: (string | number | null)[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(columns.map((c) => c.header));
  for (const r of rows) ws.addRow(columns.map((c) => c.value(r)));
  if (totals) ws.addRow(totals).font = { bold: true };
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    if (c.numFmt) col.numFmt = c.numFmt;
    let width = textWidth(c.header);
    for (const r of rows.slice(0, 500)) {
      const v = c.value(r);
      width = Math.max(width, typeof v === 'string' ? textWidth(v) : v instanceof Date ? 10 : String(v ?? '').length + 2);
    }
    col.width = c.width ?? Math.min(48, Math.max(8, width + 2));
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

export interface ChartPicture {
  title: string;
  png: string;
}

export async function buildWorkbook(
  report: ReportOutput,
  ledger: LedgerOutput,
  lang: WorkbookLanguage,
  charts: ChartPicture[],
): Promise<Buffer> {
  const w = WORKBOOK_WORDS[lang];
  const en = lang === 'en';
  const local = (r: { name: string; nameEn: string }) => (en && r.nameEn ? r.nameEn : r.name);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Stagger';
  wb.created = dateCell(ledger.today);

  // 汇总: heading, then the figures table, then the charts.
  const ws = wb.addWorksheet(w.sheets.summary, { views: [{ state: 'frozen', ySplit: 6 }] });
  const scopeName = report.scope.kind === 'subdistrict' ? ledger.unit || w.subdistrict : local(report.scope);
  ws.addRow([w.title]).font = { bold: true, size: 14 };
  ws.addRow([w.scope, report.scope.kind === 'space' ? `${en ? report.scope.siteNameEn || report.scope.siteName : report.scope.siteName} · ${scopeName}` : scopeName]);
  ws.addRow([w.period, `${periodLabel(report.period, lang)}（${report.period.from} – ${addDays(report.period.to, -1)}）`]);
  ws.addRow([w.generated, dateCell(ledger.today)]).getCell(2).numFmt = 'yyyy-mm-dd';
  ws.addRow([]);
  const header = ws.addRow([w.figure, w.current, w.previous, w.change, w.lastYear, w.change, w.note]);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  const pointsFmt = en ? '+0.0" pts";-0.0" pts";0.0" pts"' : '+0.0"个百分点";-0.0"个百分点";0.0"个百分点"';
  for (const key of FIGURE_KEYS) {
    const now = figureValue(report.figures, key);
    const prev = figureValue(report.previous.figures, key);
    const last = figureValue(report.lastYear.figures, key);
    const rate = FIGURE_UNIT[key] === 'rate';
    const change = (before: number | null) => {
      const c = figureChange(key, now, before);
      return c === null ? null : rate ? Math.round(c * 1000) / 10 : c;
    };
    const [label, note] = w.figures[key];
    const extra = key === 'heads' && report.figures.headsBooked > 0 ? `${note}（${w.headsBookedNote(report.figures.headsBooked)}）` : note;
    const row = ws.addRow([label, now, prev, change(prev), last, change(last), extra]);
    const fmt = rate ? PERCENT : FIGURE_UNIT[key] === 'hours' ? HOURS : COUNT;
    for (const c of [2, 3, 5]) row.getCell(c).numFmt = fmt;
    for (const c of [4, 6]) row.getCell(c).numFmt = rate ? pointsFmt : '+0.0%;-0.0%;0.0%';
    row.getCell(7).alignment = { wrapText: true, vertical: 'top' };
  }
  [22, 14, 14, 14, 14, 14, 70].forEach((width, i) => (ws.getColumn(i + 1).width = width));
  let at = ws.rowCount + 2;
  if (charts.length) ws.getCell(at, 1).value = w.charts;
  for (const chart of charts) {
    ws.getCell(at + 1, 1).value = chart.title;
    ws.getCell(at + 1, 1).font = { bold: true };
    const image = wb.addImage({ base64: chart.png, extension: 'png' });
    ws.addImage(image, { tl: { col: 0, row: at + 1 }, ext: { width: 760, height: 340 } });
    at += 20;
  }

  // 台账
  const ledgerCols: Column<LedgerOutput['rows'][number]>[] = [
    { header: w.cols.date, value: (r) => dateCell(r.date), numFmt: 'yyyy-mm-dd', width: 12 },
    { header: w.cols.start, value: (r) => timeCell(r.start), numFmt: 'hh:mm', width: 8 },
    { header: w.cols.end, value: (r) => timeCell(r.end), numFmt: 'hh:mm', width: 8 },
    { header: w.cols.site, value: (r) => (en && r.siteNameEn ? r.siteNameEn : r.siteName) },
    { header: w.cols.space, value: (r) => (en && r.spaceNameEn ? r.spaceNameEn : r.spaceName) },
    { header: w.cols.title, value: (r) => r.title },
    { header: w.cols.organiser, value: (r) => (en ? r.organiserEn : r.organiser) },
    { header: w.cols.audience, value: (r) => (en && r.audienceNameEn ? r.audienceNameEn : r.audienceName) },
    { header: w.cols.heads, value: (r) => r.headCount, numFmt: COUNT },
    { header: w.cols.checkedIn, value: (r) => (r.checkedIn ? w.cols.yes : w.cols.no) },
  ];
  const ledgerSheet = tableSheet(wb, w.sheets.ledger, ledgerCols, ledger.rows, [
    w.cols.total,
    null,
    null,
    null,
    null,
    ledger.total,
    null,
    null,
    ledger.totalHeads,
    ledger.checkedIn,
  ]);
  if (ledger.rows.length < ledger.total) ledgerSheet.addRow([w.truncated(ledger.rows.length, ledger.total)]);

  // One sheet per breakdown.
  type Counts = ReportOutput['bySite'][number];
  const countCols = <R extends Omit<Counts, 'siteId' | 'name' | 'nameEn' | 'openMinutes' | 'bookedMinutes' | 'utilisation'>>(): Column<R>[] => [
    { header: w.cols.bookings, value: (r) => r.bookings, numFmt: COUNT },
    { header: w.cols.held, value: (r) => r.held, numFmt: COUNT },
    { header: w.cols.headsAll, value: (r) => r.heads, numFmt: COUNT },
    { header: w.cols.headsBooked, value: (r) => r.headsBooked, numFmt: COUNT },
    { header: w.cols.noShows, value: (r) => r.noShows, numFmt: COUNT },
    { header: w.cols.cancellations, value: (r) => r.cancellations, numFmt: COUNT },
    { header: w.cols.bookingHours, value: (r) => hours(r.bookingMinutes), numFmt: HOURS },
  ];
  const roomCols = <R extends { openMinutes: number; bookedMinutes: number; utilisation: number | null }>(): Column<R>[] => [
    { header: w.cols.openHours, value: (r) => hours(r.openMinutes), numFmt: HOURS },
    { header: w.cols.bookedHours, value: (r) => hours(r.bookedMinutes), numFmt: HOURS },
    { header: w.cols.utilisation, value: (r) => r.utilisation, numFmt: PERCENT },
  ];
  tableSheet(wb, w.sheets.bySite, [{ header: w.cols.site, value: local }, ...roomCols(), ...countCols()], report.bySite);
  tableSheet(
    wb,
    w.sheets.bySpace,
    [
      { header: w.cols.site, value: (r) => (en && r.siteNameEn ? r.siteNameEn : r.siteName) },
      { header: w.cols.space, value: local },
      { header: w.cols.archived, value: (r) => (r.archived ? (r.archivedOn ? dateCell(r.archivedOn) : w.cols.yes) : null), numFmt: 'yyyy-mm-dd', width: 12 },
      ...roomCols<ReportOutput['bySpace'][number]>(),
      ...countCols<ReportOutput['bySpace'][number]>(),
    ],
    report.bySpace,
  );
  type AudienceRow = ReportOutput['byAudience'][number];
  tableSheet<AudienceRow>(
    wb,
    w.sheets.byAudience,
    [
      { header: w.cols.audience, value: (r) => (r.audienceId === null ? w.cols.none : local(r)) },
      ...countCols<AudienceRow>(),
      { header: w.cols.windowHours, value: (r) => hours(r.windowMinutes), numFmt: HOURS },
      { header: w.cols.windowBookedHours, value: (r) => hours(r.windowBookedMinutes), numFmt: HOURS },
      { header: w.cols.plannedShare, value: (r) => r.plannedShare, numFmt: PERCENT },
      { header: w.cols.usedShare, value: (r) => r.usedShare, numFmt: PERCENT },
    ],
    report.byAudience,
  );
  tableSheet(wb, w.sheets.byOrganisation, [{ header: w.cols.organiser, value: local }, ...countCols()], report.byOrganisation);
  tableSheet(wb, w.sheets.byWeekday, [{ header: w.cols.weekday, value: (r) => w.weekdays[r.weekday - 1] }, ...countCols()], report.byWeekday);
  tableSheet(
    wb,
    w.sheets.byHour,
    [{ header: w.cols.hour, value: (r) => `${String(r.hour).padStart(2, '0')}:00` }, ...countCols()],
    report.byHour,
  );
  const audienceName = new Map(report.byAudience.map((a) => [a.audienceId, a.audienceId === null ? w.cols.none : local(a)]));
  tableSheet(
    wb,
    w.sheets.byMonth,
    [
      { header: w.cols.month, value: (r) => dateCell(`${r.month}-01`), numFmt: 'yyyy-mm', width: 10 },
      { header: w.cols.audience, value: (r) => audienceName.get(r.audienceId) ?? w.cols.none },
      { header: w.cols.bookings, value: (r) => r.bookings, numFmt: COUNT },
      { header: w.cols.held, value: (r) => r.held, numFmt: COUNT },
      { header: w.cols.headsAll, value: (r) => r.heads, numFmt: COUNT },
    ],
    report.byMonth,
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
