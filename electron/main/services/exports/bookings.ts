/**
 * Bookings of a site or some spaces over a period, filtered by audience, organisation
 * and status, as .xlsx (real date and time cells, column widths, a frozen header, a
 * sheet per space or one for all) or as CSV (UTF-8 with a byte-order mark). Text that a
 * spreadsheet would run as a formula is written inert. Contact names are included,
 * phone numbers are not: those leave the app only through the contacts export.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { BookingsExport } from '../../../shared/contract/exports';
import type { BookingView } from '../../../shared/domain';
import { addDays, datePart, timePart } from '../../../shared/time';
import { listAudiences } from '../../db/repos/audiences';
import { bookingViews } from '../../db/repos/bookings';
import { listOrganisations } from '../../db/repos/organisations';
import { listSites } from '../../db/repos/sites';
import { listSpaces } from '../../db/repos/spaces';
import type { DB } from '../../db/schema';
import { csvFile, inertText, type CsvRow } from '../files/cells';
import { ALL_BOOKINGS_SHEET, BOOKING_COLUMNS, COLUMN_WIDTHS, STATUS_WORDS, YES, type Language } from './words';

export interface ExportRow {
  date: string;
  start: string;
  end: string;
  site: string;
  space: string;
  spaceId: number;
  title: string;
  audience: string;
  organisation: string;
  contact: string;
  headCount: number;
  status: string;
  series: string;
  note: string;
}

/** The bookings the export asks for, in time order, with names in the chosen language. */
export async function exportRows(db: Kysely<DB>, e: BookingsExport): Promise<ExportRow[]> {
  const en = e.language === 'en';
  const pick = (x: { name: string; nameEn: string }) => (en && x.nameEn ? x.nameEn : x.name);
  const [spaces, sites, audiences, organisations] = await Promise.all([
    listSpaces(db, { includeArchived: true }),
    listSites(db, true),
    listAudiences(db, true),
    listOrganisations(db, true),
  ]);
  const spaceOf = new Map(spaces.map((s) => [s.id, s]));
  const siteOf = new Map(sites.map((s) => [s.id, s]));
  const audienceOf = new Map(audiences.map((a) => [a.id, a]));
  const organisationOf = new Map(organisations.map((o) => [o.id, o]));
  const statuses = new Set(e.statuses.length ? e.statuses : ['requested', 'confirmed', 'checked_in', 'no_show']);
  const views = await bookingViews(db, { from: e.from, to: addDays(e.to, 1), siteId: e.siteId, spaceIds: e.spaceIds, includeCancelled: statuses.has('cancelled') });
  const keep = (b: BookingView) =>
    datePart(b.start) >= e.from &&
    statuses.has(b.status) &&
    (e.audienceIds.length === 0 || (b.audienceId !== null && e.audienceIds.includes(b.audienceId))) &&
    (e.organisationIds.length === 0 || (b.organisationId !== null && e.organisationIds.includes(b.organisationId)));
  return views.filter(keep).map((b) => {
    const space = spaceOf.get(b.spaceId)!;
    const audience = b.audienceId === null ? undefined : audienceOf.get(b.audienceId);
    const organisation = b.organisationId === null ? undefined : organisationOf.get(b.organisationId);
    return {
      date: datePart(b.start),
      start: timePart(b.start),
      end: datePart(b.end) > datePart(b.start) && timePart(b.end) === '00:00' ? '24:00' : timePart(b.end),
      site: pick(siteOf.get(space.siteId)!),
      space: pick(space),
      spaceId: space.id,
      title: b.title,
      audience: audience ? pick(audience) : '',
      organisation: organisation ? pick(organisation) : '',
      contact: b.contactName ?? '',
      headCount: b.headCount,
      status: STATUS_WORDS[e.language][b.status],
      series: b.seriesId === null ? '' : YES[e.language],
      note: b.note,
    };
  });
}

const pad = (n: string) => n.split(/[-:]/).map(Number);
/** A date cell: exceljs writes a Date as the Excel serial of its UTC wall clock. */
const dateCell = (d: string) => {
  const [y, m, day] = pad(d);
  return new Date(Date.UTC(y, m - 1, day));
};
/** A time-of-day cell: a fraction of a day (24:00 is a whole day). */
const timeCell = (t: string) => {
  const [h, m] = pad(t);
  return (h * 60 + m) / (24 * 60);
};

type SheetWriter = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter['addWorksheet']>;

const FORMATS: Record<number, string> = { 0: 'yyyy-mm-dd', 1: 'hh:mm', 2: 'hh:mm' };
/**
 * One style object per column, shared by all its cells: exceljs recognises a style it
 * has seen by identity, and otherwise works out every cell's style anew (most of the
 * time of a big export went there).
 */
const CELL_STYLES: Partial<ExcelJS.Style>[] = COLUMN_WIDTHS.map((_, i) => (FORMATS[i] ? { numFmt: FORMATS[i] } : {}));

function addSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, used: Set<string>, name: string, rows: ExportRow[], language: Language): void {
  // Sheet names: at most 31 characters, none of : \ / ? * [ ], unique.
  const clean = name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';
  let sheetName = clean;
  for (let i = 2; used.has(sheetName); i++) sheetName = `${clean.slice(0, 27)} (${i})`;
  used.add(sheetName);
  const ws: SheetWriter = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = BOOKING_COLUMNS[language].map((header, i) => ({ header, width: COLUMN_WIDTHS[i] }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: BOOKING_COLUMNS[language].length } };
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.commit();
  for (const r of rows) {
    const row = ws.addRow([
      dateCell(r.date),
      timeCell(r.start),
      timeCell(r.end),
      inertText(r.site),
      inertText(r.space),
      inertText(r.title),
      inertText(r.audience),
      inertText(r.organisation),
      inertText(r.contact),
      r.headCount,
      r.status,
      r.series,
      inertText(r.note),
    ]);
    row.eachCell((cell, col) => {
      cell.style = CELL_STYLES[col - 1];
    });
    row.commit();
  }
  ws.commit();
}

/**
 * The workbook, written row by row with exceljs's streaming writer: a year of a busy
 * site is tens of thousands of rows, which the in-memory workbook builds several times
 * slower.
 */
export async function bookingsWorkbook(rows: ExportRow[], e: Pick<BookingsExport, 'layout' | 'language'>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const used = new Set<string>();
  if (e.layout === 'one_sheet' || rows.length === 0) {
    addSheet(wb, used, ALL_BOOKINGS_SHEET[e.language], rows, e.language);
  } else {
    const bySpace = new Map<number, ExportRow[]>();
    for (const r of rows) {
      const list = bySpace.get(r.spaceId);
      if (list) list.push(r);
      else bySpace.set(r.spaceId, [r]);
    }
    for (const list of bySpace.values()) addSheet(wb, used, list[0].space, list, e.language);
  }
  await wb.commit();
  return Buffer.concat(chunks);
}

export function bookingsCsv(rows: ExportRow[], language: Language): string {
  const lines: CsvRow[] = [[...BOOKING_COLUMNS[language]]];
  for (const r of rows) lines.push([r.date, r.start, r.end, r.site, r.space, r.title, r.audience, r.organisation, r.contact, r.headCount, r.status, r.series, r.note]);
  return csvFile(lines);
}
