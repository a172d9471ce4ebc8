/**
 * An .xlsx read with exceljs into rows of cells, after the zip guard has looked at it.
 * The first sheet with data is read; merged cells give every cell they cover the
 * merged value (a header merged over two columns names both); formulas give the result
 * Excel stored with them and are never evaluated.
 */
import ExcelJS from 'exceljs';
import { MAX_ROWS, refused } from './limits';
import type { Cell, Grid, GridRow } from './grid';
import { inspectZip } from './zip-guard';

/** Header, title and note lines above the data that do not count against the row limit. */
const HEADER_ALLOWANCE = 20;

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      // The cached result only: a formula is data from someone else's file, never code to run.
      const result = (value as { result?: ExcelJS.CellValue }).result;
      return result === undefined ? null : cellOf(result);
    }
    if ('hyperlink' in value && 'text' in value) return cellOf((value as { text: ExcelJS.CellValue }).text);
    if ('error' in value) return null;
  }
  return null;
}

export async function readWorkbook(bytes: Buffer): Promise<Grid> {
  await inspectZip(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's types want its own Buffer flavour; the bytes are a plain Node Buffer.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw refused('unreadable', 'The workbook cannot be read; open it in Excel or WPS and save it again');
  }
  const sheet = wb.worksheets.find((ws) => ws.actualRowCount > 0 && ws.state === 'visible') ?? wb.worksheets[0];
  if (!sheet) return { rows: [] };
  if (sheet.actualRowCount > MAX_ROWS + HEADER_ALLOWANCE) {
    throw refused('too_many_rows', `More than ${MAX_ROWS} rows`, { max: MAX_ROWS, found: sheet.actualRowCount });
  }
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellOf(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows.push({ line, cells });
  });
  return { rows };
}
