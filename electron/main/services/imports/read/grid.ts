/**
 * A file as rows of cells, whatever it came as. Line numbers are the row numbers the
 * user sees in Excel or WPS, so every message can say "第 12 行".
 */

/**
 * One cell as stored: text, a number, a date (exceljs gives the wall-clock time as a UTC
 * instant), a yes/no, or nothing. A formula is never evaluated: its stored result is
 * the cell's value.
 */
export type Cell = string | number | boolean | Date | null;

export interface GridRow {
  line: number;
  cells: Cell[];
}

export interface Grid {
  rows: GridRow[];
}

export function isBlank(c: Cell): boolean {
  return c === null || (typeof c === 'string' && c.trim() === '');
}

export function isBlankRow(r: GridRow): boolean {
  return r.cells.every(isBlank);
}
